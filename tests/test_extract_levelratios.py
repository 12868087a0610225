"""A multiple of a named level: "anderhalf keer het landelijke cijfer" (levelratios.py)."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.levelratios import level_ratio
from tests.extract_helpers import extract_text


def test_a_multiple_of_the_national_figure_is_a_ratio_above_it():
    _doc, ex = extract_text(
        "De werkloosheid bedroeg 9,2%, ruim anderhalf keer het landelijke cijfer van 6,1%."
    )
    ratios = [i for i in ex.indicators if i.unit == "ratio"]
    assert [(i.value, i.comparison, i.reference, i.approximate) for i in ratios] == [
        (Decimal("1.5"), "higher", "national average", True)
    ]
    levels = [i for i in ex.indicators if i.unit == "percent"]
    assert [(i.value, i.national_value) for i in levels] == [(Decimal("9.2"), Decimal("6.1"))]


def test_a_bare_average_is_the_national_one_and_a_factor_under_one_is_lower():
    s = "Het aandeel was half keer het gemiddelde."
    assert level_ratio(s, s.index("half"), len(s), Decimal("0.5")) == (
        "lower",
        "national average",
    )
    s = "bijna twee keer het provinciale aandeel"
    assert level_ratio(s, 0, len(s), Decimal(2)) == ("higher", "province")


def test_a_ratio_with_a_degree_word_is_not_read_here():
    s = "twee keer zo hoog als landelijk"
    assert level_ratio(s, 0, len(s), Decimal(2)) is None
