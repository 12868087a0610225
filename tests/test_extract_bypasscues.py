"""Work done around a body ("buiten … om") is a negative cue (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.bypasscues import bypass_cues


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Scholen zetten hulp buiten het sociaal team om in.", ["buiten het sociaal team om"]),
        ("Veel aanvragen lopen buiten de gemeente om.", ["buiten de gemeente om"]),
        # a purpose, a time, no "om"
        ("Ouders rijden buiten het dorp om boodschappen te doen.", []),
        ("Het loket is ook buiten kantoortijden om 8 uur open.", []),
        ("De aanbieder werkt ook buiten de regio.", []),
    ],
)  # fmt: skip
def test_bypass_cues(sentence, found):
    assert [sentence[c.start : c.end] for c in bypass_cues(sentence, 0, len(sentence))] == found


def test_bypassing_the_team_is_negative_and_a_denial_turns_it():
    assert polarity_of("Huisartsen zetten de hulp buiten de wijkteams om in.") == "negative"
    assert polarity_of("Volgens de wethouder gaat er niets buiten het loket om.") == "positive"
