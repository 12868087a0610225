"""A verdict turned round for another subject (``kg.extract.reversals``), on invented
sentences read as a whole profile would be."""

from __future__ import annotations

import pytest

from kg.extract.reversals import OPPOSITE
from tests.extract_helpers import extract_text


def _read(*sentences: str) -> list[tuple[str | None, str | None, str | None]]:
    doc, extraction = extract_text(" ".join(sentences))
    return [(i.measure, i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    "turned",
    [
        "Voor de jeugdhulp geldt het omgekeerde.",
        "Voor de jeugdhulp geldt juist het tegenovergestelde.",
        "Bij de jeugdhulp is het andersom.",
        "Bij de jeugdhulp ligt dat precies andersom.",
        "Het omgekeerde geldt voor de jeugdhulp.",
        "Het tegendeel is het geval bij de jeugdhulp.",
    ],
)
def test_the_next_subject_gets_the_opposite_level_and_the_same_reference(turned):
    first = "Het gebruik van de Wmo ligt onder het landelijk gemiddelde."
    assert _read(first, turned) == [
        ("share-wmo", "lower", "national average"),
        ("share-youth-care", "higher", "national average"),
    ]


def test_a_turned_change_is_the_opposite_change():
    found = _read(
        "De werkloosheid is de laatste jaren gedaald.",
        "Voor de bijstand geldt juist het omgekeerde.",
    )
    assert found == [
        ("unemployment-rate", "decrease", None),
        ("benefit-recipients", "increase", None),
    ]


def test_a_turned_verdict_in_the_same_sentence():
    found = _read("Het aandeel ouderen is hoger dan gemiddeld, bij jongeren is het andersom.")
    assert found[-1] == ("share-under-25", "lower", "national average")


def test_what_names_no_quantity_is_not_turned():
    found = _read(
        "Het aandeel ouderen is hoger dan gemiddeld.", "Voor de wethouder geldt het omgekeerde."
    )
    assert found == [("share-65-plus", "higher", "national average")]


def test_nothing_compared_before_gives_nothing_to_turn():
    found = _read(
        "De gemeente werkt samen met de regio.", "Voor de jeugdhulp geldt het omgekeerde."
    )
    assert found == []


def test_every_direction_has_its_opposite_both_ways():
    assert all(OPPOSITE[OPPOSITE[d]] == d for d in OPPOSITE)
