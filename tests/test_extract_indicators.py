"""Indicator parsing on small synthetic sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def indicators(sentence):
    doc, ex = extract_text(sentence)
    return doc, ex.indicators


def only(sentence):
    doc, found = indicators(sentence)
    assert len(found) == 1, [(doc.text[i.start : i.end], i.value) for i in found]
    return doc, found[0]


def test_approximate_count_with_qualifier():
    doc, ind = only("Er wonen iets minder dan 30.000 inwoners.")
    assert (ind.value, ind.unit, ind.approximate) == (Decimal(30000), "count", True)
    assert ind.qualifier == "iets minder dan"
    assert doc.text[ind.start : ind.end].startswith("iets minder dan 30.000")


def test_ton_is_a_hundred_thousand_euro():
    _, ind = only("Op het budget moet volgend jaar al 8 ton bezuinigd worden.")
    assert (ind.value, ind.unit) == (Decimal(800000), "EUR")


def test_euro_per_inhabitant_with_dash():
    _, ind = only("Dat is ongeveer € 850,- per inwoner.")
    assert (ind.value, ind.unit, ind.approximate) == (Decimal(850), "EUR per inhabitant", True)


def test_national_value_after_tegenover():
    _, ind = only("Het aandeel is 4% tegenover 12% landelijk.")
    assert (ind.value, ind.unit) == (Decimal(4), "percent")
    assert ind.national_value == Decimal(12)
    assert (ind.comparison, ind.reference) == ("lower", "national average")


def test_national_values_in_the_next_sentence():
    doc, ex = extract_text(
        "De gemeente bestaat voor 33% uit jongeren en voor 15% uit ouderen. "
        "De landelijke percentages zijn 29% en 18%."
    )
    got = {(i.value, i.national_value, i.comparison) for i in ex.indicators}
    assert got == {
        (Decimal(33), Decimal(29), "higher"),
        (Decimal(15), Decimal(18), "lower"),
    }


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Er zijn uiteindelijk twee inwoners op af gekomen.", Decimal(2), "count"),
        ("Het aantal ligt twee maal zo hoog als gebruikelijk.", Decimal(2), "ratio"),
        ("Veertig jaar lang is het zo gegaan.", Decimal(40), "years"),
        ("Een half jaar lang is dat geprobeerd.", Decimal(6), "months"),
        ("Er is één sociaal team.", Decimal(1), "count"),
    ],
)
def test_numbers_in_words(sentence, value, unit):
    _, ind = only(sentence)
    assert (ind.value, ind.unit) == (value, unit)


def test_vague_number_is_a_count_without_value():
    _, ind = only("Duizenden mensen leven op het bestaansminimum.")
    assert (ind.value, ind.unit, ind.approximate) == (None, "count", True)


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        ("Het gebruik van de Wmo ligt lager dan landelijk.", "lower", "national average"),
        ("Het aantal gebruikers van jeugdzorg is laag.", "lower", None),
        ("Opvallend is dat stapeling veel vaker voorkomt.", "more", None),
        ("Op de indicatoren scoort de gemeente hoger dan gemiddeld.", "higher", "national average"),
    ],
)
def test_qualitative_comparison_has_no_value(sentence, comparison, reference):
    _, ind = only(sentence)
    assert (ind.value, ind.unit) == (None, None)
    assert (ind.comparison, ind.reference) == (comparison, reference)


def test_coordinated_subjects_give_one_observation_each():
    _, found = indicators("Het aandeel gebruikers en de stapeling van voorzieningen ligt hoger.")
    assert len(found) == 2
    assert all(i.value is None and i.comparison == "higher" for i in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gaat om één gezin, één plan, één regisseur.",
        "Voor 1 januari 2015 was dat anders.",
        "Dat geldt voor inwoners van 65 jaar en ouder.",
        "Het is prioriteit 1, 2 en 3.",
        "Bij pech van de één dragen de anderen bij.",
    ],
)
def test_numbers_that_are_not_values(sentence):
    _, found = indicators(sentence)
    assert found == []
