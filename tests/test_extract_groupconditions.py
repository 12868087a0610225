"""A difficulty naming the condition of the people meant (kg/extract/groupconditions.py)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who is served or meant: no difficulty stated
        ("De gemeente biedt schuldhulp aan inwoners met schulden.", "neutral"),
        ("De gemeente ondersteunt inwoners met schulden.", "neutral"),
        ("Er is een cursus voor inwoners met een taalachterstand.", "neutral"),
        ("Voor mensen met een laag inkomen is er een minimaregeling.", "neutral"),
        ("Het loket helpt gezinnen met financiële problemen.", "neutral"),
        # how many have it: the difficulty is stated
        ("Er zijn veel mensen met schulden.", "negative"),
        ("Steeds meer gezinnen met schulden kloppen aan.", "negative"),
        ("Er wonen steeds meer ouderen en mensen met psychische problemen in de wijk.", "negative"),
        ("Het aantal mensen met schulden neemt toe.", "negative"),
    ],
)
def test_the_condition_of_a_group_is_who_is_meant(sentence, expected):
    assert polarity_of(sentence) == expected
