"""The parts of a figure's reading: qualifier, adjective cue, plain value, carried measure."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.figureparts import (
    APPROXIMATE,
    adjective_cue,
    carry_measures,
    clean_value,
    qualifier_span,
)
from kg.extract.measures import load_measures
from kg.extract.model import Indicator


def test_a_qualifier_is_read_as_a_whole_word_before_the_figure():
    s = "De gemeente telt ruim 80.000 inwoners en bijna 20% ouderen."
    assert qualifier_span(s, s.index("80"), 0) == ("ruim", s.index("ruim"))
    assert qualifier_span(s, s.index("20"), s.index("en ")) == ("bijna", s.index("bijna"))
    assert qualifier_span("Het kruim 8", 10, 0) == (None, 10)


def test_bounds_are_not_approximations():
    assert "ongeveer" in APPROXIMATE and "ruim" in APPROXIMATE
    assert "maximaal" not in APPROXIMATE and "minstens" not in APPROXIMATE


def test_an_adjective_before_a_cue_keeps_the_cue():
    s = "zo'n twintig nieuwe mantelzorgers"
    noun = re.compile(r"\s*(?:[\w-]+e\s+)?(?P<noun>[\w-]+(?:en|s))\b")
    plural = noun.match(s, s.index(" nieuwe"))
    assert adjective_cue(load_measures(), s, plural, len(s)) == ("mantelzorgers", len(s))
    bare = re.match(r"(?P<noun>[\w-]+s)\b", "mantelzorgers")
    assert adjective_cue(load_measures(), "mantelzorgers", bare, 13) is None


def test_a_difference_without_measure_takes_the_one_before():
    kept = [
        Indicator(0, 3, 0, "unemployment-rate", "", Decimal(6), "percent"),
        Indicator(5, 9, 0, None, "", Decimal(1), "percent"),
        Indicator(12, 15, 0, None, "", Decimal(40), "count"),
    ]
    assert carry_measures(kept, [False, True, False], None) == "unemployment-rate"
    assert [k.measure for k in kept] == ["unemployment-rate", "unemployment-rate", None]


def test_values_are_plain():
    assert str(clean_value(Decimal("2.8E+6"))) == "2800000"
    assert str(clean_value(Decimal("7.40"))) == "7.4"


def test_a_participle_read_as_the_noun_gives_the_cue_after_it():
    s = "ruim 300 geregistreerde en 2.400 ingeschreven mantelzorgers"
    noun = re.compile(r"\s*(?:[\w-]+e\s+)?(?P<noun>[\w-]+(?:en|s))\b")
    plural = noun.match(s, s.index(" ingeschreven"))
    assert adjective_cue(load_measures(), s, plural, len(s)) == ("mantelzorgers", len(s))
    other = noun.match("12 verloren dossiers", 2)
    assert adjective_cue(load_measures(), "12 verloren dossiers", other, 20) is None


def test_al_gauw_makes_a_figure_approximate():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Een herindicatie kost al gauw drie maanden.")
    assert [(i.value, i.approximate, i.qualifier) for i in ex.indicators] == [(3, True, "al gauw")]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # money that is no budget: a price, an allowance, a debt, a reserve
        ("Een ritprijs van € 2,80 per zone vinden cliënten te hoog.", None),
        ("De jaarlijkse mantelzorgwaardering van € 150,- blijft bestaan.", None),
        ("Het gemiddelde schuldbedrag bedraagt € 34.000.", None),
        # money with no other words is a budget
        ("Voor de Wmo is € 2 miljoen beschikbaar.", "budget"),
    ],
)
def test_money_that_is_no_budget_has_no_measure(sentence, measure):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert [i.measure.rsplit("/", 1)[-1] if i.measure else None for i in ex.indicators] == [measure]


def test_the_figure_of_an_elided_later_year_takes_the_measure_before_it():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "De jeugdhulp kostte in 2015 gemiddeld € 9.400 per cliënt, in 2016 € 10.300."
    )
    # the two moments are one change (gold README: then-and-now figures are one indicator)
    assert [(i.value, i.measure, i.reference) for i in ex.indicators] == [
        (Decimal(10300), "youth-care-costs", "2015"),
    ]
