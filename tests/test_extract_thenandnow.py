"""kg.extract.thenandnow: a figure of an earlier moment and the later figure, one change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _figures(sentence: str) -> list[tuple]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.unit, i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2014 kreeg 6,2% van de kinderen jeugdhulp; in 2017 was dat 7,5%.",
            (Decimal("7.5"), "percent", "increase", "2014"),
        ),
        (
            "Het aantal klachten bleef nagenoeg gelijk: 52 in 2014 tegen 51 in 2016.",
            (Decimal(51), "count", "equal", "2014"),
        ),
        (
            "Van de 80 plaatsen in 2014 zijn er nu nog 65 over.",
            (Decimal(65), "count", "decrease", "2014"),
        ),
        (
            "In 2014 hield een consulent twee gesprekken per dag, nu zijn het er vier.",
            (Decimal(4), "count", "increase", "2014"),
        ),
    ],
)
def test_the_later_figure_is_one_change_against_the_earlier_year(sentence, expected):
    assert _figures(sentence) == [expected]


def test_a_later_figure_with_a_verb_of_change_keeps_its_direction_and_takes_the_year():
    figures = _figures(
        "In 2014 verwezen huisartsen ongeveer de helft van de kinderen; in 2017 is hun "
        "aandeel gestegen tot 60%."
    )
    assert figures == [(Decimal(60), "percent", "increase", "2014")]


def test_an_earlier_figure_that_changed_itself_stays_and_sets_the_next_moment():
    figures = _figures(
        "In 2014 kregen 500 mensen een maaltijd; na de bezuiniging van 2015 daalde dat aantal "
        "tot 400, om in 2017 weer op te lopen tot 450."
    )
    assert (Decimal(400), "count", "decrease", "2014") in figures
    assert (Decimal(450), "count", "increase", "2015") in figures
    assert all(value != 500 for value, *_ in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        # two moments but two things counted: no pointer back
        "In 2014 werkten 30 consulenten in de teams, in 2016 kwamen 12 nieuwe aanbieders bij.",
        # no moment for the later figure
        "In 2014 hadden 300 inwoners een uitkering en 40 van hen werk.",
    ],
)
def test_figures_of_different_things_or_without_a_later_moment_stay_apart(sentence):
    assert len(_figures(sentence)) == 2


def test_a_change_in_the_same_period_takes_the_start_of_the_period_named_before():
    _, extraction = extract_text(
        "Het aandeel ouderen steeg van 17% in 2014 naar 19% in 2017. Het aandeel jongeren "
        "daalde in dezelfde periode met een procentpunt, tot 27%."
    )
    assert [(i.value, i.comparison, i.reference) for i in extraction.indicators] == [
        (Decimal(19), "increase", "2014"),
        (Decimal(27), "decrease", "2014"),
    ]


def test_a_change_between_two_years_is_set_against_the_first():
    _, extraction = extract_text("Het budget voor de Wmo is tussen 2015 en 2017 met 11% gekort.")
    assert [(i.value, i.comparison, i.reference, i.measure) for i in extraction.indicators] == [
        (Decimal(11), "decrease", "2015", "budget-cut")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the past first, the present after it
        (
            "Vroeger had ik na tien minuten een indicatie, nu zit ik er anderhalf uur.",
            (Decimal(90), "increase", "in the past"),
        ),
        # last year against now
        (
            "Vorig jaar waren het er in Boxtel nog negen, nu zijn het er vier.",
            (Decimal(4), "decrease", "previous year"),
        ),
        # the present first, the past after it
        (
            "Elke cliënt vraagt nu drie formulieren waar vroeger één volstond.",
            (Decimal(3), "increase", "in the past"),
        ),
    ],
)
def test_a_figure_of_the_past_and_one_of_the_present_are_one_change(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [expected]
