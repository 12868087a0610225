"""The people the social domain serves: spoken about, no actors that speak."""

from __future__ import annotations

import pytest

from kg.extract.servedpeople import PEOPLE_SERVED


@pytest.mark.parametrize("group", ["residents", "informal-carers", "statushouder", "budgethouder"])
def test_served_people_are_listed(group):
    assert group in PEOPLE_SERVED


@pytest.mark.parametrize("group", ["teamleider", "general-practitioners", "council-members"])
def test_actors_are_not(group):
    assert group not in PEOPLE_SERVED
