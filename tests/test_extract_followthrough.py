"""Tests for kg.extract.followthrough: words not turned into deeds, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import followthrough


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het blijft bij woorden.", "negative"),
        ("Tot nu toe is het bij woorden gebleven.", "negative"),
        # the approving words name what stayed unrealised
        ("Het bleef bij goede voornemens.", "negative"),
        ("Er wordt veel gepraat, maar het blijft bij praten.", "negative"),
        # plans that do not get off the ground
        ("Het project komt niet van de grond.", "negative"),
        ("De plannen komen nauwelijks van de grond.", "negative"),
    ],
)
def test_follow_through_that_fails_is_negative(sentence, expected):
    assert polarity_of(sentence) == expected


def test_follow_through_granted_is_no_cue():
    s = "Het blijft niet bij woorden: er is een loket geopend."
    assert followthrough.cues(s, 0, len(s)) == []
    s = "De wethouder blijft bij haar standpunt."
    assert followthrough.cues(s, 0, len(s)) == []
