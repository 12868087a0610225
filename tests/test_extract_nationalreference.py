"""The country as the reference of a comparison (kg/extract/nationalreference.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text, key


def _concerns(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    return {key(c) for f in ex.findings for c in f.concerns}


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder ligt het aandeel ouderen een stuk hoger dan in Nederland.",
        "Het gebruik van jeugdhulp is volgens ambtenaren 9%, tegen 11% in heel Nederland.",
        "Volgens de GGD is het aandeel rokers nergens in Nederland zo laag als hier.",
        "De bijstand groeit volgens de klantmanagers minder snel dan in de rest van Nederland.",
    ],
)
def test_the_country_as_a_comparisons_reference_is_no_concern(sentence):
    assert "place/nederland" not in _concerns(sentence)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Volgens de wethouder groeit de jeugdhulp minder snel dan in Dalfsen.",
            "municipality/dalfsen",
        ),
        ("Het aandeel ouderen ligt volgens de GGD hoger dan in Zwolle.", "municipality/zwolle"),
    ],
)
def test_another_municipality_as_the_reference_stays(sentence, place):
    assert place in _concerns(sentence)
