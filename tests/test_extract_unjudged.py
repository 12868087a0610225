"""A claim no word judges, read from what it says in plain words (invented Dutch claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wethouder verwacht dat de reserve in 2019 op is.", "negative"),  # used up
        ("Volgens ambtenaren is er in 2016 een nieuw loket opgezet.", "positive"),  # set going
        ("De teams zouden meer mandaat willen.", "negative"),  # a conditional wish
        ("Volgens ambtenaren telt het team twaalf medewerkers.", "neutral"),
    ],
)
def test_plain_words(sentence, expected):
    assert polarity_of(sentence) == expected
