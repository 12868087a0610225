"""Denials in part after a "wel" concession, in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.partialdenials import denied_in_part


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "wel …, maar niet altijd …": the granted side holds some of the time
        ("Huisartsen weten het wijkteam wel te vinden, maar niet altijd op tijd.", "mixed"),
        ("Er is wel overleg met de scholen, maar niet alle scholen schuiven aan.", "mixed"),
        ("Het wijkteam is wel bekend, maar niet bij iedereen.", "mixed"),
        ("Het loket werkt wel, maar nog niet overal even goed.", "mixed"),
        # a full denial stays one-sided
        ("Er is wel een loket, maar het is lang niet altijd open.", "negative"),
        ("De gemeente heeft wel een rol, maar die is beperkt.", "negative"),
        # no "wel" granted: the denial in part is the verdict
        (
            "Huismeesters signaleren eenzaamheid, maar weten niet altijd bij wie zij "
            "terecht kunnen.",
            "negative",
        ),
    ],
)
def test_a_denial_in_part_after_wel_is_mixed(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Het team is wel bekend, maar niet bij iedereen.", True),
        ("Het team is wel bekend, maar niet iedereen weet het te vinden.", True),
        ("Het team is wel bekend, maar lang niet altijd bereikbaar.", False),
        ("Het team is niet altijd bereikbaar.", False),  # no "maar"
        ("Het team is wel bekend, maar niet bereikbaar.", False),
    ],
)
def test_denied_in_part(span, expected):
    assert denied_in_part(span, 0, len(span)) is expected
