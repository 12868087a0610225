"""kg.extract.clauseturns: words that set two judgements against each other (invented)."""

from __future__ import annotations

import pytest

from kg.extract.clauseturns import contrast


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het loket werkt goed, maar de wachttijd is lang.", True),
        ("Het loket werkt goed, alleen de wachttijd is te lang.", True),
        ("Aan de ene kant is er meer ruimte, aan de andere kant minder geld.", True),
        ("Niet alleen de wachttijd is lang.", False),
        ("Het loket is wel open.", False),
        ("De andere gemeenten doen mee.", False),
    ],
)
def test_contrast(sentence, expected):
    assert contrast(sentence, 0, len(sentence)) is expected
