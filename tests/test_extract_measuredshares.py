"""A share in a good state is judged by its reference, not by its word (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.measuredshares import measured_shares
from kg.extract.toneframes import Cue


def _read(sentence: str, word: str) -> list[tuple[str, int]]:
    at = sentence.index(word)
    cues = measured_shares(sentence, 0, len(sentence), [Cue(at, at + len(word), 1)])
    return [(sentence[c.start : c.end], c.sign) for c in cues]


@pytest.mark.parametrize(
    ("sentence", "word", "read"),
    [
        ("Van de ouderen noemt 64% de eigen gezondheid goed, lager dan landelijk.", "goed",
         [("lager dan landelijk", -1)]),
        ("Van de cliënten is 88% tevreden over de hulp, meer dan elders in de regio.",
         "tevreden", [("meer dan elders", 1)]),
        ("Van de cliënten is 74% tevreden, tegen 80 procent in de rest van de provincie.",
         "tevreden", [("tegen 80 procent in de rest", -1)]),
        # a change since a year, no share, a denied approval: the word keeps its reading
        ("Van de cliënten is 74% tevreden, meer dan in 2014.", "tevreden", [("tevreden", 1)]),
        ("De hulp is goed geregeld, beter dan gemiddeld.", "goed", [("goed", 1)]),
        ("Van de cliënten is 74% niet tevreden, meer dan landelijk.", "tevreden",
         [("tevreden", 1)]),
    ],
)  # fmt: skip
def test_measured_shares(sentence, word, read):
    assert _read(sentence, word) == read


def test_a_good_share_below_its_reference_is_negative():
    claim = "Volgens de GGD ervaart 70% van de ouderen de gezondheid als goed, tegen 76% landelijk."
    assert polarity_of(claim) == "negative"
    claim = "Volgens de GGD ervaart 80% van de ouderen de gezondheid als goed, tegen 76% landelijk."
    assert polarity_of(claim) == "positive"
