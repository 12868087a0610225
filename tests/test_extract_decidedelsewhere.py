"""Decisions made in another municipality are regional distance (kg/data/problem-elsewhere.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.decidedelsewhere import decided_elsewhere, load_elsewhere
from kg.extract.model import SentenceMention
from kg.namespaces import CONCEPT

_DISTANCE = CONCEPT + "problem/regional-distance"


def _at(text: str, name: str, entity: str = "m/centre") -> SentenceMention:
    start = text.index(name)
    return SentenceMention(entity, "municipality", start, start + len(name), name, 0)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("De raad vindt dat de belangrijkste keuzes in Zwolle worden gemaakt.", "Zwolle", True),
        ("Wij mogen verwijzen, maar de contracten worden in Zwolle gesloten.", "Zwolle", True),
        ("Raadsleden missen zicht op de afspraken die in Zwolle worden gemaakt.", "Zwolle", True),
        ("Cliënten snappen niet dat het besluit uit Zwolle komt.", "Zwolle", True),
        ("Besluiten vallen in Zwolle, wij tekenen achteraf.", "Zwolle", True),
        ("De afspraken in Zwolle zijn helder.", "Zwolle", False),
        ("Veel inwoners werken in Zwolle.", "Zwolle", False),
        ("De keuze voor een wijkteam in Zwolle is goed uitgepakt.", "Zwolle", False),
    ],
)
def test_decisions_made_in_another_municipality_are_regional_distance(text, name, expected):
    found = decided_elsewhere(text, [_at(text, name)], "m/own")
    assert (_DISTANCE in found) is expected


def test_the_own_municipality_is_no_other_place():
    text = "Raadsleden vinden dat de keuzes in Zwolle worden gemaakt."
    assert decided_elsewhere(text, [_at(text, "Zwolle", "m/own")], "m/own") == set()


def test_a_place_that_is_no_municipality_is_not_read():
    text = "Raadsleden vinden dat de keuzes in Zwolle worden gemaakt."
    at = text.index("Zwolle")
    place = SentenceMention("p/zwolle", "place", at, at + 6, "Zwolle", 0)
    assert decided_elsewhere(text, [place], "m/own") == set()


def test_every_entry_names_a_problem_of_the_taxonomy():
    taxonomy = Path("ontology/problems.ttl").read_text(encoding="utf-8")
    for entry in load_elsewhere():
        assert f"problem:{entry.problem.rsplit('/', 1)[-1]} a kg:Problem" in taxonomy
