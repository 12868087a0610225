"""Members of a group named where the group is not (kg.extract.relationmembers), on
invented sentences."""

from __future__ import annotations

import pytest

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


def test_the_body_is_named_by_its_head_and_its_municipalities_are_mentions():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text("De ISD van Heerlen en Kerkrade verstrekt de bijstand.")
    named = {(key(m.entity), m.text) for m in ex.mentions}
    assert ("body/isd", "ISD") in named
    assert {(HEERLEN, "Heerlen"), (KERKRADE, "Kerkrade")} <= named
    assert not any("heerlen" in iri for iri, _ in named if iri.startswith("body/"))


def test_members_after_de_gemeenten_and_after_a_named_body():
    assert relations("De Sociale Dienst van de gemeenten Heerlen en Kerkrade groeit.") == {
        ("member-of", HEERLEN, "body/sociale-dienst"),
        ("member-of", KERKRADE, "body/sociale-dienst"),
    }
    assert relations("Teststad werkt samen met de ISD Heuvelland van Heerlen en Kerkrade.") == {
        ("cooperates-with", OWN, "body/isd-heuvelland"),
        ("member-of", HEERLEN, "body/isd-heuvelland"),
        ("member-of", KERKRADE, "body/isd-heuvelland"),
    }


def test_the_members_are_no_parties_of_the_cue_the_body_stands_in():
    found = relations("De bijstand wordt verzorgd door het Werkplein van Heerlen en Kerkrade.")
    executes = {r for r in found if r[0] == "executes-for"}
    assert len(executes) == 1 and all(r[1].startswith("body/werkplein") for r in executes)
    assert {r[2] for r in executes} == {OWN}


def test_a_foundation_keeps_the_place_in_its_name():
    found = relations("De gemeente werkt samen met Stichting Vrienden van Heerlen.")
    assert found == {("cooperates-with", OWN, "organisation/stichting-vrienden-van-heerlen")}


def test_a_body_acting_on_behalf_of_the_municipalities_has_the_municipality_as_member():
    for sentence in (
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand, dat namens de zes "
        "gemeenten van de regio de contracten afsluit.",
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand, namens de gemeenten "
        "van de jeugdregio, met een eigen directeur.",
        # "voor" a definite group, "alle" or a demonstrative, a compound head, an acronym
        "De beoordeling is ondergebracht bij het Inkoopbureau Zorg Heuvelrand (IZH), die dit "
        "voor de zes Heuvelrandgemeenten doet.",
        "Het Inkoopbureau Zorg Heuvelrand, dat namens deze zeven gemeenten inkoopt, groeit.",
        "De zorg loopt via het Inkoopbureau Zorg Heuvelrand, dat voor alle tien gemeenten "
        "contracten sluit.",
        # the pronoun's task done for the group ("dat dit doet voor alle 23 … gemeenten")
        "De zorg wordt ingekocht via het Inkoopbureau Zorg Heuvelrand (IZH), dat dit doet voor "
        "alle twaalf Utrechtse gemeenten.",
    ):
        found = relations(sentence)
        assert ("member-of", OWN, "body/inkoopbureau-zorg-heuvelrand") in found, sentence


def test_the_municipalities_listed_after_namens_are_the_members():
    found = relations(
        "Het Inkoopbureau Zorg Heuvelrand, namens de gemeenten Heerlen en Kerkrade, sluit "
        "contracten met aanbieders."
    )
    members = {s for kind, s, o in found if kind == "member-of"}
    assert members == {HEERLEN, KERKRADE}


def test_no_member_for_an_indefinite_group():
    assert not {
        r
        for r in relations(
            "Het Inkoopbureau Zorg Heuvelrand, namens 21 gemeenten, sluit contracten met "
            "aanbieders."
        )
        if r[0] == "member-of"
    }


def test_an_office_bought_through_that_acts_for_a_number_of_municipalities_holds_the_buyer():
    found = relations(
        "De jeugdhulp wordt ingekocht via Inkoopbureau Jeugd Noord, dat namens tien gemeenten"
        " contracten sluit."
    )
    office = "body/inkoopbureau-jeugd-noord"
    assert ("purchases-via", OWN, office) in found
    assert ("member-of", OWN, office) in found


def test_a_counted_group_without_a_purchase_makes_no_member():
    found = relations("Inkoopbureau Jeugd Noord sluit namens tien gemeenten contracten.")
    assert ("member-of", OWN, "body/inkoopbureau-jeugd-noord") not in found


def test_an_office_that_buys_for_all_municipalities_of_a_group_holds_the_municipality():
    found = relations(
        "Teststad koopt in via Inkoopbureau Jeugd Noord. Inkoopbureau Jeugd Noord koopt de"
        " jeugdhulp in voor alle dertien Limburgse gemeenten."
    )
    assert ("member-of", OWN, "body/inkoopbureau-jeugd-noord") in found


