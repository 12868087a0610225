"""The vocabularies of reported speech: what reports, what only looks like it."""

from __future__ import annotations

import re

import pytest

from kg.extract.prefixscan import prefixes
from kg.extract.speechcues import (
    ANY_TENSE,
    FUNCTION,
    NOT_REPORTING,
    PARTICIPLES,
    QUANT,
    REPORTING,
    SUBORDINATE,
    VERB_LAST,
    VERBS,
)


@pytest.mark.parametrize(
    "phrase",
    [
        "vertellen",
        "geven daarbij aan",
        "hebben aangegeven",
        "heeft in het gesprek verteld",
        "klagen",
        "zijn kritisch",
        "is zich ervan bewust",
        "maken zich zorgen",
        "reageren positief",
        "geeft als reden",
        "naar eigen zeggen",
        "merken",
        "weten dat",
        "realiseren zich",
        "geven te kennen",
        "hebben graag",
        "zijn verbaasd",
        "zijn er zeker van",
        "hebben erop gewezen",
        "zouden graag",
        "zou liever",
        "plaatst vraagtekens",
        "plaatsen een kanttekening",
        "hekelen",
        "bekritiseert",
        "loven",
        "gelooft",
        "opperen",
        "bepleit",
        "kaarten aan",
        "leveren kritiek",
        "storen zich",
        "houdt rekening met",
        "ondervinden",
        "hebben er zorgen over",
        "heeft zorgen dat",
        "maken de kanttekening",
        "maakt melding",
        "voeren aan dat",
        "brengen naar voren",
        "sluit niet uit",
        "uiten hun waardering",
        "heeft de verwachting",
        "hebben goede hoop",
        "zijn er niet gelukkig mee",
    ],
)
def test_reporting_phrases(phrase):
    assert REPORTING.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "werken",
        "wonen",
        "verwijzen",
        "hebben de voorwaarden gesteld",
        "weten de weg",
        "acht",
        "hebben ervoor te zorgen",  # a duty, not a worry
        "hebben te zorgen voor",
        "zijn gelukkig niet afhankelijk",  # "fortunately", no stance
        "voeren de taken uit aan de hand van een plan",
    ],
)
def test_phrases_that_do_not_report(phrase):
    assert not REPORTING.match(phrase)


def test_taking_place_and_supervising_are_not_reports():
    assert NOT_REPORTING.match(" vindt in het najaar plaats")
    assert NOT_REPORTING.match(" ziet toe op de kwaliteit")
    assert not NOT_REPORTING.match(" vindt dat het beter kan")
    assert NOT_REPORTING.match(" stelt de kaders vast")
    assert not NOT_REPORTING.match(" stelt vast dat de kosten stijgen")
    assert NOT_REPORTING.match(" melden zich bij het wijkteam")  # signing up
    assert NOT_REPORTING.match(" melden verzuim bij de leerplichtambtenaar")
    assert not NOT_REPORTING.match(" melden bij de gemeente dat het druk is")
    assert NOT_REPORTING.match(" voorzien in dagbesteding")  # providing
    assert not NOT_REPORTING.match(" voorzien dat de vraag stijgt")
    assert NOT_REPORTING.match(" zien er in elke kern anders uit")  # looking like
    assert NOT_REPORTING.match(" zien af van een eigen team")  # refraining
    assert not NOT_REPORTING.match(" zien uit naar de nieuwe werkwijze")


def test_a_function_of_a_group_takes_an_optional_article():
    function = re.compile(rf"^{FUNCTION}$", re.IGNORECASE)
    assert function.match("voorzitter van de")
    assert function.match("directeuren van")
    assert function.match("woonconsulent van")  # a corporation's staff speak as it
    assert not function.match("inwoners van de")


