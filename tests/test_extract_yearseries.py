"""Tests for kg.extract.yearseries: a bracketed year series as the values of a change."""

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _read(sentence):
    doc, ex = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.value, i.comparison, i.reference) for i in ex.indicators]


def test_a_series_after_a_rate_of_change_is_one_observation_of_its_last_value():
    found = _read("De werkloosheid daalde met 1 procentpunt per jaar (2014: 7,1%; 2016: 5,3%).")
    series = [f for f in found if f[1] == Decimal("5.3")]
    assert [f[1:] for f in series] == [(Decimal("5.3"), "decrease", "2014")]
    assert series[0][0].startswith("1 procentpunt")
    assert not any(f[1] == Decimal("7.1") for f in found)  # the earlier value is no figure
    assert not any(f[1] == Decimal(1) for f in found)  # nor the points the levels state


def test_the_series_takes_the_measure_of_the_change_before_it():
    _, ex = extract_text(
        "Het aantal jongeren met jeugdhulp groeide met 6% (2014: 980; 2016: 1.115)."
    )
    measures = {i.value: (i.measure or "").rsplit("/", 1)[-1] for i in ex.indicators}
    assert measures[Decimal(1115)] == measures[Decimal(6)] == "clients"


def test_a_series_that_repeats_a_from_to_figure_adds_nothing_but_its_first_year():
    found = _read("Het aandeel 65-plussers steeg van 17% naar 20% (2011: 17%; 2016: 20%).")
    assert [(f[1], f[2], f[3]) for f in found] == [(Decimal(20), "increase", "2011")]


def test_a_change_without_a_figure_and_its_series_are_one_observation():
    sentence = "Het aantal cliënten is sinds 2014 gehalveerd (2014: 1.020; 2016: 510)."
    found = _read(sentence)
    assert [(f[1], f[2], f[3]) for f in found] == [(Decimal(510), "decrease", "2014")]
    assert found[0][0].startswith("Het aantal cliënten")


@pytest.mark.parametrize(
    "sentence",
    [
        # values per year without a change stated before them: each year its own value
        "Op de Wmo bleef in beide jaren geld over (2015: € 1,4 miljoen; 2016: € 0,9 miljoen).",
    ],
)
def test_a_series_without_a_figure_before_it_keeps_each_year_against_the_one_before(sentence):
    assert [f[1:] for f in _read(sentence)] == [
        (Decimal(1400000), None, None),
        (Decimal(900000), "decrease", "2015"),
    ]
