"""A region's name compounded with "gemeenten" is the region (kg.extract.regioncompounds),
on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def regions(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "region"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Veel inwoners van de Peelgemeenten werken in de stad.",
            [("Peelgemeenten", "region/peel")],
        ),
        (
            "De sociale dienst beoordeelt de aanvragen voor de zes Drechtstedengemeenten.",
            [("Drechtstedengemeenten", "region/drechtsteden")],
        ),
        (
            "De kleinere Twentegemeenten betalen mee aan de dure plaatsingen.",
            [("Twentegemeenten", "region/twente")],
        ),
        (
            "Met de Achterhoekgemeenten deelt Teststad een inkoopbureau.",
            [("Achterhoekgemeenten", "region/achterhoek")],
        ),
    ],
)
def test_a_regions_name_with_gemeenten_is_the_region(sentence, expected):
    assert regions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is een Waddengemeente met een eigen veerdienst.",  # singular: one of a kind
        "De Buurgemeenten kopen de jeugdhulp zelf in.",  # no region's name
        "De Randgemeenten groeien sneller dan de stad.",
        "Ook de Regiogemeenten willen een eigen loket.",
    ],
)
def test_no_region_from_another_compound(sentence):
    assert regions(sentence) == []


def test_the_compounds_are_those_the_pattern_finds_in_the_whole_text():
    """The compounds are tried only at the runs around "gemeenten": the same matches."""
    from pathlib import Path

    from kg.extract.regioncompounds import _COMPOUND, _compounds

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    texts.append("Peel-gemeenten, _Agemeenten, X-Ygemeentengemeenten en Éénsgemeenten; gemeenten.")
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in _COMPOUND.finditer(text)]
        assert [(m.span(), m.group(1)) for m in _compounds(text)] == expected
