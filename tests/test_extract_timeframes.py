"""kg.extract.timeframes: spans of time that frame a statement (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.numbers import find_numbers
from kg.extract.timeframes import is_time_frame


def frames(sentence: str) -> list[tuple[str, bool]]:
    return [
        (sentence[n.start : n.end], is_time_frame(sentence, n, 0))
        for n in find_numbers(sentence, 0, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het aantal meldingen is de afgelopen drie jaar gestegen.", True),
        ("De vraag groeit de komende tien jaar.", True),
        ("De wachttijd is zes weken.", False),
        ("De reserve is binnen twee jaar uitgeput.", False),
        ("De laatste 12 cliënten kregen hulp.", False),  # a count, not a span of time
    ],
)
def test_a_span_of_time_after_a_word_of_the_period_frames_the_statement(sentence, expected):
    found = frames(sentence)
    assert found and all(frame is expected for _, frame in found), found
