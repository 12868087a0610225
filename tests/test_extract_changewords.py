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
        ("gemeenten van vergelijkbare omvang", "size class"),
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
