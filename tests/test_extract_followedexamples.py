"""Examples followed or held up as a model to others (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.followedexamples import followed


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause with a modal, the verb before the noun, a passive, "navolgen",
        # and a model held up to others
        "De buurgemeente opende een inloop, een voorbeeld dat de stad in 2017 wil volgen.",
        "Kampen volgt het voorbeeld van Dalfsen en plaatst een ondersteuner bij de huisarts.",
        "Het voorbeeld van de wijkteams werd door twee buurgemeenten gevolgd.",
        "Andere gemeenten willen dat voorbeeld navolgen.",
        "De wethouder ziet de aanpak als voorbeeld voor de regio.",
        "Het loket geldt als een voorbeeld voor andere gemeenten.",
    ],
)
def test_an_example_followed_is_a_positive_cue(sentence):
    assert [sentence[c.start : c.end] for c in followed(sentence, 0, len(sentence))] == [
        "voorbeeld"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an instance ("for example"), an example of something, a following event
        "Een voorbeeld is de proef in Noord; daarna volgt de evaluatie.",
        "Als voorbeeld noemt de wethouder de schuldhulp.",
        "Dit is een voorbeeld voor de aanpak van schulden.",
        "Bijvoorbeeld de huisarts volgt de richtlijn.",
    ],
)
def test_an_instance_is_no_cue(sentence):
    assert followed(sentence, 0, len(sentence)) == []
