"""The shape of a heading line (kg.headingshapes), on invented lines."""

from __future__ import annotations

import pytest

from kg.headingshapes import figure_follows, heading_shape


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("Zorggebruik", "De wachttijd is lang."),
        ("Regionale samenwerking", "‘Het gaat goed’, zegt de wethouder."),
        ("Noten", "[1] De raad besloot in mei."),
        ("Financiën sociaal domein", None),
    ],
)
def test_a_heading_shape(line, nxt):
    assert heading_shape(line, nxt)


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("De gemeente werkt samen met", "de buurgemeenten in de regio."),
        ("Het loket is open.", "De wachttijd is lang."),
        ("V: Hoe gaat het met de teams?", "A: Goed."),
        ("Zorggebruik", "14 maart 2016"),
    ],
)
def test_no_heading_shape(line, nxt):
    assert not heading_shape(line, nxt)


@pytest.mark.parametrize(
    ("nxt", "expected"),
    [("22 september 2016", True), ("2015: 310 cliënten", True), ("De raad.", False), (None, False)],
)
def test_a_figure_follows(nxt, expected):
    assert figure_follows(nxt) is expected
