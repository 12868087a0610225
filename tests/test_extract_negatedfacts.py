"""Negations that state an arrangement or an aim (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.negatedfacts import arrangement


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Veendam maakt geen deel uit van de regionale inkoop.", "neutral"),
        ("Aan het platform van de provincie neemt de gemeente geen deel.", "neutral"),
        ("De gemeente is niet aangesloten bij de regionale sociale dienst.", "neutral"),
        ("Ouders moeten volgens de wethouder niet voor elk formulier naar het loket hoeven.",
         "neutral"),
        # a plain negation still falls short
        ("Het verzoek van de huisartsen werd niet ingewilligd.", "negative"),
    ],
)  # fmt: skip
def test_a_negated_arrangement_is_neutral(sentence, expected):
    assert polarity_of(sentence) == expected


def test_arrangement_needs_every_negator_to_deny_a_membership():
    words = ["de", "gemeente", "maakt", "geen", "deel", "uit", "en", "werkt", "niet", "goed"]
    assert not arrangement(words, [3, 8])
    assert arrangement(["de", "gemeente", "is", "geen", "lid"], [3])
