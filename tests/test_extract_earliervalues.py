"""An earlier value pointed back to with "dat" takes the measure of the figure it repeats."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("paragraph", "earlier", "measure"),
    [
        (
            "Het aantal bijstandsgerechtigden is 820. In 2013 was dat nog 700.",
            Decimal(700),
            "benefit-recipients",
        ),
        (
            "De werkloosheid bedraagt 5,8%. Vijf jaar geleden was dat nog 4,1%.",
            Decimal("4.1"),
            "unemployment-rate",
        ),
        (
            "Er wonen 31.500 mensen; in 2000 waren dat er ruim 29.000.",
            Decimal(29000),
            "inhabitants",
        ),
        (
            "De werkloosheid bedraagt 4,6% (2013: 5,2%).",
            Decimal("5.2"),
            "unemployment-rate",
        ),
        (
            "Er zijn 410 mantelzorgers. In 2012 lag het aantal nog op 350.",
            Decimal(350),
            "informal-carers",
        ),
    ],
)
def test_an_earlier_value_takes_the_measure_it_points_back_to(paragraph, earlier, measure):
    _, ex = extract_text(paragraph)
    assert {i.value: i.measure for i in ex.indicators}[earlier] == measure


def test_an_earlier_value_in_another_unit_keeps_none():
    _, ex = extract_text("Het aantal cliënten is 820. In 2013 was dat nog 7%.")
    assert {i.value: i.measure for i in ex.indicators}[Decimal(7)] is None


def test_an_earlier_value_reads_only_its_own_sentence_and_the_one_before():
    _, ex = extract_text(
        "De gemeente telt 31.000 inwoners. Dat is een kleine gemeente. "
        "Er werken veel mensen in de zorg. In 2010 was dat nog 900."
    )
    assert {i.value: i.measure for i in ex.indicators}[Decimal(900)] is None


def test_an_earlier_value_against_the_figure_is_one_change_with_it():
    # "640, tegen 700 een jaar eerder" reads as "van 700 naar 640" (kg.extract.fromto)
    _, ex = extract_text("Het aantal WW-uitkeringen is 640, tegen 700 een jaar eerder.")
    assert [(i.value, i.measure, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal(640), "unemployment-benefits", "decrease", "previous year")
    ]
