"""A party credited with a large part (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.playedroles import large_part


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Buurtverenigingen spelen een belangrijke rol.", True),
        ("Daarbij spelen de moskeeën een centrale rol.", True),
        ("Volgens de wethouder vervullen de bibliotheken een grote rol in de wijk.", True),
        ("Sportclubs spelen een sleutelrol.", True),
        ("De zorgkosten spelen een grote rol.", False),  # a quantity: a factor
        ("Het waterschap speelt geen grote rol.", False),  # denied
        ("Geld speelt een grote rol bij die keuze.", False),  # a singular mass noun
        ("De verenigingen spelen een rol.", False),  # no large part
    ],
)
def test_large_part(sentence, expected):
    assert large_part(sentence, 0, len(sentence), []) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Buurtverenigingen spelen een belangrijke rol.",
        "Volgens de raadsleden spelen de scholen een centrale rol.",
        "Sportverenigingen vervullen een grote rol in het dorp.",
        "In de kleine kernen spelen de plaatselijke belangen een grote rol.",
    ],
)
def test_large_part_is_positive(sentence):
    assert polarity_of(sentence) == "positive"


def test_a_problem_playing_a_part_is_no_credit():
    assert polarity_of("De armoede speelt in deze wijken een grote rol.") != "positive"
