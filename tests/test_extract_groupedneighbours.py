"""Neighbours named together by a plural apposition (kg.extract.groupedneighbours):
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.groupedneighbours import gate
from tests.test_extract_relations import OWN, relations


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        (
            "In de regio werken wij het meest samen met Leusden en Baarn, onze buurgemeenten.",
            ("leusden", "baarn"),
        ),
        (
            "Met Zeist, Baarn en Leusden, de directe buurgemeenten, is een convenant gesloten.",
            ("zeist", "baarn", "leusden"),
        ),
    ],
)
def test_each_municipality_of_the_list_borders_on_the_profile(sentence, others):
    found = relations(sentence)
    for other in others:
        assert ("borders-on", OWN, f"municipality/{other}") in found


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # another's neighbours
        ("Met Leusden en Baarn, de buurgemeenten van Utrecht, is weinig contact.", "leusden"),
        # the list is broken by other words before the apposition
        (
            "Leusden werkt samen met ons en met de scholen in Baarn, onze buurgemeenten.",
            "leusden",
        ),
    ],
)
def test_anothers_neighbours_or_a_broken_list_is_no_border(sentence, other):
    assert ("borders-on", OWN, f"municipality/{other}") not in relations(sentence)


def test_the_gate_asks_for_the_plural():
    assert gate("a en b, onze buurgemeenten") and not gate("a en b, onze partners")
