"""The complement of a judgement (kg/extract/complements.py), on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first judgement governs the opposite word in its complement
        ("Het is moeilijk goede indicatoren te vinden.", "negative"),
        ("Men is zich goed bewust van de eigen tekortkomingen.", "positive"),
        # not a predicate after a copula or after the phrase a preposition opens
        ("Ondanks de goede samenwerking blijft de afstemming met de huisartsen lastig.", "mixed"),
    ],
)
def test_the_complement_of_a_judgement(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what "ondanks" grants does not judge the problem the clause states
        ("Ondanks de goede samenwerking zijn er wachtlijsten.", "mixed"),
        ("Ondanks de goede samenwerking blijven de wachttijden lang.", "mixed"),
        ("Er zijn wachtlijsten, ondanks de goede samenwerking.", "mixed"),
        # a problem judged well in its own clause is still no minus
        ("De wachttijden zijn goed beheersbaar.", "positive"),
    ],
)
def test_what_ondanks_grants_leaves_the_problem_stated(sentence, expected):
    assert polarity_of(sentence) == expected
