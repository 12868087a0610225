"""Wishes with a "dat"-clause judge nothing of what is (invented Dutch claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.toneframes import Cue
from kg.extract.wishes import wished, without_wishes


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder wil dat de wachttijden korter worden.",
        "Het college wil dat er minder bureaucratie is.",
        "De aanbieders willen dat de gemeente meer vertrouwen geeft.",
        "Men hoopt dat de samenwerking met de huisartsen beter wordt.",
        "De wethouder wil graag dat de regels eenvoudiger worden.",
        "Het college wil dat de wijkteams goed bereikbaar zijn.",
    ],
)
def test_a_wish_is_no_verdict(sentence):
    assert polarity_of(sentence) == "neutral"


def test_the_claim_states_again_after_a_turn():
    s = "De gemeente wil graag dat inwoners meer zelf doen, maar dat is lastig."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambtenaren zien dat de samenwerking beter wordt.",  # seeing is no wishing
        "De gemeente wil voorkomen dat jongeren uitvallen.",  # a risk named
        "De raad had graag gezien dat de regio beter samenwerkte.",  # counterfactual
        "Dat wil niet zeggen dat de samenwerking goed verloopt.",  # "means that"
    ],
)
def test_no_wish_span(sentence):
    assert wished(sentence, 0, len(sentence)) == []


def test_cues_outside_the_wish_stay():
    s = "Men is tevreden en hoopt dat het goed blijft gaan."
    good = Cue(s.index("goed"), s.index("goed") + 4, 1)
    content = Cue(s.index("tevreden"), s.index("tevreden") + 8, 1)
    assert without_wishes(s, 0, len(s), [content, good]) == [content]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is hoped for is no verdict on what is
        ("De wethouder hoopt op een snelle besluitvorming in de regio.", "neutral"),
        ("Aanbieders hopen op betere tarieven.", "neutral"),
        ("De wethouder hoopt op betere tarieven, maar het Rijk geeft geen ruimte.", "negative"),
    ],
)
def test_a_hope_for_something_judges_nothing(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Raadsleden willen meer grip op de kosten.", "grip"),
        ("Volgens de griffier willen raadsleden meer duidelijkheid.", "duidelijkheid"),
        ("De teams wilden graag meer vertrouwen van de afdeling.", "vertrouwen"),
        ("Ouders willen meer goede informatie over de hulp.", "goede"),
    ],
)
def test_wish_for_more_holds_what_is_wanted(sentence, word):
    at = sentence.index(word)
    assert any(a <= at < b for a, b in wished(sentence, 0, len(sentence)))


def test_no_more_is_no_wish():
    s = "De raad wil niet meer informatie, maar betere."
    assert wished(s, 0, len(s)) == []
