"""A difficulty named as what the work addresses (kg/extract/addressed.py), invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the object of focus or countering: no difficulty stated
        ("Het sociaal team richt zich op eenzaamheid onder ouderen.", "neutral"),
        ("De gemeente besteedt veel aandacht aan armoede onder kinderen.", "neutral"),
        ("De aanpak van laaggeletterdheid is een speerpunt.", "neutral"),
        ("Ter bestrijding van armoede is er een fonds.", "neutral"),
        ("De gemeente wil eenzaamheid tegengaan.", "neutral"),
        ("Het project moet schulden voorkomen.", "neutral"),
        ("Om eenzaamheid te voorkomen organiseert de gemeente activiteiten.", "neutral"),
        ("De gemeente pakt de wachtlijsten aan met extra personeel.", "neutral"),
        # what is said of the effort, or the difficulty itself, still judges
        ("De aanpak van schulden schiet tekort.", "negative"),
        ("Het lukt niet om de wachtlijsten aan te pakken.", "negative"),
        ("Eenzaamheid onder ouderen is een groot probleem.", "negative"),
        ("Er is veel armoede in de wijk.", "negative"),
    ],
)
def test_a_difficulty_addressed_is_the_object_of_the_work(sentence, expected):
    assert polarity_of(sentence) == expected
