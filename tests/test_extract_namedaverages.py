"""Tests for kg.extract.namedaverages: the average of a named area as a reference."""

from __future__ import annotations

import pytest

from kg.extract.figurecomparison import comparison_after
from kg.extract.namedaverages import (
    PROVINCIAL,
    REGIONAL,
    named_average,
    named_neighbour,
    regional_averages,
)
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("words", "wanted"),
    [
        ("ligt hoger dan het Twentse gemiddelde", REGIONAL),
        ("ligt boven het Westfriese gemiddelde", REGIONAL),
        ("minder dan gemiddeld in de Drechtsteden", REGIONAL),
        ("ongeveer evenveel als gemiddeld in Holland Rijnland", REGIONAL),
        ("duidelijk hoger dan in Twente als geheel", REGIONAL),
        ("hoger dan het Zeeuwse gemiddelde", PROVINCIAL),
        ("iets onder het Limburgse gemiddelde", PROVINCIAL),
        ("bijna twee keer zo veel als in Zeeland als geheel", PROVINCIAL),
        ("tegen 7,1% gemiddeld in de provincie", PROVINCIAL),
        ("hoger dan het landelijk gemiddelde", None),
        ("hoger dan het Nederlandse gemiddelde", None),
        ("hoger dan gemiddeld in Nederland", None),
        ("hoger dan het regionale gemiddelde", None),
        ("het project als geheel", None),
    ],
)
def test_named_average(words: str, wanted: str | None) -> None:
    assert named_average(words) == wanted


def test_named_neighbour() -> None:
    assert named_neighbour("tegen 49 in het aangrenzende Appingedam") == "appingedam"
    assert named_neighbour("ongeveer evenveel als in het naburige Sint-Michielsgestel") == (
        "sint-michielsgestel"
    )
    assert named_neighbour("twee keer zoveel als in buurgemeente Kapelle") == "kapelle"
    assert named_neighbour("meer dan in de buurgemeenten") is None
    assert named_neighbour("hoger dan in Venlo") is None


def test_figure_against_a_named_average() -> None:
    s = "Het aandeel huishoudens met een laag inkomen is met 12% hoger dan het Twentse gemiddelde."
    assert comparison_after(s, s.index("%") + 1, len(s)) == ("higher", REGIONAL)
    s = "In 2015 ontving 9,5% van de jongeren jeugdhulp, minder dan gemiddeld in de Drechtsteden."
    assert comparison_after(s, s.index("%") + 1, len(s)) == ("less", REGIONAL)
    s = "Per 1.000 inwoners zijn er 38 uitkeringen, duidelijk meer dan in het naburige Buren."
    assert comparison_after(s, s.index("38") + 2, len(s))[1] == "buren"


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad van Noordwijk komt vaker bijeen dan de raden in de regio.",
        "Werkgevers in Almere bieden meer stageplekken dan elders in de regio.",
        "Het aandeel ouderen is in Oudewater hoger dan in de regio.",
        "In Emmen wachten gezinnen minder lang op jeugdhulp dan gemiddeld in de regio.",
    ],
)
def test_a_level_against_the_region_is_against_its_average(sentence: str) -> None:
    found = extract_text(sentence)[1].indicators
    assert found and all(i.reference == REGIONAL for i in found)
    assert regional_averages(found) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel ouderen is in Oudewater hoger dan in de rest van Utrecht.",
        "De werkloosheid ligt in Kerkrade hoger dan elders in de provincie.",
        "In Assen wachten gezinnen minder lang op jeugdhulp dan in heel Drenthe.",
        "Het aandeel mantelzorgers is in Goes lager dan in Zeeland.",
    ],
)
def test_a_level_against_the_province_is_against_its_average(sentence: str) -> None:
    found = extract_text(sentence)[1].indicators
    assert found and all(i.reference == PROVINCIAL for i in found)


def test_other_references_stay() -> None:
    found = extract_text("Het aandeel ouderen is hoger dan landelijk.")[1].indicators
    assert [i.reference for i in regional_averages(found)] == ["national average"]
