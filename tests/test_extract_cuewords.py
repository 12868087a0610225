"""Tests for kg.extract.cuewords: a one-word tone cue read against its clause."""

from __future__ import annotations

import pytest

from kg.extract.cuewords import word_reading
from kg.extract.negation import words
from kg.extract.tone import Cue


def _read(sentence: str, word: str, sign: int):
    at = sentence.index(word)
    tokens = [(s, w) for s, _e, w in words(sentence, 0, len(sentence))]
    before = [w for s, w in tokens if s < at]
    after = [w for s, w in tokens if s >= at + len(word)]
    return word_reading(sentence, (0, len(sentence)), Cue(at, at + len(word), sign), before, after)


@pytest.mark.parametrize(
    ("sentence", "word", "sign", "expected"),
    [
        ("Bij de keuze weegt de reistijd zwaar mee.", "zwaar", -1, None),  # a degree
        ("Het verbeteren van de toegang heeft voorrang.", "verbeteren", 1, None),  # an activity
        ("De samenwerking met de huisartsen kan beter.", "beter", 1, -1),  # room to improve
        ("Het lukt de gemeente niet om de uitgaven te beheersen.", "lukt", 1, -1),  # negated after
        ("De beoogde besparingen zijn niet gehaald.", "besparingen", 1, -1),  # predicate denied
        ("Het aantal klachten neemt af.", "klachten", -1, 1),  # a difficulty in decline
        ("Vroeger was de zorg beter geregeld.", "beter", 1, -1),  # better in the past
        ("De zorg is goed geregeld.", "goed", 1, 1),  # a plain verdict
    ],
)
def test_a_tone_word_is_read_in_its_clause(sentence, word, sign, expected):
    read = _read(sentence, word, sign)
    assert (read.sign if read is not None else None) == expected
