"""Purpose clauses: the words of difficulty an aim acts on judge nothing."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.purposes import in_order_to


@pytest.mark.parametrize(
    ("sentence", "word", "inside"),
    [
        ("Het team komt eerder, om dure zorg te voorkomen.", "dure", True),
        ("Zij werken samen om te bezuinigen op de inkoop.", "bezuinigen", True),
        ("De zorg is te duur om te betalen.", "duur", False),
        ("De wachttijd is lang.", "lang", False),
    ],
)
def test_in_order_to(sentence, word, inside):
    assert in_order_to(sentence, (0, len(sentence)), sentence.index(word)) is inside


def test_difficulty_an_aim_acts_on_is_no_verdict():
    s = "Het college zet wijkteams in, om de instroom in dure zorg af te remmen."
    assert polarity_of(s) == "neutral"
