"""The executor of a passive clause is its agent after "door" (kg.extract.relationagents);
invented sentences, none taken from a profile."""

from __future__ import annotations

from tests.test_extract_relations import OWN, relations

TAXI = "organisation/taxi-noord"
HEERLEN = "municipality/heerlen"


def test_the_agent_of_a_passive_executes_for_the_principals():
    found = relations(
        "Het vervoer wordt in opdracht van Teststad en Heerlen gereden door Taxi Noord."
    )
    assert found == {("executes-for", TAXI, OWN), ("executes-for", TAXI, HEERLEN)}


def test_a_passive_with_no_agent_names_no_executor():
    assert relations("Het vervoer wordt in opdracht van Heerlen gereden.") == set()


def test_an_active_clause_keeps_its_subject():
    assert relations("Stichting Vervoer Noord rijdt het vervoer in opdracht van Heerlen.") == {
        ("executes-for", "organisation/stichting-vervoer-noord", HEERLEN)
    }
