"""Members of a group named where the group is not (kg.extract.relationmembers), on
invented sentences."""

from __future__ import annotations

from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
KERKRADE = "municipality/kerkrade"


def test_participants_referred_back_are_members_of_the_group_named_before():
    found = relations(
        "De Regio Vallei groeit. De deelnemende gemeenten zijn Heerlen, Kerkrade en Teststad."
    )
    assert found == {
        ("member-of", HEERLEN, "body/regio-vallei"),
        ("member-of", KERKRADE, "body/regio-vallei"),
        ("member-of", OWN, "body/regio-vallei"),
    }


def test_no_group_named_no_members():
    assert relations("De deelnemende gemeenten zijn Heerlen en Kerkrade.") == set()


def test_a_body_named_after_its_municipalities_has_them_as_members():
    found = relations(
        "Heerlen groeit. De ISD van Heerlen, Kerkrade en Teststad verstrekt de bijstand."
    )
    isd = {obj for kind, _, obj in found if kind == "member-of"}
    assert len(isd) == 1
    assert {s for kind, s, _ in found if kind == "member-of"} == {HEERLEN, KERKRADE, OWN}


def test_a_body_of_an_unnamed_place_has_no_members():
    assert not {
        r
        for r in relations("Het Werkplein van Noorderkwartier helpt werkzoekenden.")
        if r[0] == "member-of"
    }


def test_document_check_for_listed_participants():
    from kg.extract.relationmembers import listed_in

    assert listed_in("de aangesloten gemeenten zijn a en b") and not listed_in("de gemeente is a")
