"""Tests for kg.extract.namedaverages: the average of a named area as a reference."""

from __future__ import annotations

import pytest

from kg.extract.figurecomparison import comparison_after
from kg.extract.namedaverages import PROVINCIAL, REGIONAL, named_average, named_neighbour


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
