"""Problems raised by a named speaker (invented Dutch claims)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.raisedproblems import raised
from kg.extract.toneframes import Cue


def _polarity(sentence: str) -> str:
    _doc, ex = extract_text(sentence)
    assert len(ex.findings) == 1
    return ex.findings[0].polarity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named speaker who brings up a problem raises a concern
        ("Ambtenaren noemen de huisvesting van statushouders.", "negative"),
        # a judgement, when there is one, decides
        ("Ambtenaren zijn tevreden over de huisvesting van statushouders.", "positive"),
        # in the authors' voice the same words report the situation
        ("De gemeente regelt de huisvesting van statushouders.", "neutral"),
    ],
)
def test_a_problem_raised(sentence, expected):
    assert _polarity(sentence) == expected


def test_a_denied_problem_is_raised_by_no_one():
    s = "Volgens ambtenaren is er geen wachtlijst."
    at = s.index("wachtlijst")
    assert not raised(s, 0, len(s), [Cue(at, at + 10, -1, problem=True)])


def test_a_figure_reported_is_no_concern():
    s = "De GGD schat dat 600 inwoners dementie hebben."
    at = s.index("dementie")
    assert not raised(s, 0, len(s), [Cue(at, at + 8, -1, problem=True, subject=True)])


def test_a_wish_raises_nothing():
    assert _polarity("Ambtenaren willen graag integraal werken.") == "neutral"
