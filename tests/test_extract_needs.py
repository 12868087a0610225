"""Tests for kg.extract.needs: a good thing needed or sought is lacking (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import needs
from kg.extract.tone import Cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is geen behoefte aan meer duidelijkheid over de regels.",
        "Misschien is er behoefte aan duidelijkheid over de regels.",
        "Het loket geeft duidelijkheid over de regels.",
    ],
)
def test_a_need_denied_supposed_or_absent_keeps_the_cue(sentence):
    word = "duidelijkheid"
    a = sentence.index(word)
    cue = Cue(a, a + len(word), 1)
    assert needs.lacking(sentence, (0, len(sentence)), cue) is cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is still sought is not found yet
        ("De gemeente is nog zoekende naar een goede aanpak.", "negative"),
        ("De gemeente is op zoek naar een betere verdeling van de middelen.", "negative"),
        # found, it is praise
        ("De gemeente heeft een goede aanpak gevonden.", "positive"),
    ],
)
def test_a_good_thing_sought_is_lacking(sentence, expected):
    assert polarity_of(sentence) == expected
