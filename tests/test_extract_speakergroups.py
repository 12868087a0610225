"""Discovery of speaker groups no list foresaw (invented sentences)."""

from __future__ import annotations

import pytest

from kg.document import Sentence
from kg.extract.speakergroups import agent, discover, member_group
from tests.extract_helpers import extract_text, finding_for, key


def _found(text: str, known=lambda phrase: False):
    return discover(text, [Sentence(1, 0, len(text), None, 1)], known)


@pytest.mark.parametrize(
    ("phrase", "lemma"),
    [
        ("teamleiders", "teamleider"),
        ("lokale ervaringsdeskundigen", "ervaringsdeskundige"),
        ("bestuursleden", "bestuurslid"),
        ("gezinsvoogden", "gezinsvoogd"),
        ("sleutelfiguren", "sleutelfiguur"),
        ("jeugdwerk", "jeugdwerk"),
        ("verloskundigen", "verloskundige"),  # plural and singular meet
        ("verloskundige", "verloskundige"),
        ("voedselbanken", "voedselbank"),  # a service or a club speaks as a body
        ("consultatiebureau", "consultatiebureau"),
        ("sportclubs", "sportclub"),
        ("bibliotheken", "bibliotheek"),
        ("zorgcoöperaties", "zorgcoöperatie"),  # a cooperative of residents
        ("dorpsbelangen", "dorpsbelang"),  # a village association
        ("vrijwilligerscentrales", "vrijwilligerscentrale"),  # a bureau named "-centrale"
        ("meldcentrale", "meldcentrale"),
    ],
)
def test_agent_nouns_have_a_singular_noun_lemma(phrase, lemma):
    assert agent(phrase) == lemma


@pytest.mark.parametrize(
    "phrase",
    ["cijfers", "maatwerk", "werk", "figuur", "gemeente", "centrale", "decentrale", "juist"],
)
def test_words_that_name_no_group(phrase):
    assert agent(phrase) is None


@pytest.mark.parametrize(
    "text",
    [
        "Het loket hielp in 2015 volgens de eigen jaarcijfers 300 mensen aan werk.",
        "Volgens de kwartaalcijfers van het UWV daalde het aantal uitkeringen.",
        "De stichting bereikte volgens haar kerncijfers ruim 400 gezinnen.",
        "Volgens de maandcijfers van de gemeente stijgt de instroom.",
    ],
)
def test_figures_a_sentence_is_said_to_follow_are_no_group(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Jongerenwerkers zijn kritisch over de plannen.", "jongerenwerker"),
        ("De jongerenwerkers hebben het gevoel dat het misgaat.", "jongerenwerker"),
        ("Buurtcoaches maken zich zorgen over eenzaamheid.", "buurtcoach"),
        ("Jeugdartsen hebben aangegeven dat het druk is.", "jeugdarts"),
        ("Een van de teamleiders vertelt dat het zwaar is.", "teamleider"),
        ("De kartrekkers van het dorpshuis vertellen dat het druk is.", "kartrekker"),
        # the kind of the body after it
        ("Een zorgcoördinator van een school voor speciaal onderwijs vindt het zwaar.",
         "zorgcoördinator"),
    ],
)  # fmt: skip
def test_groups_are_found_in_speaker_slots(text, lemma):
    assert [found for _, found in _found(text)] == [lemma]


def test_an_adverb_after_the_verb_is_no_group():
    found = _found("De wethouder vindt juist dat de samenwerking goed gaat.")
    assert "juist" not in [lemma for _, lemma in found]


def test_a_stance_without_object_describes_a_group():
    assert _found("Oud-werknemers zijn teleurgesteld.") == []


def test_a_function_of_a_body_speaks_for_the_body():
    assert _found("De voorzitter van de dorpsraad vertelt dat het goed gaat.") == [
        ("dorpsraad", "dorpsraad")
    ]


def test_a_function_before_a_persons_name_is_not_minted():
    assert _found("Volgens directeur Jan de Vries stijgt de vraag.") == []


def test_a_function_before_the_field_it_serves_is_minted():
    found = _found("Dat vraagt veel, zo vertelt de teamleider Wmo.", known=lambda p: p == "Wmo")
    assert found == [("teamleider", "teamleider")]


def test_the_holder_of_a_view_is_a_group_to_mint():
    found = _found("Het werkt goed, zo is de ervaring van de dorpsondersteuners.")
    assert found == [("dorpsondersteuners", "dorpsondersteuner")]


def test_known_groups_are_skipped():
    assert _found("Huismeesters signaleren vervuiling.", known=lambda p: True) == []


