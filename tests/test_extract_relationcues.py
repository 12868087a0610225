"""The cue table of kg.extract.relationcues: types, directions and what a cue matches."""

from __future__ import annotations

import pytest

from kg.extract.relationcues import CUES
from kg.rdf import RELATION_TYPE


def kinds_of(phrase):
    return {(kind, direction) for pattern, kind, direction in CUES if pattern.search(phrase)}


def test_every_cue_has_a_known_type_and_direction():
    assert {kind for _, kind, _ in CUES} <= set(RELATION_TYPE)
    assert {direction for _, _, direction in CUES} <= {"forward", "reverse", "giver"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("heeft met de corporatie afgesproken", ("cooperates-with", "forward")),
        ("afspraken gemaakt met", ("cooperates-with", "forward")),
        ("een convenant gesloten met", ("cooperates-with", "forward")),
        ("in opdracht van de gemeente", ("executes-for", "forward")),
        ("De uitvoering ligt bij", ("executes-for", "reverse")),
        ("uitbesteed aan", ("executes-for", "reverse")),
        ("Via de regio kopen zij", ("purchases-via", "forward")),
        ("de inkoop loopt via", ("purchases-via", "forward")),
        ("is aangewezen op", ("depends-on", "forward")),
        ("hoort bij de regio", ("member-of", "forward")),
    ],
)
def test_a_cue_matches_its_phrase(phrase, expected):
    assert expected in kinds_of(phrase)


@pytest.mark.parametrize("phrase", ["De gemeente werkt hard.", "Zij kopen brood."])
def test_ordinary_sentences_match_no_cue(phrase):
    assert kinds_of(phrase) == set()
