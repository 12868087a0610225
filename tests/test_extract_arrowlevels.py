"""Up and down arrows after a quantity read as its rise or fall (invented note lines)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.arrowlevels import arrow_cues


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("Schuldhulp: aanmeldingen ↑", [-1]),
        ("Werk: uitstroom uit de bijstand ↓", []),  # the word before the arrow is no quantity
        ("Werk: bijstandsuitstroom ↓", [-1]),
        ("Jeugd-ggz: wachttijden ↓", [1]),
        ("Ouderen: eenzaamheid ↑, zelfredzaamheid ↓", [-1, -1]),
        ("Regio: inkoop ↑", []),  # no quantity of the list
        ("Wijkteams: caseload ↓, kennis ↑", [1, 1]),
    ],
)
def test_arrow_cues(line, signs):
    assert [c.sign for c in arrow_cues(line, 0, len(line))] == signs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Voorliggend veld: wachtlijsten ↓", "positive"),
        ("Beschermd wonen: doorlooptijd ↑", "negative"),
        ("Regionale inkoop: deskundigheid ↑, zorgkosten ↑", "mixed"),
        ("Samenwerking met de buurgemeenten ↑", "neutral"),
        ("Wijkteams: expertise ↑, werkdruk ↑", "mixed"),
    ],
)
def test_arrow_lines(line, expected):
    assert polarity_of(line) == expected
