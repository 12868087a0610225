"""Tests for kg.extract.complaintframes: a claim framed as a complaint, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import complaintframes
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a good word inside the complaint is part of what is complained of
        (
            "Een ouder klaagt: 'Aanmelden gaat snel, maar daarna hoor je wekenlang niets.'",
            "negative",
        ),
        # a complaint after a grant, or answered after a turn, stays two-sided
        ("De huisartsen zijn tevreden over het team, maar klagen over de wachttijden.", "mixed"),
        ("Inwoners klaagden over de taxi, maar dat probleem is inmiddels goed opgelost.", "mixed"),
    ],
)
def test_complaint_frame(sentence, expected):
    assert polarity_of(sentence) == expected


def test_framed_needs_a_verb_of_complaining_before_the_good_word():
    s = "De ouders zeggen: 'Aanmelden gaat snel, maar daarna hoor je niets.'"
    assert not complaintframes.framed(s, 0, len(s), [Cue(s.index("snel"), s.index("snel") + 4, 1)])
    s = "Ouders klagen."
    assert not complaintframes.framed(s, 0, len(s), [])