def test_the_grouped_functions_match_as_the_listed_words():
    """FUNCTION_NOUN is FUNCTION_WORDS gathered by first letter: the same matches, any case."""
    from kg.extract.speechcues import FUNCTION_NOUN, FUNCTION_WORDS

    words = ["Consulenten", "klantmanager", "Leden", "lid", "coördinatoren", "hoofd", "kind", "l"]
    for flags in (0, re.IGNORECASE):
        grouped = re.compile(rf"{FUNCTION_NOUN}$", flags)
        listed = re.compile(rf"(?:{FUNCTION_WORDS})$", flags)
        for word in words:
            assert bool(grouped.match(word)) == bool(listed.match(word)), (word, flags)
    assert re.match(rf"{FUNCTION_NOUN}$", "consulenten van"[:11])


def test_quantifiers_and_participles():
    assert re.fullmatch(QUANT, "een deel van de")
    assert re.fullmatch(QUANT, "betrokken")
    assert re.fullmatch(PARTICIPLES, "aangegeven")
    assert re.fullmatch(PARTICIPLES, "gezien")  # "wordt door X als laagdrempelig gezien"
    assert re.fullmatch(PARTICIPLES, "geklaagd")
    assert not re.fullmatch(PARTICIPLES, "gewaardeerd")  # appreciation in the passive is a fact


def test_by_first_letter_matches_as_the_listed_alternation():
    from kg.extract.speechcues import by_first_letter

    listed = (
        r"ge(?:eft|ven)\b[^,;:.]{0,40}?\baan|gaf|(?:be)?mer(?:kt|ken)|merkt\s+op|vindt|Vond"
        r"|stelt|kent|is\s+van\s+mening"
    )
    grouped = by_first_letter(listed)
    # a group per letter, behind the letter itself when every alternative opens with it
    # written out: not "(?:be)?mer…" (b, m), "vindt|Vond", nor i, k and s (they fold to more
    # than two characters under re.IGNORECASE)
    assert re.findall(r"\((?:\?=|\?-i:)\[(\w)", grouped) == [*"bgikmsv"]
    assert grouped.count("(?-i:[") == 1  # g
    text = (
        "Zij geven, zo merkt men op, vaak aan dat ze iets bemerken; ZE VOND en gaf niets. vindt"
        " Zij \u017ftelt, \u212aENT en \u0130S van mening; Stelt, kent, is van mening"
    )
    for flags in (re.IGNORECASE, 0):
        plain, fast = re.compile(rf"\b(?:{listed})", flags), re.compile(rf"\b(?:{grouped})", flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in plain.finditer(text)]  # the text holds matches


def test_reporting_verbs_are_gathered_by_letter():
    from kg.extract.speechcues import STANCE, VERBS

    assert VERBS.count("(?=[") + VERBS.count("(?-i:[") >= 15
    assert STANCE.startswith("(?:(?-i:[aA])(?<=a)")


def test_the_reporting_verbs_have_a_list_of_literal_beginnings():
    # a pattern searched before every group is tried only at the runs its beginnings open
    # (kg.extract.prefixscan): past the list's limit it is searched everywhere
    assert prefixes(re.compile(rf"\b(?:{VERBS})", re.IGNORECASE)) is not None


def test_an_infinitive_with_te_is_no_report():
    assert REPORTING.search("weten het loket goed te vinden") is None
    assert REPORTING.search("hopen te zien dat het lukt")  # "hopen" reports
    assert REPORTING.search("vinden het loket goed")


def test_the_patterns_that_hold_the_reporting_verbs_keep_their_literal_beginnings():
    # the verb list with more alternatives around it must stay within the prefix scan's
    # limit too: past it, the pattern is searched at every position of every sentence
    from kg.extract.speakergroups import _SPEECH
    from kg.extract.speakers import PRONOUN_REPORT
    from kg.extract.speakerslots import _BEFORE_INVERTED

    for pattern in (_SPEECH, PRONOUN_REPORT, _BEFORE_INVERTED):
        assert prefixes(pattern) is not None


@pytest.mark.parametrize(
    "after",
    [
        " denken vanuit hun eigen organisatie.",
        " denkt mee over de plannen.",
        " denken in oplossingen.",
    ],
)
def test_a_way_of_thinking_is_no_report(after):
    assert NOT_REPORTING.match(after)
    assert not NOT_REPORTING.match(" denken dat het goed gaat.")


