"""Money left over or short, stated with a separable verb (kg/extract/leftover.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.leftover import left_over
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "amount", "key"),
    [
        ("De gemeente hield op de Wmo 6 ton over.", "6 ton", "surplus"),
        ("Op de jeugdzorg bleef € 500.000 over.", "€ 500.000", "surplus"),
        ("De gemeente houdt € 1 miljoen over op de Wmo.", "€ 1 miljoen", "surplus"),
        ("Er is in 2015 € 1,3 miljoen overgebleven.", "€ 1,3 miljoen", "surplus"),
        ("De gemeente heeft € 2 miljoen overgehouden.", "€ 2 miljoen", "surplus"),
        ("Voor de jeugdhulp kwam de gemeente € 2 miljoen tekort.", "€ 2 miljoen", "deficit"),
        # not left over: "over" as a preposition, or with another verb
        ("De gemeente houdt € 2 miljoen over drie jaar gespreid aan.", "€ 2 miljoen", None),
        ("De gemeente kwam € 2 miljoen over.", "€ 2 miljoen", None),
        ("De gemeente geeft € 2 miljoen uit aan de Wmo.", "€ 2 miljoen", None),
    ],
)
def test_left_over(sentence, amount, key):
    a = sentence.index(amount)
    assert left_over(sentence, 0, a, a + len(amount), len(sentence)) == key


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("De gemeente hield in 2015 op de Wmo 6 ton over.", 600000, "surplus"),
        ("Op het budget voor de jeugdzorg bleef € 500.000 over.", 500000, "surplus"),
        ("Voor de jeugdhulp kwam de gemeente € 2 miljoen tekort.", 2000000, "deficit"),
        ("De gemeente geeft € 2 miljoen uit aan de Wmo.", 2000000, "budget"),
    ],
)
def test_the_amount_takes_the_measure(sentence, value, measure):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [
        (Decimal(value), "EUR", measure)
    ]
