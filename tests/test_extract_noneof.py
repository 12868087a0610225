"""A count of none (kg/extract/noneof.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.noneof import none_of
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 1 januari 2015 is geen kind zonder zorg komen te zitten.",
        "Met de aanbieders is geregeld dat geen enkele cliënt tussen wal en schip valt.",
    ],
)
def test_geen_before_a_noun_of_people_is_a_count_of_zero(sentence):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [(Decimal(0), "count", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Van een tekort is geen sprake.",
        "De school krijgt geen bericht van het sociaal team.",
        "Geen van de gesprekspartners noemt de wachtlijst.",
    ],
)
def test_geen_before_other_words_is_a_negation(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.value for i in ex.indicators if i.value is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Er kwamen vijf klachten binnen; geen enkele is gegrond verklaard.",
        "Elke week een nieuw formulier, en geen enkele werkte echt.",
        "Wij kregen drie aanbiedingen, maar geen enkele paste bij ons budget.",
        "Ze probeerden alle regelingen; geen enkele hielp.",
    ],
)
def test_geen_enkele_standing_for_a_noun_before_it_is_a_count_of_none(text):
    found = none_of(text, 0, len(text))
    assert [(text[n.start : n.end].lower(), n.value) for n in found] == [("geen enkele", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Dat heeft geen enkele zin.",
        "Er is geen enkele reden tot zorg.",
        "Geen enkele twijfel daarover.",
    ],
)
def test_geen_enkele_before_another_noun_is_a_negation(text):
    assert none_of(text, 0, len(text)) == []
