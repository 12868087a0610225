"""A problem that no longer holds ("geen wachtlijsten meer"), in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.nolonger import no_longer
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "problem", "expected"),
    [
        ("Er zijn geen wachtlijsten meer.", "wachtlijsten", True),
        ("Wachtlijsten komen niet meer voor.", "Wachtlijsten", True),
        ("Er is geen sprake meer van een wachtlijst.", "wachtlijst", True),
        ("Er zijn geen wachtlijsten.", "wachtlijsten", False),  # a bare denial
        ("Wachtlijsten zijn er niet meer dan vorig jaar.", "Wachtlijsten", False),
    ],
)
def test_no_longer(sentence, problem, expected):
    a = sentence.index(problem)
    at = no_longer(sentence, (0, len(sentence)), Cue(a, a + len(problem), -1, problem=True))
    assert (at is not None) is expected
    if expected:
        assert sentence[at : at + 4] == "meer"


def test_a_problem_gone_is_good_news():
    assert polarity_of("Er zijn geen wachtlijsten meer voor de dagbesteding.") == "positive"
