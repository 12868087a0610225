"""Frames of need: a good thing said to be needed is said to be lacking (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import toneframes
from kg.extract.tone import Cue

_polarity = polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er is grote behoefte aan duidelijkheid over de financiering.", "negative"),
        ("Aanbieders hebben behoefte aan meer overzicht van de aanvragen.", "negative"),
        ("Een betere afstemming met de huisartsen is nodig.", "negative"),
        ("Snellere besluiten over de indicaties zijn noodzakelijk.", "negative"),
        # what it is needed for is an aim, not a lack of the good thing
        ("Er is geld nodig om goede zorg te leveren.", "neutral"),
    ],
)
def test_a_good_thing_needed_is_lacking(sentence, expected):
    assert _polarity(sentence) == expected


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
    assert toneframes.lacking(sentence, (0, len(sentence)), cue) is cue
