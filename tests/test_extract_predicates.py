"""A judgement word as the subject its predicate judges (kg/extract/predicates.py)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the predicate's verdict is the claim's
        ("Het vertrouwen tussen gemeente en aanbieders is beschadigd.", "negative"),
        ("De ruimte voor initiatieven is beperkt.", "negative"),
        ("Het vertrouwen is geschaad.", "negative"),
        ("Het vertrouwen is gegroeid.", "positive"),
        ("De problemen met de vervoerder zijn opgelost.", "positive"),
        # a thing said to exist is no subject judged
        ("Er is geen ruimte voor nieuwe, creatieve aanpakken.", "negative"),
        # a verb, not a copula, after the word: both judgements stand
        ("Het vertrouwen groeit, maar de samenwerking blijft lastig.", "mixed"),
    ],
)
def test_the_predicate_judges_its_subject(sentence, expected):
    assert polarity_of(sentence) == expected
