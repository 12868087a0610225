"""A wish in the conditional names what is lacking, in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.conditionalwishes import lacking
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De consulenten zouden meer ruimte willen om zelf te beslissen.", True),
        ("Het college had meer tijd willen hebben voor de invoering.", True),
        ("De raad zou liever per kwartaal zien hoe het gaat.", False),  # another way, no good
        ("Als het zou lukken, is er meer ruimte.", False),  # a supposition, no wish
        (
            "De ouders zouden graag zien dat het loket beter bereikbaar is; dat is het nu niet.",
            True,
        ),
    ],
)
def test_lacking(sentence, expected):
    at = sentence.find("beter")
    cues = [Cue(at, at + 5, 1)] if at >= 0 else []
    assert lacking(sentence, 0, len(sentence), cues) is expected


def test_a_good_wished_for_in_the_conditional_is_lacking():
    assert polarity_of("Huisartsen zouden graag zien dat de teams beter bereikbaar zijn.") == (
        "negative"
    )
    assert polarity_of("De wijkteams zouden meer mandaat willen.") == "negative"


def test_a_wish_for_another_way_judges_nothing():
    assert polarity_of("Raadsleden zouden liever per wijk zien hoe het met ouderen gaat.") == (
        "neutral"
    )
