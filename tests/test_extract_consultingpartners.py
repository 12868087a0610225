"""The coordinated parties of a standing consultation (kg.extract.consultingpartners), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

POLICE = "role/police"
TEAM = "role/social-team"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De wijkagent en het sociaal team houden elke maand een casusoverleg.",
            {("cooperates-with", POLICE, TEAM)},
        ),
        (
            "Wijkagent en sociaal team → maandelijks casusoverleg over overlast",
            {("cooperates-with", POLICE, TEAM)},
        ),
        (
            "Het samenwerkingsverband passend onderwijs en de gemeente overleggen maandelijks.",
            {("cooperates-with", OWN, "role/samenwerkingsverband")},
        ),
        (
            "De gemeente en de huisartsen hadden in 2016 vaak overleg.",
            {("cooperates-with", OWN, "role/general-practitioners")},
        ),
        (
            "Woonstichting Rijnhof en de wijkteams houden elke maand een gezamenlijk overleg"
            " over huurders.",
            {("cooperates-with", "organisation/woonstichting-rijnhof", TEAM)},
        ),
    ],
)
def test_the_coordinated_subject_of_a_consultation_works_together(sentence, expected):
    assert expected <= relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De wijkagent en het sociaal team houden geen overleg.",
        "Met de school en de wijkagent overleggen de consulenten.",
        "De wijkagent en het sociaal team zijn druk.",
        "Het overleg met de wijkagent is gestopt.",
    ],
)
def test_no_consultation_of_a_coordinated_subject_gives_nothing(sentence):
    assert not {r for r in relations(sentence) if r[1] == POLICE or r[2] == POLICE}


def test_the_gate_and_the_document_reading():
    from kg.document import parse_profile
    from kg.extract.consultingpartners import consultations, in_document

    assert in_document("het casusoverleg") and not in_document("de regio")
    doc = parse_profile("X\n\nDe gemeente groeit. Niemand overlegt.", "x")
    assert consultations(doc, [], "municipality/x") == {}
