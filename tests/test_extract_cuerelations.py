"""The relations of the cue phrases in one sentence (kg/extract/cuerelations.py)."""

from __future__ import annotations

import pytest

from kg.extract.cuerelations import cue_relations
from kg.extract.model import SentenceMention
from kg.extract.relationsentence import Sentence
from tests.test_extract_relations import OWN, relations


def _cues(text, *parties):
    """The relations cue_relations adds for ``text`` with ``parties`` as (iri, kind, name)."""
    mentions = [
        SentenceMention(iri, kind, text.index(name), text.index(name) + len(name), name, 0)
        for iri, kind, name in parties
    ]
    found = set()
    sen = Sentence(text, 0, len(text), mentions, OWN, [])
    cue_relations(sen, lambda *relation: found.add(relation))
    return found


def test_the_subject_before_the_cue_and_the_party_after_it():
    got = _cues(
        "Heerlen werkt samen met Landgraaf.",
        ("municipality/heerlen", "municipality", "Heerlen"),
        ("municipality/landgraaf", "municipality", "Landgraaf"),
    )
    assert got == {("cooperates-with", "municipality/heerlen", "municipality/landgraaf")}


def test_a_negated_cue_adds_nothing():
    got = _cues(
        "De gemeente werkt niet samen met Landgraaf.",
        ("municipality/landgraaf", "municipality", "Landgraaf"),
    )
    assert got == set()


def test_the_profiles_municipality_is_the_subject_of_de_gemeente():
    got = _cues(
        "De gemeente is aangesloten bij Regio Vallei.",
        ("body/regio-vallei", "body", "Regio Vallei"),
    )
    assert got == {("member-of", OWN, "body/regio-vallei")}


def test_negation_scopes_over_its_own_clause():
    # "niet" in the fronted clause does not deny the main clause; "maar niet met" denies Landgraaf
    assert relations(
        "Als dat niet lukt, werkt de gemeente samen met Heerlen, maar niet met Landgraaf."
    ) == {("cooperates-with", OWN, "municipality/heerlen")}


def test_cooperation_in_a_region_is_cooperation_only():
    # the area is the setting of the cooperation, no membership (tests/gold/README.md,
    # thirty-ninth session, decision 3; the old reading gave member-of for both partners)
    assert relations("Teststad werkt samen met Heerlen in de regio Kempenland.") == {
        ("cooperates-with", OWN, "municipality/heerlen"),
    }


def test_a_list_of_partners_in_a_named_region_are_all_partners_and_no_members():
    # decision 3 of the thirty-ninth session (tests/gold/README.md): cooperation only
    got = relations(
        "De gemeente werkt samen met de gemeenten Nijkerk, Barneveld en Scherpenzeel in de"
        " regio Gelderse Vallei."
    )
    for town in ("nijkerk", "barneveld", "scherpenzeel"):
        assert ("cooperates-with", OWN, f"municipality/{town}") in got
    assert not {r for r in got if r[0] == "member-of"}
    assert ("cooperates-with", OWN, "region/gelderse-vallei") not in got


def test_a_cooperation_cue_stops_at_a_membership_verb():
    # "samen met Heerlen" is cooperation; the region is joined by "deel aan", not a partner
    assert relations("De gemeente neemt samen met Heerlen deel aan Regio Vallei.") == {
        ("cooperates-with", OWN, "municipality/heerlen"),
        ("member-of", OWN, "body/regio-vallei"),
        ("member-of", "municipality/heerlen", "body/regio-vallei"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is, net als Heerlen, aangesloten bij Regio Vallei.",
        "De gemeente Heerlen is, net als Teststad, lid van Regio Vallei.",
    ],
)
def test_a_member_named_after_net_als_is_a_member_too(sentence):
    got = relations(sentence)
    assert ("member-of", OWN, "body/regio-vallei") in got
    assert ("member-of", "municipality/heerlen", "body/regio-vallei") in got


def test_the_partners_of_work_in_a_body_are_its_members():
    # "werkt in [a body] samen met A en B": the body ahead of the cue is the setting of all
    got = _cues(
        "Heerlen werkt in het Werkbedrijf Zuid samen met Landgraaf en Kerkrade.",
        ("municipality/heerlen", "municipality", "Heerlen"),
        ("body/werkbedrijf-zuid", "body", "Werkbedrijf Zuid"),
        ("municipality/landgraaf", "municipality", "Landgraaf"),
        ("municipality/kerkrade", "municipality", "Kerkrade"),
    )
    members = {r for r in got if r[0] == "member-of"}
    assert members == {
        ("member-of", f"municipality/{m}", "body/werkbedrijf-zuid")
        for m in ("heerlen", "landgraaf", "kerkrade")
    }


