"""A good that still holds but not for long is mixed (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.stillfornow import ends_soon


@pytest.mark.parametrize(
    "sentence",
    [
        "De vrijwilligers houden het nog vol, maar niet voor lang.",
        "Het gebouw staat er nog, maar straks niet meer.",
        "Het oude contract met de thuiszorg loopt nog, maar niet lang meer.",
        "De subsidie van de provincie is er nog, maar binnenkort niet meer.",
    ],
)
def test_still_for_now_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # nothing granted as still holding: the end alone is a loss
        "Het contract met de thuiszorg loopt af, maar niet lang meer.",
        # "nog niet": no state that holds
        "De gemeente heeft het nog niet geregeld, maar niet lang meer.",
    ],
)
def test_no_state_granted_is_not_mixed(sentence):
    assert polarity_of(sentence) != "mixed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De vrijwilligers houden het nog vol, maar niet lang meer.", True),
        ("Het potje voor mantelzorgers is er nog, maar volgend jaar niet meer.", True),
        ("De subsidie loopt nog door, maar binnenkort niet meer.", True),
        ("De vrijwilligers houden het niet vol.", False),
        ("De subsidie van de provincie loopt door tot 2019.", False),
    ],
)
def test_ends_soon(sentence, expected):
    assert ends_soon(sentence, 0, len(sentence)) is expected
