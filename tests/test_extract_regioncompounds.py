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