def test_work_in_an_area_with_partners_is_no_membership():
    # a region named ahead of the cue is where they work, not a body they are members of
    got = _cues(
        "Heerlen werkt in Parkstad samen met Landgraaf.",
        ("municipality/heerlen", "municipality", "Heerlen"),
        ("region/parkstad", "region", "Parkstad"),
        ("municipality/landgraaf", "municipality", "Landgraaf"),
    )
    assert not {r for r in got if r[0] == "member-of"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Het blijkt dat Teststad steeds meer afhangt van de Regio Vallei.",
        "Teststad hangt voor de jeugdhulp sterk af van de Regio Vallei.",
    ],
)
def test_the_verb_afhangen_van_is_a_dependence(sentence):
    assert ("depends-on", OWN, "body/regio-vallei") in relations(sentence)


def test_afhangen_van_a_thing_is_no_relation():
    assert not relations("Of de proef doorgaat, hangt af van de evaluatie.")


def test_a_figure_set_against_a_neighbours_is_a_comparison():
    found = relations(
        "Teststad telt 68 uitkeringen per 1.000 inwoners, tegen 49 in het aangrenzende Heerlen."
    )
    assert ("compares-with", OWN, "municipality/heerlen") in found


def test_a_figure_set_against_the_country_compares_with_no_municipality():
    found = relations("Teststad telt 9% werklozen, tegen 6,9% in Nederland.")
    assert not {r for r in found if r[0] == "compares-with"}


def test_consulting_fronted_partners_is_cooperation():
    found = relations("Met Heerlen en Landgraaf overlegt de gemeente over een mogelijke fusie.")
    assert {
        ("cooperates-with", OWN, "municipality/heerlen"),
        ("cooperates-with", OWN, "municipality/landgraaf"),
    } <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Aan de regionale tafels zitten ook de GGD IJsselland en Veilig Thuis IJsselland.",
        "Aan de regionale tafels zitten, naast die elf gemeenten, ook de GGD IJsselland en "
        "Veilig Thuis IJsselland.",
    ],
)
def test_partners_at_the_regional_table_cooperate_with_the_municipality(sentence):
    assert {
        ("cooperates-with", OWN, "body/ggd-ijsselland"),
        ("cooperates-with", OWN, "organisation/veilig-thuis-ijsselland"),
    } <= relations(sentence)


def test_roles_at_a_table_are_no_relation():
    assert not relations("Aan tafel zitten nu school, wijkteam en jeugdarts.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad werkt samen met Heerlen in de jeugdregio Kempenland, waarvoor Heerlen de"
        " contracten afsluit.",
        "Teststad werkt samen met Heerlen in de jeugdregio Kempenland, die namens hen"
        " contracten sluit met aanbieders.",
        "Teststad werkt samen met Heerlen in de jeugdregio Kempenland, die de jeugdhulp"
        " contracteert.",
        "Teststad werkt samen met Heerlen in de jeugdregio Kempenland; daar worden de"
        " contracten afgesloten.",
    ],
)
def test_contracting_in_a_region_is_buying_there_and_keeps_membership(sentence):
    # contracting care for the group is buying it: the partners are members of the region
    # that buys for them (tests/gold/README.md, thirty-ninth session, decisions 3 and 4)
    got = relations(sentence)
    assert ("cooperates-with", OWN, "municipality/heerlen") in got
    assert ("member-of", OWN, "region/jeugdregio-kempenland") in got
    assert ("member-of", "municipality/heerlen", "region/jeugdregio-kempenland") in got


def test_cooperation_for_the_purchase_in_a_region_is_cooperation_only():
    # "Voor de inkoop van …" names the purpose of the cooperation: the noun buys nothing in
    # the area, so the partners are no members of it (tests/gold/README.md, thirty-ninth
    # session, decision 3)
    got = relations(
        "Voor de inkoop van jeugdhulp werkt Teststad samen met Heerlen in de regio Kempenland."
    )
    assert ("cooperates-with", OWN, "municipality/heerlen") in got
    assert not {r for r in got if r[0] == "member-of"}


def test_buying_together_in_a_region_keeps_membership():
    # the verb of buying: a joint purchase in the area (the thirteenth batch kept member-of)
    got = relations("Teststad koopt de jeugdhulp in met Heerlen in de regio Kempenland.")
    assert ("cooperates-with", OWN, "municipality/heerlen") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Werkzoekenden uit het noorden van de gemeente kijken vooral naar Amersfoort.",
        "Veel inwoners kijken voor hun boodschappen naar Amersfoort.",
    ],
)
def test_inhabitants_looking_to_a_town_are_oriented_towards_it(sentence):
    found = relations(sentence)
    assert ("oriented-towards", OWN, "municipality/amersfoort") in found
    assert ("compares-with", OWN, "municipality/amersfoort") not in found


def test_officials_looking_to_a_town_compare_with_it():
    found = relations("Voor de inrichting van het team kijken ambtenaren naar Amersfoort.")
    assert ("compares-with", OWN, "municipality/amersfoort") in found
    assert ("oriented-towards", OWN, "municipality/amersfoort") not in found


def test_people_served_before_the_verb_are_not_its_subject():
    found = relations("Voor mensen in de wijk kijkt de gemeente naar Amersfoort.")
    assert ("oriented-towards", OWN, "municipality/amersfoort") not in found
