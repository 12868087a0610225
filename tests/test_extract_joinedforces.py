"""A task never possible alone is a positive judgement of the cooperation (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.joinedforces import denied_alone, joined_forces


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Hij erkent dat de gemeente de inkoop nooit alleen had kunnen doen.",
         ["nooit alleen had kunnen"]),
        ("Omdat de gemeente alleen nooit die kennis had kunnen opbouwen.",
         ["alleen nooit die kennis had kunnen"]),
        ("De gemeente had dit niet alleen kunnen betalen.", ["niet alleen kunnen"]),
        # "not only … but also"; living alone, no counterfactual
        ("De gemeente had niet alleen kunnen besparen, maar ook kunnen investeren.", []),
        ("Ouderen die niet meer alleen kunnen wonen, krijgen hulp.", []),
    ],
)  # fmt: skip
def test_joined_forces(sentence, found):
    cues = joined_forces(sentence, 0, len(sentence))
    assert [sentence[c.start : c.end] for c in cues] == found
    assert all(denied_alone(sentence, c.start, c.end) for c in cues)


def test_never_alone_is_positive_and_not_a_counterfactual_shortfall():
    claim = "Volgens de wethouder had de gemeente de inkoop nooit alleen kunnen doen."
    assert polarity_of(claim) == "positive"
    assert polarity_of("Volgens de wethouder had de inkoop beter gekund.") == "negative"
