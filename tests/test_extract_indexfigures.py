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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the national level after the index: the country is 100
        (
            "Het gebruik van de Wmo ligt op index 96, iets onder het landelijk niveau.",
            (Decimal(96), "lower", "national average", Decimal(100)),
        ),
        (
            "De zorgkosten staan op index 112 ten opzichte van het landelijk gemiddelde.",
            (Decimal(112), "higher", "national average", Decimal(100)),
        ),
    ],
)
def test_an_index_against_the_country_has_the_country_as_100(sentence, expected):
    _doc, ex = extract_text(sentence)
    found = [(i.value, i.comparison, i.reference, i.national_value) for i in ex.indicators]
    assert found == [expected]


def test_an_index_in_apposition_takes_the_figure_s_measure():
    _doc, ex = extract_text(
        "De gemeente ontvangt circa € 430 per inwoner, index 91 ten opzichte van het landelijk "
        "gemiddelde."
    )
    measures = [(i.value, (i.measure or "").rsplit("/", 1)[-1]) for i in ex.indicators]
    assert measures == [(Decimal(430), "euro-per-inhabitant"), (Decimal(91), "euro-per-inhabitant")]
