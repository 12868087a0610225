"""A municipality "of" an area (a landstreek) is no member of it (kg.extract.relationareas);
invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from kg.extract.model import Entity, Relation, SentenceMention
from kg.extract.relationareas import area_memberships
from tests.test_extract_relations import OWN, relations

TWENTE = "region/twente"


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is de grootste gemeente van Twente.",
        "Teststad is een van de kleinere gemeenten van Twente.",
    ],
)
def test_a_municipality_of_an_area_is_no_member(sentence):
    assert ("member-of", OWN, TWENTE) not in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad maakt deel uit van Twente.",
        "De regio is Twente, met Enschede als centrumgemeente.",
    ],
)
def test_a_membership_stated_as_joining_or_of_a_region_stands(sentence):
    assert ("member-of", OWN, TWENTE) in relations(sentence)


def test_a_scale_region_is_no_area():
    ents = {"r/amr": Entity("r/amr", "region", "arbeidsmarktregio Twente")}
    text = "Teststad is een gemeente van de arbeidsmarktregio Twente."
    rel = [Relation("member-of", "id/municipality/teststad", "r/amr", 0, len(text), 0)]
    ms = [SentenceMention("r/amr", "region", 32, 56, "arbeidsmarktregio Twente", 0)]
    assert area_memberships(rel, text, ents, ms) == rel


def test_a_minted_region_is_left_alone():
    ents = {"r/x": Entity("r/x", "region", "Noordrand", minted=True)}
    text = "Teststad is een gemeente van de Noordrand."
    rel = [Relation("member-of", "id/municipality/teststad", "r/x", 0, len(text), 0)]
    ms = [SentenceMention("r/x", "region", 32, 41, "Noordrand", 0)]
    assert area_memberships(rel, text, ents, ms) == rel


def test_an_area_named_after_a_region_label_is_a_cooperation_region():
    from tests.test_extract_relations import OWN, relations

    assert ("member-of", OWN, "region/twente") in relations(
        "Zorgregio: Twente, veertien gemeenten."
    )
