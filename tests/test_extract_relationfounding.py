"""Relations of a body or team founded together (kg.extract.relationfounding), on invented
sentences."""

from __future__ import annotations

import pytest

from kg.extract.relationfounding import gate
from tests.test_extract_relations import OWN, relations

OFFICE = "body/inkoopbureau-jeugd-noord"


def test_founding_with_partners_in_the_simple_past():
    found = relations(
        "In 2014 richtte de gemeente met Heerlen en Kerkrade het Inkoopbureau Jeugd Noord op."
    )
    assert {
        ("cooperates-with", OWN, "municipality/heerlen"),
        ("cooperates-with", OWN, "municipality/kerkrade"),
        ("member-of", OWN, OFFICE),
        ("member-of", "municipality/heerlen", OFFICE),
        ("member-of", "municipality/kerkrade", OFFICE),
    } <= found
    assert ("cooperates-with", OWN, OFFICE) not in found  # the founded body is no partner


def test_a_team_set_up_with_the_staff_of_an_organisation_is_its_make_up():
    # tests/gold/README.md, thirty-ninth session's settlement, 1: the staff's organisation
    # does the team's work, it is no partner (read by kg.extract.teamstaff)
    found = relations(
        "Het jeugdteam werd in 2015 door de gemeente opgezet met medewerkers van Stichting"
        " Welzijn Noord."
    )
    assert ("cooperates-with", OWN, "organisation/stichting-welzijn-noord") not in found
    assert ("executes-for", "organisation/stichting-welzijn-noord", OWN) in found


def test_a_project_set_up_with_the_staff_of_an_organisation_is_a_cooperation():
    found = relations(
        "Het buurtproject werd in 2015 door de gemeente opgezet met medewerkers van Stichting"
        " Welzijn Noord."
    )
    assert ("cooperates-with", OWN, "organisation/stichting-welzijn-noord") in found


def test_no_founding_partner_without_met_right_before_it_or_when_denied():
    found = relations("Het project werd opgezet met subsidie van Stichting Welzijn Noord.")
    assert not [r for r in found if r[0] == "cooperates-with"]  # a source of money only
    assert not relations("De gemeente richtte niet met Heerlen het Inkoopbureau Jeugd Noord op.")


def test_a_relative_clause_after_the_particle_is_about_the_body():
    found = relations(
        "In 2014 richtte de gemeente met Heerlen het Inkoopbureau Jeugd Noord op, dat sinds"
        " 2015 de jeugdhulp uitvoert."
    )
    assert ("executes-for", OWN, "municipality/heerlen") not in found


def test_the_document_gate():
    assert gate("zij richtte de g op.") and gate("werd opgezet met") and not gate("het werkt.")


@pytest.mark.parametrize(
    ("sentence", "body", "partners"),
    [
        (
            "De bijstand loopt via het Werkplein Noord, dat de gemeente samen met Heerlen,"
            " Kerkrade en het UWV heeft ingericht.",
            "body/werkplein-noord",
            ["municipality/heerlen", "municipality/kerkrade", "organisation/uwv"],
        ),
        (
            "De uitkeringen verzorgt de ISD Noord, die Teststad in 2014 samen met Heerlen heeft"
            " opgericht.",
            "body/isd-noord",
            ["municipality/heerlen"],
        ),
        (
            "Sinds 2015 is er het Werkplein Heuvelrand, dat de gemeente samen met Kerkrade en"
            " Landgraaf heeft opgezet.",
            "body/werkplein-heuvelrand",
            ["municipality/kerkrade", "municipality/landgraaf"],
        ),
        (
            "Veel mensen kennen de ISD Heuvelrand, die de gemeente met steun van de provincie"
            " samen met Voerendaal heeft opgericht.",
            "body/isd-heuvelrand",
            ["municipality/voerendaal"],
        ),
    ],
)
def test_a_relative_clause_of_founding_names_the_members_of_its_antecedent(
    sentence, body, partners
):
    found = relations(sentence)
    for member in [OWN, *partners]:
        assert ("member-of", member, body) in found
    for partner in partners:
        assert ("cooperates-with", OWN, partner) in found
        assert ("cooperates-with", body, partner) not in found  # the body is no partner


@pytest.mark.parametrize(
    "sentence",
    [
        "De ISD Noord, die samen met Heerlen de bijstand uitvoert, is tevreden.",  # X acts
        "De ISD Noord, die de gemeente niet samen met Heerlen heeft opgericht, stopt.",
        "De ISD Noord, die de gemeente samen met Heerlen financiert, is tevreden.",
    ],
)
def test_no_founding_membership_without_a_founder_and_a_participle_of_founding(sentence):
    assert ("member-of", "municipality/heerlen", "body/isd-noord") not in relations(sentence)
