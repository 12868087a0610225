"""Minutes' records: a commitment or action point recorded judges nothing."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.minuterecords import records


@pytest.mark.parametrize(
    ("sentence", "recorded"),
    [
        ("Toezegging: de wethouder stuurt de raad een overzicht van de kosten.", True),
        ("Actiepunt: de griffier nodigt de adviesraad uit.", True),
        ("De wethouder doet de toezegging dat het overzicht komt.", False),
    ],
)
def test_records(sentence, recorded):
    assert records(sentence, 0, len(sentence)) is recorded


def test_a_commitment_recorded_is_neutral():
    s = "Toezegging: de wethouder stuurt de commissie een helder overzicht van de verwijzingen."
    assert polarity_of(s) == "neutral"
