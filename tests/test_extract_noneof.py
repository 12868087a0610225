"""A count of none (kg/extract/noneof.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

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
