"""A buffer that lasts a limited time: a reserve granted, its end set against it (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.limitedbuffers import lasts


@pytest.mark.parametrize(
    "sentence",
    [
        "De reserve sociaal domein is volgens de wethouder genoeg voor nog zo'n drie jaar.",
        "Met de reserve kan de gemeente de tekorten op de Wmo volgens de controller nog twee "
        "jaar opvangen.",
        "De buffer van één miljoen biedt de gemeente volgens de wethouder nog ongeveer een "
        "jaar ruimte.",
        "De controller noemt de reserve een buffer voor de komende jaren.",
        "De wethouder zegt dat het overschot als reserve nodig is om de tekorten van de "
        "komende jaren te dekken.",
    ],
)
def test_a_buffer_for_a_stated_time_is_mixed(sentence):
    assert lasts(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # used up: no buffer granted
        ("Volgens de controller is de reserve binnen twee jaar op.", "negative"),
        # a reserve with no time it covers, or none covering at all
        ("Volgens de wethouder heeft de gemeente een reserve van twee miljoen.", "neutral"),
        ("Het college wil de komende jaren volgens de wethouder een reserve opbouwen.", "neutral"),
        ("De reserve is volgens de controller ruim voldoende om tegenvallers op te vangen.",
         "positive"),
    ],
)  # fmt: skip
def test_no_buffer_for_a_stated_time(sentence, expected):
    assert not lasts(sentence, 0, len(sentence))
    assert polarity_of(sentence) == expected
