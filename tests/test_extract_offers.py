"""Offers of help set against a shortfall (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.offers import offers


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Het buurthuis biedt maaltijden en dagbesteding", True),
        ("Ouders kunnen terecht bij het consultatiebureau", True),
        ("Het buurthuis biedt geen dagbesteding meer", False),
        ("Het buurthuis is op dinsdag open", False),
    ],
)
def test_offers(clause, expected):
    assert offers(clause, (0, len(clause))) is expected


def test_an_offer_before_a_turn_to_a_shortfall_is_mixed():
    s = "Het buurthuis biedt dagbesteding, maar de wachtlijst is lang."
    assert polarity_of(s) == "mixed"


def test_a_shortfall_without_an_offer_before_the_turn_stays_negative():
    s = "Het buurthuis ligt aan de Markt, maar de wachtlijst is lang."
    assert polarity_of(s) == "negative"
