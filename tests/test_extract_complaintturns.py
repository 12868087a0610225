"""A turn after a complaint goes on with it; after approval it turns against it (invented
claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.complaintturns import goes_on


@pytest.mark.parametrize(
    ("sentence", "complained", "expected"),
    [
        ("Wij dragen de meeste kosten, maar hebben maar één stem.", True, True),
        # nothing complained of before the turn: the turn is the caller's to read
        ("Wij dragen de meeste kosten, maar hebben maar één stem.", False, False),
        # a grant before the turn: a concession, mixed
        ("Er is wel geïnvesteerd in de teams, maar het blijven kleine teams.", True, False),
        # a question after the turn leaves the verdict open
        ("Er blijft geld op de plank liggen, maar is dat erg?", True, False),
    ],
)
def test_goes_on(sentence, complained, expected):
    turn = sentence.index("maar")
    assert goes_on(sentence, 0, len(sentence), turn, complained) is expected


def test_a_second_grievance_after_a_turn_keeps_the_claim_negative():
    s = "De regels zijn erg ingewikkeld, maar de uitvoering ligt bij het team."
    assert polarity_of(s) == "negative"


def test_a_turn_after_approval_is_still_mixed():
    s = "Huisartsen zijn tevreden over het team, maar missen een vast aanspreekpunt."
    assert polarity_of(s) == "mixed"
