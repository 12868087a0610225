"""A claim set against the claim before (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.contrastedclaims import OPPOSITE, contrasted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voor de huishoudelijke hulp ligt dat heel anders.", True),
        ("Bij de kleinere kernen is het anders.", True),
        ("Anders ligt het bij de beschermde woonvormen.", True),
        ("De wijkteams werken anders dan de consulenten.", False),
        ("Zij willen het anders organiseren.", False),
    ],
)
def test_contrasted(sentence, expected):
    assert contrasted(sentence, 0, len(sentence)) is expected


def test_the_opposite_of_a_verdict():
    assert OPPOSITE["positive"] == "negative"
    assert "mixed" not in OPPOSITE
