"""The lead municipality of a group named around its role (kg.extract.relationleads), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import relations

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