def test_idioms_of_raising_the_alarm_and_a_stance_taken_report():
    from kg.extract.speechcues import NOT_REPORTING, REPORTING

    for verb in (
        "trekken aan de bel",
        "trok opnieuw aan de alarmbel",
        "slaan alarm",
        "sloeg alarm",
        "luidt de noodklok",
        "stellen zich kritisch op",
        "is duidelijk: het moet anders",
    ):
        assert REPORTING.match(verb), verb
        assert not NOT_REPORTING.match(" " + verb), verb
    assert NOT_REPORTING.match(" stellen een plan op")
    assert not REPORTING.match("is duidelijk")  # a plain predicate: no verdict announced


def test_the_grouped_quantifiers_match_as_the_listed_ones():
    """QUANT is QUANT_LISTED gathered by first letter: the same matches, any case."""
    from kg.extract.speechcues import QUANT_LISTED

    samples = ["de", "één", "eén van de", "één van het", "een van de", "een aantal", "Een",
               "een groot deel van de", "niet alle", "met name", "geen van de", "DE", "Één",
               "een van", "e", "eé", "sommige", "de meeste"]  # fmt: skip
    for flags in (0, re.IGNORECASE):
        for text in samples:
            grouped = re.fullmatch(QUANT, text, flags) is not None
            assert grouped == (re.fullmatch(QUANT_LISTED, text, flags) is not None), text


def test_wijzen_op_reports_also_with_the_pronominal_adverb_split():
    import re

    from kg.extract.speechcues import PAST, REPORTING

    for said in ("wijzen erop", "wijzen er wel op", "wijst er daarnaast op"):
        assert REPORTING.search(said) is not None, said
    assert re.search(rf"\b(?:{PAST})\b", "wezen er ook op", re.IGNORECASE) is not None
    assert REPORTING.search("wijzen de weg") is None


def test_caution_is_a_stance_in_both_degrees():
    for clause in ("is voorzichtig over de toekomst", "zijn voorzichtiger dan vorig jaar"):
        assert REPORTING.match(clause), clause
    assert not REPORTING.match("is vorig jaar begonnen")


def test_an_inverted_cautious_body_speaks():
    from extract_helpers import extract_text, key

    _doc, ex = extract_text("Over de financiële toekomst is het college voorzichtig.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/executive-board"]


