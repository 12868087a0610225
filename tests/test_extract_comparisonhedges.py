"""A hedged comparison without a figure is approximate (kg/extract/comparisonhedges.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("De ervaren gezondheid ligt iets onder het landelijk gemiddelde.", "iets"),
        ("De inkomens liggen rond het gemiddelde.", "rond"),
        ("Het aandeel ouderen is licht gestegen.", "licht"),
        ("Het aandeel ouderen is nagenoeg gelijk aan het landelijk gemiddelde.", "nagenoeg"),
        ("De politie merkt dat er meer zwervers buiten lijken te slapen.", "lijken"),
        # not hedged: an intensifier, or "net zo" (just as)
        ("Het aandeel jongeren is veel hoger dan gemiddeld.", None),
        ("Het aandeel ouderen ligt fors boven het landelijk gemiddelde.", None),
        ("De gemeente telt net zo weinig niet-westerse migranten als andere gemeenten.", None),
    ],
)
def test_a_hedge_makes_the_comparison_approximate(sentence, qualifier):
    _doc, ex = extract_text(sentence)
    got = [(i.approximate, i.qualifier) for i in ex.indicators]
    assert got == [(qualifier is not None, qualifier)]
