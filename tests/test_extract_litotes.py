"""Understatement: a negator that denies only a smallness or an "on-" adjective."""

from __future__ import annotations

import pytest

from kg.extract.litotes import litotes


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (["kleine", "prestatie"], True),
        (["geringe", "opgave"], True),
        (["onbelangrijk"], True),
        (["onaanzienlijk", "deel"], True),
        (["ongewoon"], True),
        # verbs and nouns in "ont-", "onder-" are plain negations
        (["ontvangen"], False),
        (["onderzocht"], False),
        (["ondersteuning"], False),
        (["groot", "probleem"], False),
        ([], False),
    ],
)
def test_litotes(after, expected):
    assert litotes(after) is expected