def test_the_word_gate_skips_no_slot_that_matches(monkeypatch):
    """A slot is tried only in a sentence holding one of its opening words; on the
    seed profiles that finds what trying every slot in every sentence finds."""
    from pathlib import Path

    from kg.document import parse_profile
    from kg.extract import sentencecache, speakergroups
    from kg.ontology import known_headings, load_ontology

    root = Path(__file__).resolve().parent.parent
    headings = known_headings(load_ontology(root / "ontology"))
    for name in ("brunssum", "bunschoten"):
        text = (root / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        doc = parse_profile(text, name, headings)
        sentencecache.clear()
        gated = discover(doc.text, doc.sentences, lambda p: False)
        with monkeypatch.context() as patch:
            patch.setattr(speakergroups._GATES, "closed", lambda *args: frozenset())
            sentencecache.clear()
            assert discover(doc.text, doc.sentences, lambda p: False) == gated
        assert gated  # the profiles have speakers no list foresaw


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "“Het geld is op”, zegt een medewerker van de voedselbank.",
            ("voedselbank", "voedselbank"),
        ),
        (
            "“Het geld is op”, aldus een medewerker van de bibliotheek.",
            ("bibliotheek", "bibliotheek"),
        ),
        ("“Het geld is op”, zegt een bestuurslid van de dorpsraad.", ("dorpsraad", "dorpsraad")),
    ],
)
def test_the_body_a_function_speaks_for_is_found_after_the_verb(text, found):
    known = {"medewerker", "bestuurslid"}.__contains__  # staff nouns the role list has
    assert _found(text, known) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Een groeiende groep zegt dat de eigen bijdrage te hoog is.",
        "Volgens een kleine groep is de wachttijd te lang.",
        "Verschillende groepen geven aan dat het loket ver weg is.",
    ],
)
def test_a_bare_collective_noun_names_no_group(text):
    assert _found(text) == []


def test_a_compound_of_a_collective_noun_is_a_group():
    assert _found("Cliëntengroepen geven aan dat het loket ver weg is.") == [
        ("Cliëntengroepen", "cliëntengroep")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Er is geen wachtlijst, aldus de directeur.",
        "Volgens een woordvoerder is de wachttijd te lang.",
        "De coördinator vertelt dat er meer vrijwilligers nodig zijn.",
        "‘Wij bouwen te weinig’, zegt een woonconsulent.",
    ],
)
def test_a_generic_staff_function_is_no_group_of_its_own(text):
    # the staff of an organisation speak as the organisation (annotation guideline)
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Het team is, bij monde van de teamleider, van mening dat het kan.", "teamleider"),
        ("Dat beeld wordt gedeeld door de kwartiermaker, die het knelpunt noemt.", "kwartiermaker"),
        ("In de ogen van de buurtcoach is het te laat.", "buurtcoach"),
    ],
)
def test_a_spokesman_a_point_of_view_and_a_shared_view_name_a_group(text, lemma):
    assert lemma in [found[1] for found in _found(text)]


def test_a_title_of_address_before_a_persons_name_is_no_group():
    assert _found("Volgens meneer B. was het werk lichamelijk te zwaar.") == []


@pytest.mark.parametrize(
    "text",
    [
        "‘Het loopt’, vertelt een teamleider van het sociaal team.",
        "‘Het loopt’, zegt een buurtcoach in Oost.",
        "‘Het loopt’, zegt een teamleider.",
    ],
)
def test_a_group_after_the_verb_of_a_closing_attribution_may_have_a_phrase_after_it(text):
    # the inverted slot takes the phrase after the noun, as the subject slot does
    assert len(_found(text)) == 1


def test_a_member_noun_names_the_group_it_belongs_to():
    assert member_group("teamlid") == "social-team"
    assert member_group("gebruiker") == "care-recipients"
    assert member_group("moeder") == "care-recipients"
    assert member_group("buurtcoach") is None


@pytest.mark.parametrize(
    ("text", "quote", "group"),
    [
        ("‘Iedereen kent mij hier’, zegt een teamlid.", "Iedereen kent mij", "role/social-team"),
        (
            "Het vervoer is een punt van zorg, omdat de taxi vaak te laat komt, aldus gebruikers.",
            "Het vervoer is",
            "role/care-recipients",
        ),
        ("‘Het kost ons een hele dag’, zegt een moeder.", "Het kost ons", "role/care-recipients"),
    ],
)
def test_a_member_speaks_as_its_group(text, quote, group):
    doc, ex = extract_text(text)
    assert [key(s) for s in finding_for(doc, ex, quote).speakers] == [group]


@pytest.mark.parametrize(
    "text",
    [
        "De regiotaxi rijdt volgens ouderen in Nijeveen te onregelmatig.",
        "Statushouders vertellen dat zij lang op een woning wachten.",
    ],
)
def test_a_target_group_mints_no_speaker_group(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("„We helpen elkaar hier nog echt”, aldus een ouderling.", "ouderling"),
        ("‘De nood is groter dan je denkt’, waarschuwt een diaken.", "diaken"),
        ("Dominees merken dat steeds meer gezinnen schulden hebben.", "dominee"),
        ("Volgens de pastoor durven veel ouders niet naar het wijkteam.", "pastoor"),
    ],
)  # fmt: skip
def test_a_person_by_office_is_minted_from_its_noun(text, lemma):
    # (kg/data/person-nouns.txt: offices that end like no agent noun)
    assert [found for _, found in _found(text)] == [lemma]


@pytest.mark.parametrize(
    "text", ["De afdeling zegt dat het goed gaat.", "Die regeling vindt men te streng."]
)
def test_a_noun_ending_in_ling_is_no_person_by_itself(text):
    assert not [found for _, found in _found(text) if found.endswith("ling")]


@pytest.mark.parametrize(
    "text",
    [
        "„Ik moet ook nee kunnen zeggen zonder dat iedereen boos wordt”, aldus de wethouder.",
        "De wethouder zegt zonder omwegen dat het geld op is.",
        "Ambtenaren vertellen zonder aarzeling dat het loket werkt.",
        "Raadsleden zeggen het helder: de wachtlijst moet weg.",
    ],
)
def test_a_preposition_or_adjective_after_a_verb_of_speech_is_no_group(text):
    assert not [found for _, found in _found(text) if found in {"zonder", "helder"}]
