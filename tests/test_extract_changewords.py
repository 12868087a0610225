"""kg.extract.changewords: the words of quantity, change and reference of the changes."""

from __future__ import annotations

import pytest

from kg.extract.changewords import (
    DIRECTION,
    DOWN,
    GATE_WORDS,
    PROVINCES,
    QUANTITY,
    RESOURCES,
    UP,
    reference_of,
)


@pytest.mark.parametrize(
    "phrase", ["het aantal", "de zorgkosten", "het Wmo-gebruik", "de wachtlijsten", "beroep op"]
)
def test_quantity_nouns_and_their_compounds_are_quantities(phrase):
    assert QUANTITY.search(phrase)


@pytest.mark.parametrize("phrase", ["de samenwerking", "het beleid", "de kwaliteit"])
def test_other_nouns_are_not_quantities(phrase):
    assert not QUANTITY.search(phrase)


def test_words_of_change_go_one_way_only():
    assert not set(UP) & set(DOWN)
    assert {"gestegen", "verdubbeld", "groeiende"} <= set(UP)
    assert {"gedaald", "gehalveerd", "krimpende"} <= set(DOWN)
    assert DIRECTION["hoger"] == "higher" and DIRECTION["minder vaak"] == "less"


def test_every_word_of_change_opens_the_gate():
    # the gate finds its words as substrings: each word of change holds one
    assert [w for w in UP + DOWN if not any(g in w for g in GATE_WORDS)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De werkloosheid is ongunstiger dan landelijk.",
        "Er wonen meer ouderen dan gemiddeld.",
        "Het aantal is vergelijkbaar met het landelijk gemiddelde.",
        "Ten opzichte van 2014 is het aantal uitkeringen laag.",
        "Problemen komen weinig voor.",
        "Het aantal klachten neemt sterk toe.",
        "De wachttijden liepen flink op.",
        "De gemeente gaat er op vooruit.",
        "De caseload is stabiel gebleven.",
    ],
)
def test_the_gate_holds_the_word_a_change_cannot_be_found_without(sentence):
    from kg.extract.changes import find_changes

    assert find_changes(sentence, 0, len(sentence))
    assert any(g in sentence.lower() for g in GATE_WORDS)
    # without that word (one letter changed) the gate is closed and nothing is found
    for word in [g for g in GATE_WORDS if g in sentence.lower()]:
        sentence = sentence.lower().replace(word, word[:-1] + "#")
    assert not any(g in sentence for g in GATE_WORDS)
    assert not find_changes(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("words", "reference"),
    [
        ("dan in Limburg", "province"),
        ("dan in Friesland", "province"),
        ("het provinciale gemiddelde", "province"),
        ("dan in 2014", "previous year"),
        ("dan een jaar eerder", "previous year"),
        ("het regionale gemiddelde", "region"),
        ("dan in de rest van het land", "national average"),
        ("dan landelijk", "national average"),
        ("dan in Venlo", None),
    ],
)
def test_reference_of_names_what_is_compared_with(words, reference):
    assert reference_of(words) == reference


def test_resources_and_provinces_come_from_their_data_files():
    assert {"formatie", "geld", "capaciteit"} <= set(RESOURCES)
    assert "kwetsbaar" not in RESOURCES
    assert {"fryslân", "friesland", "limburg"} <= PROVINCES


def test_references_by_adjective_and_by_years_ago():
    from kg.extract.changewords import reference_of

    assert reference_of("dan het Friese gemiddelde") == "province"
    assert reference_of("dan het Twentse gemiddelde") == "region"
    assert reference_of("dan het Nederlandse gemiddelde") == "national average"
    assert reference_of("dan een paar jaar geleden") == "previous year"


def test_other_municipalities_may_be_named_with_a_place_adjective_or_a_compound():
    import re

    from kg.extract.changewords import REF

    for words in ("de andere Friese gemeenten", "vergelijkbare plattelandsgemeenten"):
        assert re.fullmatch(REF, "in " + words, re.IGNORECASE), words


@pytest.mark.parametrize(
    ("words", "reference"),
    [
        ("eerdere jaren", "previous year"),
        ("gemeenten van vergelijkbare omvang", "comparable municipalities"),
        ("verwacht", "expected"),
        ("de wensen", None),
    ],
)
def test_compared_with_names_earlier_years_size_classes_and_forecasts(words, reference):
    from kg.extract.changewords import compared_with

    assert compared_with(words) == reference


def test_the_country_is_the_national_reference():
    from kg.extract.changewords import reference_of

    assert reference_of("dan het land") == "national average"


@pytest.mark.parametrize(
    ("words", "reference"),
    [
        ("dan in de rest van Fryslân", "province"),  # the province's official name
        ("dan in Noord-Limburg", "region"),  # a part of a province
        ("dan in Oost-Groningen", "region"),
        ("dan in Noord-Brabant", "province"),  # a province itself
        ("dan in Venlo", None),  # a municipality: no reference class
    ],
)
def test_provinces_and_their_parts_are_references(words, reference):
    from kg.extract.changewords import reference_of

    assert reference_of(words) == reference


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("De werkloosheid is hoger dan in de rest van Fryslân.", "provincial average"),
        ("Het gebruik van jeugdhulp is lager dan in Noord-Limburg.", "regional average"),
        ("Het gebruik van jeugdhulp is lager dan elders in de regio.", "regional average"),
        (
            "Het aantal bijstandsgerechtigden is hoger dan in de buurgemeenten.",
            "neighbouring municipalities",  # kg.extract.comparable names the neighbours
        ),
        ("Het aantal bijstandsgerechtigden is hoger dan elders.", "other municipalities"),
    ],
)
def test_a_comparison_reads_its_reference_after_dan(sentence, reference):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.reference for i in extraction.indicators] == [reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aandeel jongeren is lager dan in de rest van het land.",
            ("lower", "national average"),
        ),
        (
            "De bijstandsdichtheid ligt hoger dan in de arbeidsmarktregio.",
            ("higher", "regional average"),
        ),
        ("Het aantal Wmo-cliënten is hoger dan het jaar ervoor.", ("increase", "previous year")),
        (
            "Het aantal meldingen is lager dan in de voorgaande jaren.",
            ("decrease", "previous year"),
        ),
    ],
)
def test_the_country_a_named_region_and_the_year_before_are_references(sentence, expected):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in extraction.indicators] == [expected]


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("De eenzaamheid onder 75-plussers is toegenomen.", "increase"),
        ("Overgewicht bij kinderen neemt toe.", "increase"),
        ("De werkgelegenheid in de regio is afgenomen.", "decrease"),
    ],
)
def test_rates_the_monitors_publish_change_as_quantities(sentence, comparison):
    from tests.extract_helpers import extract_text

    _, extraction = extract_text(sentence)
    assert [i.comparison for i in extraction.indicators] == [comparison]


def test_the_debts_of_people_are_no_rate():
    from tests.extract_helpers import extract_text

    _, extraction = extract_text("Hun schulden lopen daardoor verder op.")
    assert extraction.indicators == []


@pytest.mark.parametrize("phrase", ["de papierwerkdruk", "de ervaren administratiewerkdruk"])
def test_a_compound_of_work_pressure_is_a_quantity(phrase):
    assert QUANTITY.search(phrase)


@pytest.mark.parametrize("phrase", ["de indruk", "de werksfeer", "het papierwerk"])
def test_no_quantity_in_a_word_that_only_looks_like_pressure(phrase):
    assert not QUANTITY.search(phrase)
