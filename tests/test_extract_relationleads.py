"""The lead municipality of a group named around its role (kg.extract.relationleads), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
BUREAU = "body/inkoopbureau-zorg-heuvelrand"


@pytest.mark.parametrize(
    "sentence",
    [
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand, waarvoor Heerlen als "
        "penvoerder optreedt.",
        # a relative clause coordinated with the one before shares its antecedent
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand, dat de contracten met "
        "aanbieders beheert en waarvoor Heerlen als penvoerder optreedt.",
    ],
)
def test_a_relative_clause_names_the_lead_of_its_antecedent(sentence):
    found = relations(sentence)
    assert ("lead-municipality", BUREAU, HEERLEN) in found
    # the lead is no partner of the contracts named in the clause before
    assert ("cooperates-with", BUREAU, HEERLEN) not in found


def test_a_negated_relative_clause_names_no_lead():
    found = relations(
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand, waarvoor Heerlen niet "
        "langer als penvoerder optreedt."
    )
    assert ("lead-municipality", BUREAU, HEERLEN) not in found


def test_the_centrumgemeente_in_apposition_leads_the_group_named_last():
    found = relations(
        "Teststad maakt deel uit van de regio Heuvelrand. Heerlen, de centrumgemeente, "
        "koopt de opvang in."
    )
    assert ("lead-municipality", "region/heuvelrand", HEERLEN) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Als centrumgemeente van de regio Heuvelrand werkt Teststad samen met Heerlen en "
        "Landgraaf.",
        "Als penvoerder van de regio Heuvelrand werkt Teststad samen met Heerlen en Landgraaf.",
    ],
)
def test_the_partners_of_a_lead_in_its_role_are_members_of_its_group(sentence):
    found = relations(sentence)
    assert ("member-of", HEERLEN, "region/heuvelrand") in found
    assert ("member-of", "municipality/landgraaf", "region/heuvelrand") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Als gemeente in de regio Heuvelrand werkt Teststad samen met Heerlen en Landgraaf.",
        # a meeting, not a cooperation of members
        "Als centrumgemeente van de regio Heuvelrand overlegt Teststad geregeld met Heerlen "
        "over de inkoop.",
    ],
)
def test_partners_outside_a_fronted_role_or_a_cooperation_are_no_members(sentence):
    found = relations(sentence)
    assert ("member-of", HEERLEN, "region/heuvelrand") not in found


def test_a_fronted_centre_role_for_the_whole_region_leads_the_region_named_before():
    # "de hele regio" refers back to the region named last; the centre is the inverted subject
    found = relations(
        "Teststad ligt in de regio Heuvelrand.",
        "Als centrumgemeente voor beschermd wonen beheert Heerlen geld voor de hele regio.",
    )
    assert ("lead-municipality", "region/heuvelrand", HEERLEN) in found


def test_a_fronted_centre_role_with_its_region_named_is_left_to_the_named_forms():
    found = relations(
        "Teststad ligt in de regio Heuvelrand.",
        "Als centrumgemeente van de regio Kempenland beheert Heerlen geld voor de hele regio.",
    )
    assert ("lead-municipality", "region/heuvelrand", HEERLEN) not in found


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # the relative clause names the profile's municipality by a definite or a pronoun
        (
            "Teststad valt onder de jeugdregio Heuvelrand, waarvan de stad zelf de"
            " centrumgemeente is.",
            "region/jeugdregio-heuvelrand",
        ),
        (
            "De gemeente ligt in de regio Heuvelrand, waarvoor zij als centrumgemeente optreedt.",
            "region/heuvelrand",
        ),
        (
            "Voor werk hoort Teststad bij de arbeidsmarktregio Heuvelrand, waarvan de gemeente ook"
            " centrumgemeente is.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
        (
            "Teststad neemt deel aan de Regio Heuvelrand, waarbinnen ze zelf centrumgemeente is.",
            "body/regio-heuvelrand",
        ),
    ],
)
def test_the_own_municipality_leads_in_a_relative_clause(sentence, group):
    assert ("lead-municipality", group, "municipality/teststad") in relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        # in the centre's role with the others in a labour-market region, an area: no member
        # either (gold README, thirty-third session, settling decision 3, on "Als
        # centrumgemeente … werkt Tiel samen met Buren"); a joint body keeps its members
        # (test_the_partners_of_a_lead_of_a_joint_body_stay_its_members)
        (
            "Als centrumgemeente van de arbeidsmarktregio Heuvelrand werkt Teststad samen met"
            " Heerlen en Kerkrade.",
            False,
        ),
        # named only as the centre: lead, no member (thirty-first session, decision 15)
        (
            "Als centrumgemeente van de arbeidsmarktregio Heuvelrand ontvangt Teststad het geld.",
            False,
        ),
        ("Teststad is opgenomen als centrumgemeente van de arbeidsmarktregio Heuvelrand.", False),
        ("De stad fungeert als centrumgemeente van de arbeidsmarktregio Heuvelrand.", False),
    ],
)
def test_the_centre_is_a_member_only_when_it_works_with_the_others(sentence, member):
    own = ("member-of", "municipality/teststad", "region/arbeidsmarktregio-heuvelrand")
    assert (own in relations(sentence)) is member


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Centrumgemeente van de Drechtsteden.", "region/drechtsteden"),
        ("Centrumgemeente beschermd wonen en opvang voor Regio Vallei.", "body/regio-vallei"),
        (
            "Centrumgemeente voor de arbeidsmarktregio Heuvelrand, met Leusden en Heerlen.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
        ("Centrumgemeente van de jeugdregio Twente.", "region/jeugdregio-twente"),
    ],
)
def test_a_verbless_line_naming_the_role_makes_the_municipality_lead(sentence, group):
    assert ("lead-municipality", group, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Centrumgemeente: niet van Regio Vallei.",
        "Centrumgemeenten in de regio zijn Leusden en Heerlen.",
    ],
)
def test_a_denied_role_or_other_centres_make_no_lead_of_the_municipality(sentence):
    assert not any(kind == "lead-municipality" and o == OWN for kind, _, o in relations(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Als centrumgemeente van de arbeidsmarktregio Rivierenland werkt Teststad samen met"
        " Heerlen, Landgraaf en Zaltbommel.",
        "Teststad is centrumgemeente van de arbeidsmarktregio Food Valley, waarin de gemeente"
        " samenwerkt met Heerlen en Landgraaf.",
        "Als centrumgemeente van arbeidsmarktregio Heuvelrand werkt Teststad nauw samen met"
        " Heerlen en Landgraaf.",
        "Teststad is sinds 2015 centrumgemeente van de arbeidsmarktregio Heuvelrand, waarin de"
        " gemeente samenwerkt met Heerlen en Landgraaf.",
    ],
)
def test_cooperation_in_a_labour_market_region_is_no_membership(sentence):
    found = relations(sentence)
    assert not {r for r in found if r[0] == "member-of"}
    assert ("cooperates-with", "municipality/teststad", HEERLEN) in found
    assert any(r[0] == "lead-municipality" for r in found)


def test_the_partners_of_a_lead_of_a_joint_body_stay_its_members():
    found = relations(
        "Als centrumgemeente van de Regio Rivierenland werkt Teststad samen met Heerlen en"
        " Landgraaf."
    )
    assert ("member-of", HEERLEN, "body/regio-rivierenland") in found


def test_the_lead_of_the_group_just_named_through_daarvan():
    found = relations(
        "De jeugdhulp kopen wij in via het Inkoopbureau Jeugd Zuidland; Ede is daarvan de"
        " penvoerder."
    )
    assert ("lead-municipality", "body/inkoopbureau-jeugd-zuidland", "municipality/ede") in found
    inverted = relations(
        "Teststad werkt samen in de Regio Zuidland. Daarvan is Ede de centrumgemeente."
    )
    assert ("lead-municipality", "body/regio-zuidland", "municipality/ede") in inverted


def test_no_lead_through_daarvan_when_denied_or_without_the_role():
    found = relations(
        "De jeugdhulp kopen wij in via het Inkoopbureau Jeugd Zuidland; Ede is daarvan niet"
        " de penvoerder."
    )
    assert not {r for r in found if r[0] == "lead-municipality"}
    found = relations(
        "De jeugdhulp kopen wij in via het Inkoopbureau Jeugd Zuidland; Ede is daarvan lid."
    )
    assert not {r for r in found if r[0] == "lead-municipality"}
