"""A group named by its difficulty counted as growing or shrinking (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.troubledgroups import direction


@pytest.mark.parametrize(
    "sentence",
    [
        "De wijkverpleegkundige ziet steeds meer ouderen met geheugenklachten.",
        "Volgens de school komen er vaker leerlingen met gedragsproblemen binnen.",
        "Het maatschappelijk werk ziet meer jonge gezinnen met schulden dan vroeger.",
        "Zij ziet vooral meer kinderen met angststoornissen en slaapproblemen.",
    ],
)
def test_a_growing_group_in_difficulty_is_negative(sentence):
    assert direction(sentence, 0, len(sentence)) == -1
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het buurtteam ziet minder ouderen met geheugenklachten.",
        "Volgens de school zijn er minder leerlingen met gedragsproblemen in de klas.",
    ],
)
def test_a_shrinking_group_in_difficulty_is_positive(sentence):
    assert direction(sentence, 0, len(sentence)) == 1
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # a group named, not counted as more or fewer
        "Het team begeleidt vooral kinderen met gedragsproblemen.",
        # a bound, no growth
        "Het team begeleidt meer dan 200 kinderen met gedragsproblemen.",
        # no longer
        "Er komen niet meer kinderen met schulden bij het loket.",
        # more of a care, not of the group
        "De raad wil meer aandacht voor jongeren met een beperking.",
        # no group of people counted
        "De gemeente besteedt meer geld met minder problemen.",
    ],
)
def test_no_count_of_a_group_in_difficulty(sentence):
    assert direction(sentence, 0, len(sentence)) == 0
