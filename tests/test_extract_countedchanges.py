"""kg.extract.countedchanges: changes of a plural, a group or a "van" phrase."""

from __future__ import annotations

import pytest

from kg.extract.changes import find_changes
from kg.extract.countedchanges import counted_subject


def _changes(text: str) -> list[tuple[str, str | None]]:
    return [(text[c.start : c.end], c.comparison) for c in find_changes(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("De buurtagent ziet dat klachten over overlast zijn toegenomen.", "higher"),
        ("De groep jongeren zonder startkwalificatie groeit.", "higher"),
        ("Het is een regio met een bevolking die krimpt.", "lower"),
        ("Zij wijzen op de daling van de uitstroom naar werk.", "lower"),
        ("Zij wijzen op de toename van schuldenproblemen.", "higher"),
        ("De wijkteams zien een groeiende groep jongeren met schulden.", "higher"),
    ],
)
def test_a_plural_a_group_or_a_van_phrase_is_what_changes(text, comparison):
    found = _changes(text)
    assert len(found) == 1 and found[0][1] == comparison, found


@pytest.mark.parametrize(
    "text",
    [
        "De kennis over het stelsel neemt toe.",  # a mass noun: no number
        "Men verwacht dat de groep op termijn zal toenemen.",  # "de groep" points back
        "Het verloop is afgenomen.",  # a neuter singular
        "Voor afname van zorg betaalt de gemeente zelf.",  # a purchase
    ],
)
def test_no_number_changes(text):
    assert _changes(text) == []


def test_counted_subject_of_a_transitive_verb_is_none():
    s = "De gemeente verlaagde de lonen."
    i = s.index("verlaagde")
    assert counted_subject(s, 0, i, i + 9, len(s)) is None
