"""A loss under the allocation model is a shrinking budget (kg/extract/problemlosses.py),
on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.problemlosses import ALLOCATION, PRESSURE, load_losses
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Volgens de wethouder gaat de gemeente er in het objectieve verdeelmodel"
            " per saldo op achteruit.",
            "achteruit",
        ),
        (
            "De wethouder vreest dat de gemeente met het nieuwe verdeelmodel"
            " voor de jeugdhulp geld moet inleveren.",
            "inleveren",
        ),
    ],
)
def test_a_loss_under_the_model_is_budget_pressure(sentence, quote):
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, quote).concerns}
    assert key(ALLOCATION) in concerns
    assert key(PRESSURE) in concerns


def test_a_gain_under_the_model_is_no_budget_pressure():
    sentence = (
        "Volgens de wethouder gaat de gemeente er in het objectieve verdeelmodel licht op vooruit."
    )
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, "vooruit").concerns}
    assert key(PRESSURE) not in concerns


def test_the_words_of_loss_are_read_at_their_start():
    losses = load_losses()
    assert losses.search("waarin de gemeente er op achteruitgaat")
    assert losses.search("de gemeente verliest op het budget")
    assert not losses.search("de gemeente gaat er op vooruit")
