"""A fraction of an average is a ratio against its reference (kg/extract/fractionof.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "reference"),
    [
        (
            "Het aantal bijstandsuitkeringen is de helft van het landelijk gemiddelde.",
            "0.5",
            "benefit-recipients",
            "national average",
        ),
        (
            "Het gebruik van jeugdhulp bedraagt driekwart van het provinciale gemiddelde.",
            "0.75",
            "share-youth-care",
            "provincial average",
        ),
        (
            "Dat is ongeveer de helft van het landelijk gemiddelde.",
            "0.5",
            "ratio-to-national",
            "national average",
        ),
    ],
)
def test_a_fraction_of_an_average_is_a_lower_ratio(sentence, value, measure, reference):
    _doc, ex = extract_text(sentence)
    got = [(i.value, i.unit, i.measure, i.comparison, i.reference) for i in ex.indicators]
    assert got == [(Decimal(value), "ratio", measure, "lower", reference)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De helft van de inwoners is ouder dan 50 jaar.",
        "Een kwart van de huishoudens heeft een inkomen onder het gemiddelde.",
    ],
)
def test_a_fraction_of_a_group_stays_a_share(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.unit for i in ex.indicators if i.value is not None] == ["percent"]


def test_a_fraction_of_the_national_figure_takes_the_measure_of_the_figure_before_it():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "Het aandeel inwoners met een niet-westerse migratieachtergrond ligt met 6% ongeveer op"
        " de helft van het landelijke cijfer."
    )
    level, ratio = ex.indicators
    assert (ratio.value, ratio.unit, ratio.reference) == (
        Decimal("0.5"),
        "ratio",
        "national average",
    )
    assert ratio.measure == level.measure is not None


def test_a_fraction_of_the_national_figure_alone_is_a_ratio_to_it():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Dat is de helft van het landelijk gemiddelde.")
    assert [i.measure for i in ex.indicators] == ["ratio-to-national"]


def test_a_fraction_of_what_something_cost_is_a_ratio_not_a_share():
    _, ex = extract_text("Per plek krijgen we minder dan de helft van wat een Wsw-plek kostte.")
    assert [(i.value, i.unit, i.comparison) for i in ex.indicators] == [
        (Decimal("0.5"), "ratio", "lower")
    ]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        (
            "Bijstand: 31 per 1.000 inwoners, minder dan de helft van buurstad Rotterdam.",
            "rotterdam",
        ),
        ("Het aantal meldingen is ruim de helft van het naburige Vlaardingen.", "vlaardingen"),
        ("Het gebruik is de helft van buurgemeente Schiedam.", "schiedam"),
        ("De uitgaven, 40 euro per inwoner, de helft van Leiden, zijn laag.", "leiden"),
    ],
)
def test_a_fraction_of_a_neighbour_is_a_ratio_against_it(sentence, reference):
    _doc, ex = extract_text(sentence)
    ratios = [(i.value, i.comparison, i.reference) for i in ex.indicators if i.unit == "ratio"]
    assert ratios == [(Decimal("0.5"), "lower", reference)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De helft van Rotterdam woont in een huurwoning.",
        "Volgens de wethouder komt de helft van Nederland ooit met zorg in aanraking.",
    ],
)
def test_half_of_a_place_without_a_neighbour_or_figure_is_a_share(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.unit for i in ex.indicators if i.value is not None] == ["percent"]