@pytest.mark.parametrize(
    "text", ["antwoordt dat het goed gaat", "antwoorden dat", "antwoordde dat"]
)
def test_answering_the_question_before_is_a_report(text):
    assert REPORTING.match(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De thuiszorgorganisaties waren fel gekant tegen de kortingen.", "home-care"),
        ("De accountant wees er in zijn verslag over 2018 op dat de reserve opraakt.", "auditors"),
    ],
)
def test_a_stance_against_and_a_long_pointing_out_report(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert any(expected in key(s) for f in ex.findings for s in f.speakers)


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("vult aan dat de hulp laat kwam", True),
        ("vulde aan: de hulp kwam laat", True),
        ("vult het tekort aan uit de reserve", False),
        ("plaatst daar een kanttekening bij", True),
        ("plaatste daar een kanttekening bij", True),
    ],
)
def test_adding_to_what_was_said_and_a_remark_placed_report(text, reports):
    any_tense = re.compile(rf"\b(?:{ANY_TENSE})\b", re.IGNORECASE)
    assert bool(any_tense.match(text)) is reports


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a remark placed, its object after what it is placed at
        ("De accountant plaatste bij de jaarrekening over 2016 een kanttekening.", "auditors"),
        (
            "De huisartsen plaatsen bij de nieuwe werkwijze van het wijkteam kanttekeningen.",
            "general",
        ),
        ("Raadsleden zetten bij de plannen voor de regionale inkoop vraagtekens.", "council"),
        ("De Wmo-raad zette bij de korting op de hulp een vraagteken.", "wmo"),
        # counting on what is to come
        ("De wethouder rekent op een kleiner tekort in 2017.", "alderman"),
        ("De huisartsen rekenden voor dit jaar op meer verwijzingen.", "general"),
    ],
)
def test_a_remark_placed_and_counting_on_what_is_to_come_report(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert any(expected in key(s) for f in ex.findings for s in f.speakers)


@pytest.mark.parametrize(
    "text",
    ["rekent af met de oude aanbieders", "rekende uit hoeveel het kost", "zet de stoelen klaar"],
)
def test_reckoning_up_and_placing_things_do_not_report(text):
    any_tense = re.compile(rf"\b(?:{ANY_TENSE})\b", re.IGNORECASE)
    assert not any_tense.match(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ambtenaren vergelijken de stad het liefst met Gouda en Delft.", "civil-servants"),
        ("De raadsleden vergeleken de cijfers met die van de buurgemeenten.", "council"),
        ("De wethouder vergelijkt de aanpak met die van grotere steden.", "alderman"),
        ("Huisartsen vergelijken de wachttijden vooral met die in de regio.", "general"),
    ],
)
def test_comparing_is_a_judgement_its_subject_speaks(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert any(expected in key(s) for f in ex.findings for s in f.speakers)


@pytest.mark.parametrize("text", ["vergelijkbaar met de regio", "vergelijking met vorig jaar"])
def test_comparable_is_no_report(text):
    any_tense = re.compile(rf"\b(?:{ANY_TENSE})\b", re.IGNORECASE)
    assert not any_tense.match(text)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a fact that strikes or worries the group named in a relative clause on the sentence
        ("Een op de vier ouderen voelt zich eenzaam, wat de ", " niet verbaast."),
        ("De wachttijd liep op tot twaalf weken, wat ", " verontrust."),
        ("Het aantal uithuiszettingen verdubbelde, wat de ", " grote zorgen baart."),
        ("Het gebruik van de regiotaxi daalde, wat de ", " verraste."),
        # the staff of a body that ascribes the rise
        (
            "Het aantal daklozen steeg, een stijging die medewerkers van de ",
            " toeschrijven aan de woningmarkt.",
        ),
    ],
)
def test_a_group_in_a_closing_relative_clause_judges_the_fact(before, after):
    assert SUBORDINATE.search(before) and VERB_LAST.match(after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the group is the subject, "verrast" what it does to another
        ("Het plan is nieuw, wat de ", " de raad verrast met een voorstel."),
        # no relative clause on the sentence
        ("Volgens de ", " verbaast het aantal aanvragen niet."),
        ("Het aantal steeg, een stijging die ", " in de wijk vaak zien."),
    ],
)
def test_no_group_judging_in_a_closing_relative_clause(before, after):
    assert not (SUBORDINATE.search(before) and VERB_LAST.match(after))


@pytest.mark.parametrize(
    "phrase",
    ["naar eigen schatting", "naar eigen inschatting", "volgens eigen schatting"],
)
def test_an_own_estimate_reports(phrase):
    assert REPORTING.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "is over de samenwerking met de scholen positief",
        "zijn over het contact met de wijkverpleging tevreden",
        "was over de uitvoering van het nieuwe beleid kritisch",
        "waren over de afspraken met de regio zeer tevreden",
    ],
)
def test_a_stance_after_a_topic_phrase_of_up_to_six_words_reports(phrase):
    assert REPORTING.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "is over twee jaar niet meer in functie",
        "zijn over de hele linie van plan de tarieven te verlagen",
        "is over de brug bij de haven gelegen",
    ],
)
def test_a_copula_before_over_without_a_stance_does_not_report(phrase):
    assert not REPORTING.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["relativeert dat", "nuanceren dat beeld", "beweert dat", "relativeert dat:"],
)
def test_qualifying_or_claiming_reports(phrase):
    assert REPORTING.match(phrase)


@pytest.mark.parametrize("phrase", ["relatief weinig", "bewegen zich", "beweegt", "nuance"])
def test_words_like_qualifying_do_not_report(phrase):
    assert not REPORTING.match(phrase)


def test_qualifying_in_the_past_reports_in_any_tense():
    any_tense = re.compile(ANY_TENSE, re.IGNORECASE)
    assert any_tense.match("relativeerde dat")
    assert any_tense.match("beweerden dat")
    assert not any_tense.match("bewogen")
