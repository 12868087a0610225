"""A neighbour named by an apposition (kg.extract.apposedneighbours): invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.apposedneighbours import gate
from tests.test_extract_relations import OWN, relations


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Met Leusden, de buurgemeente aan de overkant van de rivier, deelt Teststad een"
            " meldpunt.",
            "leusden",
        ),
        ("Heerlen, de buurgemeente in het oosten, koopt samen met Teststad in.", "heerlen"),
        ("De cliënten gaan vaak naar Leusden, de grotere buurstad.", "leusden"),
        ("Met Zeist, onze zuidelijke buurgemeente, is een convenant gesloten.", "zeist"),
    ],
)
def test_a_municipality_described_as_the_neighbour_borders_on_it(sentence, other):
    assert ("borders-on", OWN, f"municipality/{other}") in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Leusden, de grootste gemeente van de regio, koopt samen met Teststad in.", "leusden"),
        ("Met Zeist, een buurgemeente van Utrecht, is weinig contact.", "zeist"),
        ("Heerlen, de centrumgemeente, voert de opvang uit.", "heerlen"),
    ],
)
def test_another_description_or_anothers_neighbour_is_no_border(sentence, other):
    assert ("borders-on", OWN, f"municipality/{other}") not in relations(sentence)


def test_the_gate_asks_for_the_word():
    assert gate("met a, de buurgemeente") and not gate("met a, de gemeente")
