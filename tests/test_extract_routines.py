"""Tests for kg.extract.routines: routine statements of organisation, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the topic of a meeting
        ("In het overleg wordt gesproken over eenzaamheid onder ouderen.", "neutral"),
        ("Op de agenda van het overleg staan de wachtlijsten in de jeugdzorg.", "neutral"),
        ("Het overleg over de wachtlijsten vindt maandelijks plaats.", "neutral"),
        # a responsibility, coordinated items included
        ("De afdeling is verantwoordelijk voor de bestrijding van armoede en schulden.", "neutral"),
        # a case passed on in a procedure, the compound's head included
        ("Meldingen van huiselijk geweld worden doorgegeven aan Veilig Thuis.", "neutral"),
        ("Huurachterstanden worden doorgegeven aan de schuldhulpverlening.", "neutral"),
        # a colon list of themes names items
        ("Het wijkteam richt zich op drie thema's: armoede, eenzaamheid en schulden.", "neutral"),
        # the principles of a plan and the groups of a classification, listed with semicolons
        ("Het plan kent twee uitgangspunten: (1) goede zorg; (2) snelle hulp.", "neutral"),
        ("Het team deelt cliënten in drie groepen in: (1) zelfredzaam; (2) kwetsbaar.", "neutral"),
        # a judgement word still judges; a list announced as difficulties is one
        ("Het overleg over de wachtlijsten verloopt moeizaam.", "negative"),
        ("De knelpunten zijn: wachtlijsten, tekorten en personeelsgebrek.", "negative"),
        ("Volgens de raad zijn er twee prioriteiten: de wachtlijsten en de tekorten.", "negative"),
        # a problem in a clause of its own is stated apart
        ("Het team is verantwoordelijk voor de zorg, maar er zijn lange wachtlijsten.", "negative"),
    ],
)
def test_routine_statements_of_organisation(sentence, expected):
    assert polarity_of(sentence) == expected
