"""Questions to the national government left unanswered: poor national communication."""

from __future__ import annotations

from kg.extract.unanswered import unanswered
from tests.extract_helpers import extract_text, finding_for, key


def _keys(text: str) -> list[str]:
    return sorted(p.rsplit("/", 1)[-1] for p in unanswered(text, 0, len(text)))


def test_an_answer_of_the_ministry_that_stays_out_is_poor_national_communication():
    assert _keys("De wethouder schreef de staatssecretaris, maar een reactie bleef uit.") == [
        "poor-national-communication"
    ]
    assert _keys("Over de nieuwe regelgeving is nog geen antwoord gekomen.") == [
        "poor-national-communication"
    ]


def test_an_answer_that_came_or_that_no_national_body_owes_is_no_problem():
    assert _keys("Het ministerie gaf binnen een week antwoord.") == []
    assert _keys("De aanbieder vroeg het wijkteam om uitleg; een antwoord is uitgebleven.") == []


def test_the_claim_carries_the_problem():
    doc, ex = extract_text(
        "Het college stelde vragen over de PGB-regels, maar de antwoorden moeten nog komen."
    )
    finding = finding_for(doc, ex, "PGB-regels")
    assert "problem/poor-national-communication" in {key(c) for c in finding.concerns}
