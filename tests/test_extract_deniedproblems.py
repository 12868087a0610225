"""Problems a claim names but does not state (kg/extract/deniedproblems.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def _problems(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    return {key(c) for f in ex.findings for c in f.concerns if key(c).startswith("problem/")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Een wachtlijst is er niet.",
        "Er zijn geen wachtlijsten voor de huishoudelijke hulp.",
        "Van wachtlijsten is in de gemeente geen sprake.",
        # a fronted "van" phrase of coordinated nouns, which the clause cuts part at "of"
        "Van wachtlijsten voor dagbesteding of hulpmiddelen is in de gemeente geen sprake.",
        # no longer, and past an attribution set off by commas
        "Van wachtlijsten is geen sprake meer.",
        "Van wachtlijsten is inmiddels, volgens de teamleiders, geen sprake meer.",
    ],
)
def test_a_negated_problem_is_no_concern(sentence):
    assert "problem/waiting-lists" not in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Er zijn weinig signalen van armoede in de gemeente.", "poverty"),
        ("Er is in de dorpen weinig armoede.", "poverty"),
        ("Armoede komt in de gemeente weinig voor.", "poverty"),
        ("Huisartsen krijgen zelden meldingen van huiselijk geweld.", "youth-protection"),
        ("Er zijn weinig aanwijzingen voor problematische schulden onder jongeren.", "debts"),
    ],
)
def test_little_of_a_problem_is_no_concern(sentence, problem):
    assert f"problem/{problem}" not in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Er is veel armoede in de dorpen.", "poverty"),
        ("Er is te weinig aandacht voor armoede.", "poverty"),
        ("Er is weinig mantelzorg in de wijk.", "low-informal-care"),
    ],
)
def test_much_of_a_problem_or_a_lack_stays_a_concern(sentence, problem):
    assert f"problem/{problem}" in _problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachtlijst voor de schuldhulpverlening is inmiddels weggewerkt.",
        "De wachtlijsten zijn in 2016 verdwenen.",
        "Het probleem van de wachttijden is opgelost.",
    ],
)
def test_a_solved_problem_is_no_concern(sentence):
    assert "problem/waiting-lists" not in _problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachtlijst is nog niet weggewerkt.",
        "De wachtlijst moet dit jaar worden weggewerkt.",
        "Er is een wachtlijst die volgens aanbieders niet snel zal zijn verdwenen.",
    ],
)
def test_a_problem_still_open_stays_a_concern(sentence):
    assert "problem/waiting-lists" in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Door de aanbesteding zijn vertrouwde aanbieders verdwenen.", "european-tendering"),
        ("Dankzij de schuldhulpverlening zijn veel zorgen opgelost.", "debts"),
    ],
)
def test_a_problem_that_causes_what_is_over_stays_a_concern(sentence, problem):
    assert f"problem/{problem}" in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Laaggeletterde inwoners begrijpen de brieven van de gemeente niet.", "low-literacy"),
        ("Dakloze jongeren vinden de weg naar de opvang niet.", "homelessness"),
    ],
)
def test_a_problem_that_describes_the_subject_is_not_denied_by_its_verb(sentence, problem):
    assert "problem/" + problem in _problems(sentence)


def test_a_negator_before_the_attribute_still_denies():
    assert "problem/homelessness" not in _problems("Er zijn geen dakloze jongeren in de gemeente.")


def _stated(sentence: str) -> set[str]:
    """The problems of the claim's concerns and reports: what makes it a municipality's."""
    _doc, ex = extract_text(sentence)
    return {key(c) for f in ex.findings for c in (*f.concerns, *f.reports)}


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Een wachtlijst is er niet.", "waiting-lists"),
        ("Eenzaamheid wordt niet als probleem gezien.", "loneliness"),
        ("Van wachtlijsten is geen sprake.", "waiting-lists"),
        ("Er zijn geen wachtlijsten meer.", "waiting-lists"),
        ("Wachtlijsten komen nauwelijks voor.", "waiting-lists"),
        ("Van armoede is weinig sprake.", "poverty"),
        ("Van schulden onder jongeren is nauwelijks sprake.", "debts"),
        ("Wachtlijsten zijn inmiddels verleden tijd.", "waiting-lists"),
        ("De wachtlijsten in de jeugd-ggz behoren tot het verleden.", "waiting-lists"),
        ("Er is nauwelijks sprake van eenzaamheid.", "loneliness"),
        ("Wachttijden zijn er nauwelijks.", "waiting-lists"),
        ("Dakloosheid komt in de gemeente niet voor.", "homelessness"),
        ("Een wachtlijst voor de dagbesteding is er niet meer.", "waiting-lists"),
        ("Wachtlijsten zijn volgens de teamleider niet aan de orde.", "waiting-lists"),
        ("De wachtlijsten zijn volgens de jeugdteams zo goed als verdwenen.", "waiting-lists"),
    ],
)
def test_a_denied_problem_is_never_a_problem_of_the_municipality(sentence, problem):
    assert f"problem/{problem}" not in _stated(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Wachtlijsten waren in het verleden een groot probleem.", "waiting-lists"),
        ("De wachtlijsten zijn nog geen verleden tijd.", "waiting-lists"),
        ("Van armoede is in sommige wijken veel sprake.", "poverty"),
        ("De wachtlijst is niet meer dan een maand, maar wel te lang.", "waiting-lists"),
    ],
)
def test_a_problem_of_the_past_or_of_much_stays(sentence, problem):
    assert f"problem/{problem}" in _stated(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("De gemeente kan nauwelijks woningen vinden voor statushouders.", "status-holders"),
        ("Er is nog geen oplossing voor de wachtlijsten.", "waiting-lists"),
        ("Er zijn niet genoeg plekken voor daklozen.", "homelessness"),
    ],
)
def test_a_problem_after_voor_a_negated_noun_is_discussed_not_denied(sentence, problem):
    assert f"problem/{problem}" in _problems(sentence)


def test_a_negated_problem_before_voor_stays_denied():
    assert "problem/waiting-lists" not in _problems("Er is geen wachtlijst voor de jeugdhulp.")


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder vindt dat jongeren na hun achttiende niet tussen wal en schip mogen vallen.",
        "Volgens ambtenaren stopt de jeugdhulp voor veel jongeren vanaf hun 18e abrupt.",
    ],
)
def test_turning_eighteen_in_everyday_words_is_the_transition_to_adulthood(sentence):
    assert "problem/transition-to-adulthood" in _problems(sentence)


def test_a_problem_denied_once_and_named_again_stays_a_concern():
    # "geen wachtlijsten, wel enige wachttijd": the waiting is discussed
    sentence = "Van echte wachtlijsten is geen sprake, wel van enige wachttijd."
    assert "problem/waiting-lists" in _problems(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens huisartsen zijn de wachttijden bij de jeugd-ggz opgelopen tot vier maanden.",
        "Huisartsen verwijzen nog vaak rechtstreeks naar de jeugd-ggz, zo geven zij aan.",
    ],
)
def test_mental_health_care_as_providers_is_no_mental_health_problem(sentence):
    # gold decision 8 (twenty-seventh session): the providers, not the children's problems
    assert "problem/mental-health" not in _problems(sentence)


def test_psychological_problems_named_stay_besides_the_providers():
    assert "problem/mental-health" in _problems(
        "Volgens huisartsen wachten kinderen met psychische problemen lang bij de jeugd-ggz."
    )


def test_not_seen_as_a_problem_past_an_aside_denies_it():
    assert "problem/loneliness" not in _problems(
        "Eenzaamheid onder ouderen wordt door de welzijnsorganisatie, anders dan in veel "
        "andere gemeenten, niet als een groot probleem gezien."
    )
    assert "problem/loneliness" in _problems(
        "Eenzaamheid onder ouderen wordt door de welzijnsorganisatie, anders dan in veel "
        "andere gemeenten, als een groot probleem gezien."
    )


@pytest.mark.parametrize(
    ("sentence", "denied", "kept"),
    [
        # label word in the first member, main clause, "als wel"
        (
            "Volgens de raad is er niet zozeer een wachtlijst als wel een tekort aan "
            "vrijwilligers.",
            "problem/waiting-lists",
            "problem/volunteer-shortage",
        ),
        # subordinate clause, "niet zo zeer … maar"
        (
            "Ambtenaren zeggen dat het bij deze gezinnen niet zo zeer om armoede gaat, maar "
            "om schulden.",
            "problem/poverty",
            "problem/debts",
        ),
        # clause rule in the first member, perfect tense
        (
            "Het Rijk heeft niet zozeer de budgetten gekort als wel de eenzaamheid vergroot.",
            "problem/budget-pressure",
            "problem/loneliness",
        ),
        # fronted adverbial, inversion, "als" without "wel"
        (
            "In de wijken speelt niet zozeer armoede als eenzaamheid onder ouderen.",
            "problem/poverty",
            "problem/loneliness",
        ),
    ],
)
def test_the_first_member_of_not_so_much_is_denied(sentence, denied, kept):
    problems = _problems(sentence)
    assert denied not in problems
    assert kept in problems


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # the question the denial answers names the problem first
        (
            "Is eenzaamheid een probleem? Eenzaamheid is in de dorpen geen groot probleem.",
            "problem/loneliness",
        ),
        # the evidence after a colon names it again
        (
            "Voortijdig schoolverlaten is geen probleem meer, aldus de leerplichtambtenaar: het "
            "aantal voortijdig schoolverlaters daalde sterk.",
            "problem/school-dropout",
        ),
    ],
)
def test_a_problem_named_again_beside_its_denial_stays_denied(sentence, problem):
    assert problem not in _problems(sentence)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # set against the denial: "maar", "wel"
        (
            "Wachtlijsten zijn er niet voor de Wmo, maar er is een wachtlijst voor begeleiding.",
            "problem/waiting-lists",
        ),
        (
            "Eenzaamheid is geen groot probleem, maar de teams zien wel eenzaamheid onder ouderen.",
            "problem/loneliness",
        ),
        # named again in a statement before the denial, not a question
        (
            "De teams zien eenzaamheid. In de dorpen is eenzaamheid geen groot probleem.",
            "problem/loneliness",
        ),
    ],
)
def test_a_problem_named_again_against_its_denial_is_discussed(sentence, problem):
    assert problem in _problems(sentence)


def test_zonder_after_a_group_describes_the_group_and_negates_nothing():
    assert "problem/unemployment" in _problems(
        "Werkgevers willen wel, maar de banen voor mensen zonder diploma verdwijnen."
    )


def test_zonder_that_opens_a_condition_still_reads_as_before():
    # near misses: "geen" denies, and a fronted "zonder" states the need (concerns.stated)
    assert "problem/unemployment" not in _problems(
        "Er verdwijnen geen banen voor jongeren zonder diploma."
    )
    assert "problem/capacity-shortage" in _problems("Zonder extra formatie lukt het de teams niet.")


def test_overtime_is_a_shortage_of_staff_that_a_negator_denies():
    assert "problem/capacity-shortage" in _problems("De teams draaien al maanden overuren.")
    assert "problem/capacity-shortage" not in _problems(
        "Er worden in het team geen overuren gemaakt."
    )
