"""Discretion granted: a claim that states room to act without a check (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.discretion import granted
from kg.extract.tone import polarity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De consulenten mogen zonder toestemming van de manager een indicatie afgeven.", True),
        ("Het team kan zonder tussenkomst van het stadhuis respijtzorg regelen.", True),
        ("Zij kunnen hulp inzetten zonder dat de afdeling het aftekent.", True),
        # denied, no modal, "zonder" of something lacking
        ("Medewerkers kunnen niet zonder toestemming van de manager hulp inzetten.", False),
        ("Veel jongeren zitten zonder werk.", False),
        ("Zonder vrijwilligers kan het wijkcentrum niet open.", False),
        ("Zij kunnen zonder dat iemand het merkt in de schulden raken.", False),
    ],
)
def test_granted(sentence, expected):
    assert granted(sentence, 0, len(sentence)) is expected


def test_discretion_alone_is_positive():
    s = "Het team kan zonder tussenkomst van het stadhuis respijtzorg regelen."
    assert polarity(s, 0, len(s), []) == "positive"
