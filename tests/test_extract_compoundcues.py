"""Tone cues at the head of a Dutch compound (kg/extract/compoundcues.py), on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.compoundcues import compound_cues
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er zijn aansluitingsproblemen tussen onderwijs en jeugdhulp.", "negative"),
        ("Er zijn communicatieproblemen tussen de teams.", "negative"),
        ("De regio heeft een imagoprobleem.", "negative"),
        ("Het financieringsrisico ligt bij de gemeente.", "negative"),
        ("De regionale inkoop levert schaalvoordelen op.", "positive"),
        ("De nieuwe werkwijze levert tijdwinst op.", "positive"),
        ("De samenwerking heeft geleid tot kwaliteitsverbetering.", "positive"),
        # the scope rules read a compound as they read its head ("geen problemen")
        ("Er zijn geen communicatieproblemen tussen de teams.", "positive"),
        # a group's condition states who is served
        ("De hulp is bedoeld voor kinderen met gedragsproblemen.", "neutral"),
    ],
)
def test_a_compound_judges_as_its_head(sentence, expected):
    assert polarity_of(sentence) == expected


def test_a_compound_covered_by_a_cue_is_left_to_it():
    s = "Er is een personeelstekort bij de aanbieders."
    label = Cue(s.index("personeelstekort"), s.index(" bij"), -1, problem=True)
    assert compound_cues(s, 0, len(s), [label]) == [label]


def test_a_head_alone_is_no_compound():
    s = "Er zijn problemen en risico's, maar ook voordelen."
    assert compound_cues(s, 0, len(s), []) == []
