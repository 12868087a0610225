"""A claim that praises the regional cooperation does not complain of its distance."""

from __future__ import annotations

import pytest

from kg.extract.model import Finding
from kg.extract.praiseddistance import DISTANCE, without_praised_distance
from tests.extract_helpers import extract_text, finding_for, key


def _concerns(sentence: str) -> tuple[str, list[str]]:
    doc, ex = extract_text(sentence)
    f = finding_for(doc, ex, sentence[:20])
    return f.polarity, sorted(map(key, f.concerns))


@pytest.mark.parametrize(
    "sentence",
    [
        "Beleidsmedewerkers zijn erg tevreden over de regionale inkoop.",
        "De wethouder is blij met de samenwerking in de regio.",
        "Ambtenaren noemen de regionale samenwerking een groot succes.",
        "Volgens de controller werkt de gemeenschappelijke regeling uitstekend.",
    ],
)
def test_praise_of_the_regional_cooperation_has_no_distance(sentence):
    polarity, concerns = _concerns(sentence)
    assert polarity == "positive"
    assert "problem/regional-distance" not in concerns


@pytest.mark.parametrize(
    "sentence",
    [
        "Raadsleden zijn ontevreden over de regionale inkoop: de regio is ver weg.",
        "De wethouder vindt de samenwerking in de regio stroperig en traag.",
    ],
)
def test_a_complaint_of_the_regional_cooperation_keeps_it(sentence):
    polarity, concerns = _concerns(sentence)
    assert polarity in {"negative", "mixed"}
    assert "problem/regional-distance" in concerns


def test_only_the_distance_leaves_a_positive_finding():
    other = "c/problem/risk-pooling"
    found = [
        Finding(0, 5, (0,), ("r",), (other, DISTANCE), "positive", None),
        Finding(6, 9, (1,), ("r",), (other, DISTANCE), "negative", None),
    ]
    out = without_praised_distance(found, [2, 7])
    assert [f.concerns for f in out] == [(other,), (other, DISTANCE)]


def test_a_positive_claim_carrying_the_paragraphs_criticism_keeps_it():
    found = [Finding(10, 30, (2,), ("r",), (DISTANCE,), "positive", None)]
    assert without_praised_distance(found, [2]) == found  # named in another claim
