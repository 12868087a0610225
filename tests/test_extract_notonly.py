"""A judgement granted only in part: "niet alleen goed nieuws" with no second member."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.notonly import not_only
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    return Cue(s.index(word), s.index(word) + len(word), sign)


def test_not_only_left_open_is_divided():
    s = "Dat lagere cijfer is niet alleen goed nieuws."
    found = not_only(s, 0, len(s), [_cue(s, "goed nieuws", 1)])
    assert [(s[c.start : c.end], c.sign) for c in found] == [("niet alleen", 0)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the correlative completed: one-sided
        ("Het is niet alleen goed voor ouderen, maar ook voor jongeren.", "goed"),
        ("Het is niet alleen positief, het is ook verdiend.", "positief"),
        # the judgement word is no complement of "niet alleen"
        ("Het is niet alleen voor ouderen goed.", "goed"),
    ],
)
def test_not_only_near_misses(sentence, word):
    assert not_only(sentence, 0, len(sentence), [_cue(sentence, word, 1)]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volgens de raadsleden is de nieuwe regeling niet alleen goed nieuws.", "mixed"),
        ("Volgens de raadsleden is de daling niet alleen positief.", "mixed"),
        ("Volgens de raadsleden is de daling niet alleen positief, maar ook verdiend.", "positive"),
        (
            "Volgens de raadsleden is de regeling niet alleen goed voor ouderen maar ook voor "
            "jongeren.",
            "positive",
        ),
    ],
)
def test_polarity_of_not_only(sentence, expected):
    assert polarity_of(sentence) == expected
