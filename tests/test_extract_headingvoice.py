"""Who a section heading gives the floor to (kg.extract.headingvoice)."""

from __future__ import annotations

import pytest

from kg.extract.headingvoice import heading_voice
from kg.extract.model import SentenceMention


@pytest.mark.parametrize(
    ("heading", "groups", "expected"),
    [
        ("Cliëntenraad en Wmo-raad", [(0, 12), (16, 24)], ["role/a", "role/b"]),
        ("Wat raadsleden zeggen", [(4, 14)], ["role/a"]),
        ("Ervaringen van de huisartsen", [(18, 28)], ["role/a"]),
        ("De huisartsen aan het woord", [(3, 13)], ["role/a"]),
        ("De rol van huisartsen", [(11, 21)], []),
        ("Huisartsen en de wachtlijst", [(0, 10)], []),
        ("Huisartsen over de samenwerking", [(0, 10)], ["role/a"]),
        ("Reacties van zorgaanbieders", [(13, 27)], ["role/a"]),
        ("Het woord aan de wethouder", [(17, 26)], ["role/a"]),
        ("In gesprek met de cliëntenraad", [(18, 30)], ["role/a"]),
        ("Wat zeggen raadsleden?", [(11, 21)], ["role/a"]),
        ("Afspraken met huisartsen over de zorg", [(14, 24)], []),
        ("Gesprekken met zorgaanbieders", [(15, 29)], ["role/a"]),
        ("Gesprek met de wethouder", [(15, 24)], ["role/a"]),
        ("Het verhaal van de huisartsen", [(19, 29)], ["role/a"]),
        ("Volgens raadsleden", [(8, 18)], ["role/a"]),
        ("Vanuit de scholen", [(10, 17)], ["role/a"]),
    ],
)
def test_heading_voice(heading, groups, expected):
    mentions = [
        SentenceMention(f"role/{'ab'[i]}", "role", s, e, heading[s:e], None)
        for i, (s, e) in enumerate(groups)
    ]
    assert list(heading_voice(heading, mentions)) == expected
