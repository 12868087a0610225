"""A predicate's verdict over a tone word inside its fronted subject (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.subjectcues import predicate_over_subject
from kg.extract.toneframes import Cue


def _cue(s: str, word: str, sign: int) -> Cue:
    at = s.index(word)
    return Cue(at, at + len(word), sign)


def test_the_word_inside_the_subject_gives_way():
    s = "Een betere afstemming met de scholen is lastig te realiseren."
    cues = [_cue(s, "betere", 1), _cue(s, "lastig", -1)]
    assert [c.sign for c in predicate_over_subject(s, [(0, len(s))], cues)] == [-1]


def test_a_subject_without_a_determiner_or_a_word_after_the_verb_stays():
    s = "Goede afspraken maken is lastig."
    cues = [_cue(s, "Goede", 1), _cue(s, "lastig", -1)]
    assert len(predicate_over_subject(s, [(0, len(s))], cues)) == 2
    s = "De samenwerking is goed maar lastig."
    cues = [_cue(s, "goed", 1), _cue(s, "lastig", -1)]
    assert len(predicate_over_subject(s, [(0, len(s))], cues)) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het vinden van geschikte woonruimte voor statushouders is lastig.", "negative"),
        ("De kwetsbare positie van jonge mantelzorgers is verbeterd.", "positive"),
        ("De goede samenwerking met de huisartsen staat onder druk.", "negative"),
    ],
)
def test_the_predicate_is_the_verdict(sentence, expected):
    assert polarity_of(sentence) == expected
