"""Index figures against a base year (kg/extract/indexfigures.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Met 2010 als 100 stond het aantal banen in de gemeente in 2015 op index 94.",
            [(Decimal(94), "index", "decrease", "2010")],
        ),
        (
            "Het aantal banen (2012 = 100) steeg tot index 108.",
            [(Decimal(108), "index", "increase", "2012")],
        ),
    ],
)
def test_an_index_is_set_against_its_base_year(sentence, expected):
    _doc, ex = extract_text(sentence)
    found = [(i.value, i.unit, i.comparison, i.reference) for i in ex.indicators]
    assert found == expected


def test_a_hundred_without_a_base_year_stays_a_figure():
    _doc, ex = extract_text("In 2015 kwamen er 100 nieuwe cliënten bij.")
    assert [i.value for i in ex.indicators] == [Decimal(100)]
