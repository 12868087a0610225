"""Elided contrasts ("in de ene wijk goed, in de andere minder") in invented claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.elidedcontrasts import elided


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In de ene wijk werkt het team goed, in de andere minder.", "mixed"),
        ("Het ene dorp is actief, het andere nauwelijks.", "mixed"),
        # a second verdict of its own is read as such
        ("De ene aanbieder werkt goed, de andere ook.", "positive"),
    ],
)
def test_an_elided_contrast_is_mixed(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In de ene kern loopt het goed, in de andere niet.", True),
        ("De ene aanbieder werkt goed, de andere is nieuw en moet nog wennen.", False),
        ("Het loket werkt goed, maar de wachttijd is lang.", False),
    ],
)
def test_elided(sentence, expected):
    assert elided(sentence, neg.clauses(sentence, 0, len(sentence))) is expected
