"""Residents who work elsewhere are the orientation of a claim, not its concern."""

from __future__ import annotations

from kg.extract.commuters import commuting
from kg.extract.model import SentenceMention

RESIDENTS = "c/role/residents"


def _mentions(text: str, place: str) -> tuple[SentenceMention, list[SentenceMention]]:
    at = text.index("inwoners")
    res = SentenceMention(RESIDENTS, "role", at, at + 8, "inwoners", 0)
    p = text.index(place)
    area = SentenceMention("c/place/x", "place", p, p + len(place), place, 0)
    return res, [res, area]


def test_residents_working_or_commuting_elsewhere_are_commuters():
    for text, place in (
        ("Veel inwoners werken in de haven van Rotterdam of in Dordrecht.", "Dordrecht"),
        ("Een deel van de inwoners pendelt dagelijks naar Almere.", "Almere"),
    ):
        res, ms = _mentions(text, place)
        assert commuting(text, res, ms), text


def test_residents_living_oriented_or_in_another_clause_are_not():
    for text, place in (
        ("Veel inwoners wonen al lang in Dordrecht.", "Dordrecht"),
        ("Veel inwoners zijn voor het ziekenhuis op Zwolle gericht.", "Zwolle"),
        ("De inwoners zijn tevreden; sommigen werken in Almere.", "Almere"),
    ):
        res, ms = _mentions(text, place)
        assert not commuting(text, res, ms), text


def test_a_place_before_the_residents_is_not_where_they_go():
    text = "In Almere werken veel inwoners."
    res, ms = _mentions(text, "Almere")
    assert not commuting(text, res, ms)
