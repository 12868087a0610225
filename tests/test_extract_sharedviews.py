"""Tests for kg.extract.sharedviews: a fronted view shared by the group after "delen"."""

from __future__ import annotations

import pytest

from kg.extract import sharedviews as sv
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        ("Het gevoel dat de regio ver weg staat, delen veel raadsleden.", "raadsleden", True),
        ("Die zorg delen de huisartsen.", "huisartsen", True),
        ("De kritiek op de inkoop deelt ook de Wmo-raad.", "Wmo-raad", True),
        ("Dat beeld delen de meeste ambtenaren niet.", "ambtenaren", True),
        # no fronted view: "delen" is having in common; no "delen" before the group
        ("De gemeenten delen een meldpunt met de huisartsen.", "huisartsen", False),
        ("Het gevoel dat de regio ver weg staat, leeft bij raadsleden.", "raadsleden", False),
        ("Twee wijkteams delen een kantoor.", "wijkteams", False),
    ],
)  # fmt: skip
def test_a_fronted_view_is_shared_by_the_group_after_delen(sentence, group, expected):
    assert sv.shares_view(sentence, 0, sentence.index(group)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het gevoel dat de regio ver weg staat, delen veel raadsleden.", "role/council-members"),
        ("Die zorg delen de huisartsen.", "role/general-practitioners"),
        ("De kritiek op de inkoop deelt ook de Wmo-raad.", "role/wmo-council"),
        ("Dat beeld delen de ambtenaren van de afdeling jeugd.", "role/civil-servants"),
    ],
)
def test_the_group_sharing_the_view_speaks(sentence, expected):
    doc, ex = extract_text("De gemeente werkt met zes wijkteams.", sentence)
    assert expected in {key(s) for s in finding_for(doc, ex, sentence[:12]).speakers}
