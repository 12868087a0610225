"""Contrasted complements: "zegt dat A, maar dat B" grants A and turns B against it."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.contrastedcomplements import turn


@pytest.mark.parametrize(
    ("sentence", "paired"),
    [
        ("Zij zeggen dat het loket in het dorp zit, maar dat de wachttijd oploopt.", True),
        ("De raad stelt dat er overleg is, maar dat niemand besluit.", True),
        ("Het loket is bekend, maar dat zegt weinig.", False),
        ("Zij zeggen dat het loket bekend is, maar de wachttijd loopt op.", False),
    ],
)
def test_turn(sentence, paired):
    assert (turn(sentence, 0, len(sentence)) >= 0) is paired


def test_fact_granted_before_a_complaint_is_mixed():
    s = "De teamleider zegt dat het team in het gemeentehuis zit, maar dat de lijnen te lang zijn."
    assert polarity_of(s) == "mixed"


def test_fact_granted_before_a_denied_fact_is_mixed():
    s = (
        "De ambtenaar vertelt dat de gemeente en het UWV één loket delen,"
        " maar dat hun systemen niet samenwerken."
    )
    assert polarity_of(s) == "mixed"


def test_two_unjudged_complements_stay_neutral():
    s = (
        "Raadsleden vertellen dat eerst een startnotitie werd geschreven,"
        " maar dat per wet werd besloten."
    )
    assert polarity_of(s) == "neutral"
