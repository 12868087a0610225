"""Something said to work (the intransitive "werken": to function) is a positive verdict."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.functioning import works


@pytest.mark.parametrize(
    "sentence, clause",
    [
        ("De nieuwe werkwijze werkt.", "De nieuwe werkwijze werkt"),
        ("Raadsleden zeggen dat het werkt.", "dat het werkt"),
        ("Het overleg met scholen werkte, zeggen ambtenaren.", "Het overleg met scholen werkte"),
    ],
)
def test_functioning(sentence, clause):
    at = sentence.index(clause)
    assert works(sentence, (at, at + len(clause)))


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # labour, not functioning: a place, a time or a relative opening
        ("Het team, dat vanuit het stadhuis werkt, is klein.", "dat vanuit het stadhuis werkt"),
        ("De consulent die sinds 2016 in Zuid werkt, kent ze.", "die sinds 2016 in Zuid werkt"),
        ("Wie voor drie gemeenten werkt, heeft drie formulieren.", "Wie voor drie gemeenten werkt"),
        # asked, not said; and a plural subject of people
        ("Niemand weet of het werkt.", "of het werkt."),
        ("De consulenten werken.", "De consulenten werken."),
        # a manner or a complement, and an agent as subject
        ("Hij ziet dat het team integraal werkt.", "dat het team integraal werkt."),
        ("Omdat de gemeente met een lijst werkt.", "Omdat de gemeente met een lijst werkt."),
        ("Zij zegt dat het systeem met dossiers werkt.", "dat het systeem met dossiers werkt."),
    ],
)
def test_not_functioning(sentence, clause):
    at = sentence.index(clause)
    assert not works(sentence, (at, at + len(clause)))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("De aanpak werkt, maar de administratie kost te veel tijd.", "mixed"),
        ("Het loket werkt, maar de wachttijden zijn lang.", "mixed"),
    ],
)
def test_works_against_a_difficulty_is_two_sided(sentence, expected):
    assert polarity_of(sentence) == expected
