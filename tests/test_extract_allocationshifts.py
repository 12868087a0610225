"""Changes in the allocation model set against the historical allocation."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Door het objectieve verdeelmodel gaat de gemeente er de komende jaren op achteruit.",
        "In het nieuwe verdeelmodel gaat de gemeente er voor de Wmo licht op vooruit.",
        "Door het objectieve verdeelmodel gaat de stad er tot 2018 naar verwachting 4 ton op"
        " achteruit.",
    ],
)
def test_better_or_worse_off_in_the_allocation_model_is_against_the_historical_one(sentence):
    _, ex = extract_text(sentence)
    assert ex.indicators
    assert {i.reference for i in ex.indicators} == {"historical allocation"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no allocation model named: a loss of its own
        "Het college legde vast dat niemand er door de decentralisaties op achteruit mocht gaan.",
        # a year named stays the reference
        "Door het verdeelmodel gaat de stad er € 1,3 miljoen op achteruit ten opzichte van 2015.",
    ],
)
def test_no_historical_allocation_without_the_model_or_with_a_year(sentence):
    _, ex = extract_text(sentence)
    assert "historical allocation" not in {i.reference for i in ex.indicators}
