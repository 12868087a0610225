"""Tests for kg.extract.cautions: warnings, risks and caveats, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import cautions
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a warning or a risk foresees is the danger, its approving words what is at stake
        ("Het risico bestaat dat de goede samenwerking verloren gaat.", "negative"),
        ("De wethouder waarschuwt dat de reserves snel opraken.", "negative"),
        ("De raad waarschuwde dat een succesvolle aanpak kan verdwijnen.", "negative"),
        # a caveat alone is a reservation; beside praise it makes two sides
        ("Daarbij moet worden aangetekend dat het om kleine aantallen gaat.", "negative"),
        ("Let wel, het gaat om een goede start.", "mixed"),
    ],
)
def test_cautions_are_read_with_their_scope(sentence, expected):
    assert polarity_of(sentence) == expected


def test_praise_beside_a_denied_risk_is_kept():
    s = "De samenwerking is goed en er is geen risico."
    good = Cue(s.index("goed"), s.index("goed") + 4, 1)
    assert cautions.at_stake(s, 0, len(s), [good]) == [good]
