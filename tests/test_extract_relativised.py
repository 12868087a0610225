"""Relativised judgements: "niet zozeer A als wel B" playing a difficulty down (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.relativised import relativised
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a difficulty in A, none of its own in B: "als wel", a bare "als", "maar"; a quote,
        # a subordinate clause, the past tense, "zo zeer" written apart
        "De wethouder noemt de cijfers ‘niet zozeer zorgwekkend als wel reden tot alertheid’.",
        "Volgens ambtenaren is het niet zozeer een lokaal probleem als wel een landelijk probleem.",
        "De adviesraad vond de cijfers niet zo zeer zorgwekkend, maar wel iets om te volgen.",
        "Volgens de teamleider is de groei niet zozeer zorgwekkend als wel verklaarbaar.",
    ],
)
def test_a_difficulty_played_down_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # B names a difficulty of its own: the claim stays negative
        "Het Rijk gaf volgens hen niet zozeer te weinig geld als wel te laat duidelijkheid.",
        "Aanbieders zeggen dat de contracten niet zozeer knellen als wel onoverzichtelijk zijn.",
        # no "niet zozeer": a plain difficulty
        "De wethouder noemt de tekorten zorgwekkend.",
    ],
)
def test_a_difficulty_not_played_down_stays_negative(sentence):
    assert polarity_of(sentence) == "negative"


def test_relativised_needs_a_difficulty_in_a():
    s = "Ambtenaren noemen de samenwerking niet zozeer een keuze als wel een noodzaak."
    assert not relativised(s, 0, len(s), [])
    at = s.index("noodzaak")
    assert not relativised(s, 0, len(s), [Cue(at, at + 8, -1)])  # only B judged
