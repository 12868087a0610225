"""A team staffed by an organisation's people: the organisation does the team's work."""

from __future__ import annotations

import pytest

from kg.extract.teamstaff import gate
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"
NOORD = "organisation/stichting-welzijn-noord"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "staffers"),
    [
        ("Teststad heeft één gezinsteam, met medewerkers van MEE en Tactus.", ["mee", "tactus"]),
        (
            "Het jeugdteam werd in 2016 aangevuld met twee consulenten van Stichting Welzijn"
            " Noord.",
            ["stichting-welzijn-noord"],
        ),
        (
            "De buurtteams tellen ruim 60 medewerkers, van wie een deel in dienst is van MEE.",
            ["mee"],
        ),
        (
            "De vier wijkteams worden bemand door hulpverleners van Stichting Welzijn Noord en"
            " MEE.",
            ["stichting-welzijn-noord", "mee"],
        ),
        ("De leden van het sociaal team zijn afkomstig van MEE, Tactus en de gemeente.", ["mee"]),
        (
            "Het toegangsteam, dat de gemeente in 2015 opzette met medewerkers van Tactus en het"
            " maatschappelijk werk, telt negen mensen.",
            ["tactus"],
        ),
    ],
)
def test_the_staff_of_a_team_do_its_work_for_the_municipality(sentence, staffers):
    found = relations(sentence)
    for name in staffers:
        assert ("executes-for", f"organisation/{name}", OWN) in found
        assert ("cooperates-with", OWN, f"organisation/{name}") not in found


def test_a_team_set_up_with_staff_is_no_cooperation_with_them():
    found = relations(
        "Het jeugdteam werd in 2015 door de gemeente opgezet met medewerkers van Stichting"
        " Welzijn Noord."
    )
    assert ("executes-for", NOORD, OWN) in found
    assert ("cooperates-with", OWN, NOORD) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder sprak met medewerkers van MEE over het wijkteam.",  # talking, no make-up
        "Het wijkteam, met medewerkers van MEE en Tactus, werkt nauw samen met de huisartsen.",
        "Het jeugdteam werd niet aangevuld met medewerkers van MEE.",  # denied
        "Medewerkers van MEE vinden dat het wijkteam te traag werkt.",  # speakers, no make-up
        "De consulent, die in dienst is van MEE, verwijst naar de huisarts.",  # no team named
    ],
)
def test_no_make_up_without_a_team_staffed_or_when_denied(sentence):
    found = relations(sentence)
    assert ("executes-for", "organisation/mee", OWN) not in found


def test_the_gate_needs_a_team_and_its_staff():
    assert gate("het wijkteam, met medewerkers van a.")
    assert gate("de teamleden zijn afkomstig van a.")
    assert not gate("de medewerkers van a zeggen dat.")
    assert not gate("het wijkteam werkt goed.")
