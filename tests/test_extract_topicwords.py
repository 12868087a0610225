"""What a word alone says for topic finding (kg.extract.topicwords)."""

from __future__ import annotations

from kg.extract import sentencecache
from kg.extract import topicwords as tw


def test_a_noun_has_its_lemma_and_function_words_adjectives_and_stop_words_none():
    assert tw.word_verdict("Wachtlijsten")[:2] == ("wachtlijsten", "wachtlijst")
    assert tw.word_verdict("brieven")[1] == "brief"
    for word in ("huishoudelijke", "regionale", "toekomstig", "gemeente", "achteraf", "grote"):
        assert tw.word_verdict(word)[1] is None, word


def test_a_present_tense_of_a_verb_in_aan_is_a_verb_and_a_noun_in_aat_is_not():
    """ "Er bestaat een wachtlijst": "bestaat" (bestaan) is no topic; "resultaat" is."""
    for word in ("bestaat", "ontstaat", "doorgaat"):
        assert tw.word_verdict(word)[2], word
    for word in ("resultaat", "straat", "advocaat"):
        assert not tw.word_verdict(word)[2], word


def test_verbs_and_participles_are_marked_for_the_context_rules():
    _low, lemma, verb, participle = tw.word_verdict("opgezet")
    assert participle and lemma is not None
    assert tw.word_verdict("ingekocht")[2]  # a participle of a verb
    assert not any(tw.word_verdict("schuldhulpverlening")[2:])


def test_classifying_declined_and_bare_adjectives_and_words_that_are_none():
    kinds = {w: tw.adjective_kind(w)[0] for w in ("specialistische", "kwetsbare", "regionaal")}
    assert kinds == {"specialistische": True, "kwetsbare": True, "regionaal": "bare"}
    # judging, closed-class, short and superlative words are no classifying adjective
    for word in ("belangrijke", "grote", "deze", "oud", "hoogste"):
        assert tw.adjective_kind(word)[0] is False, word
    # the lemma and bare form are kept to ask whether the adjective is a tone cue
    assert tw.adjective_kind("regionale")[1:] == ("regionaal", "regionaal")


def test_domain_words_and_labels():
    assert tw.is_domain("jeugd-ggz") and not tw.is_domain("vergadering")
    assert tw.domain_label("reserve sociaal domein") == any(
        part in "reserve sociaal domein" for part in tw.domain_parts()
    )
    assert tw.domain_label("schuldhulpverlening") and not tw.domain_label("grote groep")


def test_answers_are_kept_for_the_document_and_emptied_for_the_next():
    tw.word_verdict("dagbesteding")
    tw.adjective_kind("kwetsbare")
    assert "dagbesteding" in tw.VERDICTS and "kwetsbare" in tw.ADJECTIVES
    sentencecache.clear()
    assert not tw.VERDICTS and not tw.ADJECTIVES


def test_lists_are_the_data_files():
    assert "achteraf" in tw.function_words() and "gemeente" in tw.stoplist()
    assert tw.FUNCTION_WORDS is tw.function_words() and tw.STOPLIST is tw.stoplist()
    assert tw.is_loose("grote") and not tw.is_loose("huishoudelijke")


def test_content_words_after_an_adjective():
    assert tw.content_word("medewerker") and tw.content_word("Zorggebruik")
    assert not any(tw.content_word(w) for w in ("de", "wordt", "afhandelen", "ingekocht"))
    assert tw.CONTENT["medewerker"] is True


def test_the_domain_parts_pattern_finds_a_part_exactly_where_one_is_a_substring():
    assert tw.trie_pattern(["zorg", "jeugdzorg", "hulp", "huur"]) == "hu(?:lp|ur)|zorg"
    for label in ("jeugdhulp", "mantelzorger", "huurachterstand", "vergadering", "reserve"):
        assert tw.is_domain(label) == any(part in label for part in tw.domain_parts()), label


def test_a_problem_label_s_topic_drops_judging_adjectives_but_keeps_terms():
    assert tw.unjudged("minder geld") == "geld"
    assert tw.unjudged("lage inkomens") == "inkomens"
    assert tw.unjudged("eigen kracht") == "eigen kracht"
    assert tw.unjudged("grote") == "grote"  # nothing left beside it


def test_a_predicate_label_names_no_thing():
    assert tw.no_noun("overvraagd", "overvraagd")
    assert tw.no_noun("bereikt", "niet bereikt")
    assert not tw.no_noun("tekort", "tekort")
    assert not tw.no_noun("geld", "minder geld")


def test_a_claim_s_words_are_those_word_reads_in_every_span():
    """Runs of word characters stand for WORD's words only in a span of plain letters:
    hyphens, digits, "_", letters outside Latin-1 and "ª", "µ", "º" are read by WORD."""
    import random

    from kg.extract.dutchwords import WORD

    text = (
        "De Wmo-raad en 75-plussers in 2015-2016, B1 of H2O-tests: één cliënt’s ª-º µ_x "
        "ł İ abc1def 12-jarigen -abc abc- a--b 1-2-abc ab-1c a-ł-b 12- 3_4-abc é-ÿ-Ø x2-abc."
    )
    rng = random.Random(7)
    alphabet = "aZé-- 0 9_łªµ.²,ÿ×İ\u212a"
    texts = [text] + ["".join(rng.choice(alphabet) for _ in range(20)) for _ in range(300)]
    for t in texts:
        sentencecache.clear()
        for _ in range(200):
            a = rng.randrange(len(t))
            b = rng.randrange(a, len(t) + 1)
            wanted = [(m.start(), m.end(), m.group()) for m in WORD.finditer(t, a, b)]
            assert tw.claim_words(t, a, b) == wanted, (t, a, b)