def test_a_group_that_holds_parties_with_its_verb_last_has_them_as_members():
    found = relations(
        "Teststad is lid van Regio Noord. De wethouder zegt dat Regio Noord de GGD Noord en"
        " Veilig Thuis Noord omvat."
    )
    assert {
        ("member-of", "body/ggd-noord", "body/regio-noord"),
        ("member-of", "organisation/veilig-thuis-noord", "body/regio-noord"),
    } <= found


def test_holding_not_at_the_clause_end_is_no_verb_last_membership():
    found = relations("De wethouder zegt dat Regio Noord de GGD Noord omvat als partner.")
    assert ("member-of", "body/ggd-noord", "body/regio-noord") not in found


def test_a_body_whose_apposition_names_whose_it_is_has_them_as_members():
    # "X, de sociale dienst van A en B": the apposition says what the body is and whose
    found = relations(
        "Teststad maakt geen deel uit van de ISD Heuvelland, de sociale dienst van Heerlen en "
        "Kerkrade."
    )
    assert ("member-of", HEERLEN, "body/isd-heuvelland") in found
    assert ("member-of", KERKRADE, "body/isd-heuvelland") in found
    assert ("member-of", OWN, "body/isd-heuvelland") not in found


def test_an_apposition_with_a_preposition_names_no_members():
    # "het loket voor inwoners van A": the body serves inhabitants, no municipality owns it
    found = relations(
        "Teststad werkt samen met de ISD Heuvelland, het loket voor inwoners van Heerlen."
    )
    assert ("member-of", HEERLEN, "body/isd-heuvelland") not in found


def test_an_unnamed_werkgeversservicepunt_is_the_role():
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(
        "Het werkgeversservicepunt, waarin gemeente en UWV samen werkgevers benaderen, groeit."
    )
    found = {(key(m.entity), m.text) for m in ex.mentions}
    assert ("role/werkgeversservicepunt", "werkgeversservicepunt") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente koopt de jeugdhulp met de zeven gemeenten van Zuid-Limburg in via het"
        " Inkoopbureau Jeugd Heuvelrand.",
        "De jeugdhulp wordt met de andere gemeenten in de regio ingekocht via het Inkoopbureau"
        " Jeugd Heuvelrand.",
        "Samen met alle Limburgse gemeenten koopt Teststad de specialistische zorg in via het"
        " Inkoopbureau Jeugd Heuvelrand.",
        "Met deze vier gemeenten koopt de gemeente de Wmo-begeleiding in via het Inkoopbureau"
        " Jeugd Heuvelrand.",
    ],
)
def test_buying_with_a_definite_group_of_municipalities_via_an_office_is_membership(sentence):
    found = relations(sentence)
    assert ("purchases-via", OWN, "body/inkoopbureau-jeugd-heuvelrand") in found
    assert ("member-of", OWN, "body/inkoopbureau-jeugd-heuvelrand") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "De jeugdhulp wordt ingekocht via het Inkoopbureau Jeugd Heuvelrand.",
        "De jeugdhulp wordt ingekocht via het Inkoopbureau Jeugd Heuvelrand, dat ook voor"
        " 21 gemeenten werkt.",
    ],
)
def test_buying_via_an_office_alone_is_no_membership(sentence):
    assert not {r for r in relations(sentence) if r[0] == "member-of"}


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "Teststad koopt de jeugdhulp in via de Regio Vallei, samen met de elf andere"
            " Friese gemeenten.",
            "body/regio-vallei",
        ),
        (
            "Teststad koopt de begeleiding in via het Inkoopbureau Oost, met alle twaalf"
            " andere Drentse gemeenten.",
            "body/inkoopbureau-oost",
        ),
        (
            "Hij legde uit dat Teststad de jeugdhulp inkoopt bij de Regio Vallei, samen met"
            " de negen overige Zeeuwse gemeenten.",
            "body/regio-vallei",
        ),
        (
            "Via de Regio Vallei koopt Teststad de jeugdzorg in, samen met de drie andere"
            " Gelderse gemeenten.",
            "body/regio-vallei",
        ),
    ],
)
def test_buying_with_a_counted_group_of_other_municipalities_is_membership(sentence, office):
    found = relations(sentence)
    assert ("purchases-via", OWN, office) in found
    assert ("member-of", OWN, office) in found


def test_other_municipalities_outside_the_purchase_or_no_purchase_give_no_membership():
    found = relations(
        "Teststad koopt de jeugdhulp in via de Regio Vallei; de drie andere Friese gemeenten"
        " doen dat zelf."
    )
    assert ("member-of", OWN, "body/regio-vallei") not in found
    assert not {
        r
        for r in relations("Teststad werkt samen met de elf andere Drentse gemeenten.")
        if r[0] == "member-of"
    }
