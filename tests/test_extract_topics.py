"""Open-world topics on invented Dutch sentences."""

from __future__ import annotations

from extract_helpers import extract_text

from kg.extract.topics import TopicVocabulary, find_topics, topic_lemma, undeclined
from kg.namespaces import CONCEPT


def _topics(*paragraphs: str) -> list[dict[str, object]]:
    _doc, ex = extract_text(*paragraphs)
    return [{ex.topics[t].label: ex.topics[t] for t in f.topics} for f in ex.findings]


def test_compounds_and_phrases_are_lemmatised_and_kept_whole():
    (found,) = _topics("De wachtlijsten voor schuldhulpverlening en huishoudelijke hulp groeien.")
    assert {"wachtlijst", "schuldhulpverlening", "huishoudelijke hulp"} <= set(found)


def test_stoplist_and_actors_are_not_topics():
    (found,) = _topics("Ambtenaren vertellen dat de gemeente dit jaar een nieuwe manier zoekt.")
    assert not {"gemeente", "jaar", "manier", "ambtenaar"} & set(found)


def test_topic_under_the_taxonomy_and_outside_it():
    (found,) = _topics("De jeugd-GGZ en de dagbesteding kampen met lange wachttijden.")
    assert found["wachttijd"].broader == (CONCEPT + "problem/waiting-lists",)
    assert found["dagbesteding"].broader == ()  # not in the taxonomy, still a topic
    assert found["dagbesteding"].iri == CONCEPT + "topic/dagbesteding"


def test_english_label_only_where_the_vocabulary_knows_it():
    (found,) = _topics("De armoede in de wijk neemt toe, net als de vraag naar dagbesteding.")
    assert found["armoede"].label_en == "poverty"
    assert found["dagbesteding"].label_en is None


def test_topics_are_shared_across_documents():
    _d1, a = extract_text("Er is veel eenzaamheid onder ouderen.", title="Eerstestad")
    _d2, b = extract_text("Eenzaamheid blijft een thema.", title="Tweedestad")
    assert CONCEPT + "topic/eenzaamheid" in a.topics and CONCEPT + "topic/eenzaamheid" in b.topics


def test_denied_topic_is_discussed_but_not_a_concern():
    _doc, ex = extract_text("Een wachtlijst voor de dagbesteding is er niet.")
    (f,) = ex.findings
    assert CONCEPT + "topic/wachtlijst" in f.topics
    assert CONCEPT + "problem/waiting-lists" not in f.concerns
    assert f.reports == ()


def test_compound_holding_a_problem_word_falls_under_it():
    vocab = TopicVocabulary({}, {"eenzaamheid": ("urn:lonely",)}, frozenset())
    s = "Het eenzaamheidsbeleid is vernieuwd."
    (topic,) = find_topics(s, 0, len(s), [], vocab)
    assert (topic.label, topic.broader) == ("eenzaamheidsbeleid", ("urn:lonely",))


def test_topic_lemma_singularises_the_head():
    assert topic_lemma("Eigen bijdragen") == "eigen bijdrage"


def _labels(sentence):
    _doc, ex = extract_text(sentence)
    return {ex.topics[t].label for f in ex.findings for t in f.topics}


def test_a_law_worded_as_its_care_is_a_topic():
    labels = _labels("Het gebruik van jeugdhulp is hoog en re-integratietrajecten zijn zeldzaam.")
    assert {"jeugdhulp", "re-integratietraject"} <= labels
    assert "jeugdwet" not in _labels("De Jeugdwet is ingewikkeld.")


def test_het_noun_takes_the_bare_adjective():
    labels = _labels("Het budgetmodel is nieuw. Het regionale budgetmodel is ingewikkeld.")
    assert "regionaal budgetmodel" in labels
    assert undeclined("objectieve") == "objectief"
    assert undeclined("snelle") == "snel"


def test_noun_before_the_policy_field_keeps_it():
    assert "reserve sociaal domein" in _labels("De reserve sociaal domein raakt op.")


def test_a_judgement_noun_is_no_topic_but_a_cue_noun_can_be():
    labels = _labels("Het vertrouwen in de wijkteams groeit, maar een knelpunt is de wachttijd.")
    assert "vertrouwen" in labels and "knelpunt" not in labels
