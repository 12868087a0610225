"""A budget cut entered with its amount is a budget entry, no tone (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.plannedcuts import without_planned_cuts
from kg.extract.toneframes import Cue


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("In de begroting is een bezuiniging van 3 ton op het welzijnswerk opgenomen.", 0),
        ("De wethouder heeft een ombuiging van € 1 miljoen op de Wmo aangekondigd.", 0),
        # an obligation; no amount; the cut stated as a difficulty
        ("Er moet een bezuiniging van 3 ton op het welzijnswerk worden opgenomen.", 1),
        ("De bezuiniging van het Rijk is in de begroting verwerkt.", 1),
        ("De bezuinigingen raken vooral de huishoudelijke hulp.", 1),
    ],
)  # fmt: skip
def test_planned_cuts(sentence, kept):
    word = "bezuiniging" if "bezuiniging" in sentence else "ombuiging"
    at = sentence.index(word)
    cue = Cue(at, at + len(word), -1, problem=True)
    assert len(without_planned_cuts(sentence, 0, len(sentence), [cue])) == kept


def test_a_cut_entered_is_neutral_and_a_cut_imposed_negative():
    claim = "Volgens de wethouder is een bezuiniging van 3 ton op het welzijnswerk opgenomen."
    assert polarity_of(claim) == "neutral"
    assert polarity_of("Volgens de wethouder raken de bezuinigingen de huishoudelijke hulp.") == (
        "negative"
    )
