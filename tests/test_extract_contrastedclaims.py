"""Claims whose tone the claim before sets: contrasted ("ligt dat anders") or added to."""

from __future__ import annotations

import pytest

from kg.extract.contrastedclaims import OPPOSITE, added, contrasted
from kg.extract.implied import follows


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de jeugd-ggz ligt dat anders.",
        "Voor de Participatiewet is dat anders.",
        "Anders ligt het bij de schuldhulpverlening.",
        "In de dorpen gaat het heel anders.",
    ],
)
def test_contrasted(sentence):
    assert contrasted(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente organiseert de toegang anders dan de buren.",
        "Het wijkteam werkt sinds 2016 anders.",
    ],
)
def test_not_contrasted(sentence):
    assert not contrasted(sentence, 0, len(sentence))


def test_added_argument():
    s = "Bovendien krimpt de bevolking in een deel van de dorpen."
    assert added(s, 0, len(s))
    s = "Daarnaast werkt de gemeente samen met twee buurgemeenten."
    assert not added(s, 0, len(s))


def test_follows_the_claim_before():
    s = "Bij de jeugd-ggz ligt dat anders."
    assert [follows(s, 0, len(s), p) for p in ("positive", "negative", "mixed", "neutral")] == [
        "negative",
        "positive",
        "neutral",
        "neutral",
    ]
    s = "Bovendien krimpt de bevolking in een deel van de dorpen."
    assert follows(s, 0, len(s), "negative") == "negative"
    assert follows(s, 0, len(s), "mixed") == "neutral"
    assert set(OPPOSITE) == {"positive", "negative"}
