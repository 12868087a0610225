"""Tests of kg.extract.bareshares: a figure without a unit that is a percentage."""

from __future__ import annotations

import pytest

from kg.extract.bareshares import bare_share
from kg.extract.numbers import find_numbers


def _bare(text: str, figure: str, share: bool = False) -> bool:
    number = next(n for n in find_numbers(text, 0, len(text)) if text[n.start : n.end] == figure)
    return bare_share(text, number, 0, share, 0)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Het percentage huishoudens met een laag inkomen is 9,6.", "9,6", True),
        ("Het aandeel ouderen bedraagt 21.", "21", True),
        ("Het percentage daklozen ligt op 28 per 1.000 inwoners.", "28", False),  # a rate
        ("Het aantal cliënten is 80.", "80", False),  # no share named
        ("Het percentage jongeren is 250.", "250", False),  # more than 100
    ],
)
def test_a_bare_figure_after_a_named_share_is_a_percentage(text, figure, expected):
    assert _bare(text, figure) is expected
