"""Principles of a policy named, not judged (:mod:`kg.extract.principles`; invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.principles import principled
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    return Cue(s.index(word), s.index(word) + len(word), sign)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het nieuwe beleidsplan gaat uit van de eigen kracht van de inwoners.",
        "De visie legt de nadruk op eigen kracht en op de rol van vrijwilligers.",
        "Volgens de wethouder verschoof het accent van continuïteit naar vernieuwing.",
        "Het beleid rust op de gedachte dat bewoners eerst zelf een oplossing zoeken.",
    ],
)
def test_a_principle_named_judges_nothing(sentence):
    assert polarity_of(sentence) == "neutral"


def test_a_principle_judged_keeps_its_verdict():
    # "de koers is helder": the course judged, no principle's content opened
    s = "De koers van het college is helder."
    assert principled(s, 0, len(s), [_cue(s, "helder", 1)]) == [_cue(s, "helder", 1)]
    # an expectation ("gaat ervan uit dat") is no principle
    s = "Het college gaat ervan uit dat de nieuwe aanpak succesvol is."
    assert principled(s, 0, len(s), [_cue(s, "succesvol", 1)]) == [_cue(s, "succesvol", 1)]


def test_a_difficulty_after_a_principle_keeps_its_reading():
    s = "De nota gaat uit van eigen kracht, maar de wachtlijsten zijn lang."
    cues = [_cue(s, "kracht", 1), _cue(s, "lang", -1)]
    assert principled(s, 0, len(s), cues) == [_cue(s, "lang", -1)]
    # a word of approval after the turn judges again
    s = "Het plan gaat uit van eigen kracht, maar de uitvoering is goed."
    assert principled(s, 0, len(s), [_cue(s, "goed", 1)]) == [_cue(s, "goed", 1)]
