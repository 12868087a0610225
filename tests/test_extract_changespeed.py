"""The speed of a change measures it, it does not approve of it (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.changespeed import measures_change


@pytest.mark.parametrize(
    ("word", "before", "after", "expected"),
    [
        ("snel", ["het", "aantal", "ouderen", "stijgt"], [], True),
        ("snel", ["stijgt", "het", "aantal", "75-plussers"], [], True),
        ("snel", ["de", "wachtlijst", "niet"], ["verdwijnt"], True),
        ("snel", ["het", "aantal", "neemt"], ["toe"], True),
        # a quick service is approved of
        ("snel", ["de", "hulp", "is"], ["geregeld"], False),
        # a word that is no word of speed
        ("goed", ["het", "aantal", "stijgt"], [], False),
    ],
)
def test_measures_change(word, before, after, expected):
    assert measures_change(word, before, after) is expected


def test_a_problem_that_will_not_soon_go_away_is_negative():
    s = "De wethouder verwacht dat het tekort op de Wmo niet snel verdwijnt."
    assert polarity_of(s) == "negative"


def test_quick_help_is_still_positive():
    assert polarity_of("Volgens ouders is de hulp snel geregeld.") == "positive"
