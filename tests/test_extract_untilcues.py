""" "Pas" before a time when nothing can be done, or before a condition (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.untilcues import until_cues


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De adviesraad krijgt de stukken pas als er niet meer aan te sleutelen valt.", ["pas"]),
        ("Integrale hulp is pas haalbaar wanneer de budgetten worden ontschot.", ["pas"]),
        # a date, a plain condition, no "pas"
        ("Het nieuwe loket opent pas in maart.", []),
        ("Gezinnen melden zich als het niet meer gaat.", []),
        ("Ouders zien het pas als de school belt.", []),
    ],
)
def test_until_cues(sentence, found):
    assert [sentence[c.start : c.end] for c in until_cues(sentence, 0, len(sentence))] == found


def test_too_late_is_negative():
    s = "Volgens de raad komen de voorstellen pas wanneer zij nauwelijks nog te wijzigen zijn."
    assert polarity_of(s) == "negative"
    assert polarity_of("Het nieuwe loket opent in maart.") == "neutral"
