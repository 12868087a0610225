"""The year a change or a ratio is set against (kg.extract.yearreferences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.model import Indicator
from kg.extract.yearreferences import named_years
from tests.extract_helpers import extract_text


def _refs(sentence):
    doc, ex = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.reference) for i in ex.indicators]


@pytest.mark.parametrize(
    ("sentence", "quote_part", "year"),
    [
        (
            "De corporatie moest 200 statushouders huisvesten, twee keer zo veel als in 2015.",
            "twee keer",
            "2015",
        ),
        (
            "De gemeente moet 190 statushouders huisvesten, bijna het dubbele van 2014.",
            "dubbele",
            "2014",
        ),
        ("De taakstelling is ruim twee keer zo hoog als die van 2014.", "twee keer", "2014"),
    ],
)
def test_a_ratio_against_a_named_year_has_the_year(sentence, quote_part, year):
    found = [r for q, r in _refs(sentence) if quote_part in q]
    assert found == [year]


def test_the_year_before_unnamed_stays_the_previous_year():
    found = _refs("De voedselbank telde 300 klanten, twee keer zo veel als het jaar ervoor.")
    assert ("previous year" in [r for _, r in found]) and not any(
        r and r.isdigit() for _, r in found
    )


def test_a_change_since_a_year_has_that_year():
    s = "Het aantal meldingen is sinds 2014 bijna verdubbeld."
    ind = Indicator(0, len(s) - 1, 0, None, "", Decimal(2), "ratio", True, "bijna", "increase")
    assert named_years(s, [ind])[0].reference == "2014"


def test_a_level_without_change_keeps_no_reference():
    s = "Het aandeel is sinds 2014 7%."
    ind = Indicator(26, 28, 0, None, "", Decimal(7), "percent")
    assert named_years(s, [ind])[0].reference is None


def test_a_year_past_the_figure_clause_is_not_read():
    s = "Het aantal steeg met 10% ten opzichte van vorig jaar, en lag lager dan in 2013."
    ind = Indicator(
        11, 52, 0, None, "", Decimal(10), "percent", False, None, "increase", "previous year"
    )
    assert named_years(s, [ind])[0].reference == "previous year"


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Het aantal mantelzorgers dat zich meldt is sinds 2014 bijna verdubbeld.", "2014"),
        ("Het aantal thuiszitters is in twee jaar bijna gehalveerd.", "two years ago"),
        ("Naar verwachting zal het aantal 85-plussers in tien jaar verdubbelen.", None),
    ],
)
def test_the_start_of_a_change_in_its_clause_is_its_reference(sentence, reference):
    assert [r for _, r in _refs(sentence)] == [reference]


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        # a figure compared with some years back: a change over those years
        (
            "De schuldhulp telde 1.900 aanmeldingen, een kwart meer dan twee jaar eerder.",
            "increase",
            "two years ago",
        ),
        (
            "Het aantal meldingen ligt nu 20% hoger dan drie jaar geleden.",
            "increase",
            "three years ago",
        ),
        (
            "Het aantal cliënten is twee keer zo hoog als tien jaar geleden.",
            "increase",
            "ten years ago",
        ),
        (
            "Het aantal aanvragen lag 15% lager dan vier jaar daarvoor.",
            "decrease",
            "four years ago",
        ),
    ],
)
def test_a_figure_compared_with_some_years_back(sentence, comparison, reference):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators if i.comparison] == [
        (comparison, reference)
    ]
