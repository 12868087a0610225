"""Hedged verdicts ("redelijk") in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.hedges import degree_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het contact met de scholen is redelijk.", "positive"),
        ("De samenwerking verloopt redelijk.", "positive"),
        ("Het gaat redelijk met de uitvoering.", "positive"),
        ("De samenwerking is redelijk goed.", "positive"),
        ("Het aantal aanvragen is redelijk groot.", "neutral"),
        ("De wachttijden zijn redelijk lang.", "negative"),
    ],
)
def test_a_hedge_judges_as_a_predicate_only(sentence, expected):
    assert polarity_of(sentence) == expected


def test_degree_word_before_an_adjective():
    assert degree_of("zijn redelijk", ["stabiel"])
    assert not degree_of("zijn redelijk", ["en", "soms", "goed"])
