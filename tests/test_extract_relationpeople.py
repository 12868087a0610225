"""Relations read from a party's people or a pronoun (kg.extract.relationpeople), on
invented sentences."""

from __future__ import annotations

from tests.test_extract_relations import OWN, relations

WELZIJN = "organisation/stichting-welzijn-noord"


def test_a_party_with_clients_serves_the_municipality():
    found = relations("Veel cliënten van Stichting Welzijn Noord wonen alleen.")
    assert found == {("executes-for", WELZIJN, OWN)}


def test_clients_of_a_party_related_otherwise_add_the_service():
    # the partner serves the municipality's people: it also does the work for it
    found = relations(
        "De gemeente werkt samen met Stichting Welzijn Noord. De cliënten van Stichting Welzijn"
        " Noord zijn tevreden."
    )
    assert found == {("cooperates-with", OWN, WELZIJN), ("executes-for", WELZIJN, OWN)}


def test_together_they_after_a_list_with_the_municipality():
    found = relations(
        "Teststad, Heerlen en Kerkrade liggen in Limburg. Samen kopen zij de jeugdhulp in."
    )
    assert found == {
        ("cooperates-with", OWN, "municipality/heerlen"),
        ("cooperates-with", OWN, "municipality/kerkrade"),
    }


def test_together_they_without_the_municipality_gives_nothing():
    assert relations("Heerlen en Kerkrade liggen in Limburg. Samen kopen zij de zorg in.") == set()


def test_document_checks_choose_the_rules():
    from kg.extract.relationpeople import clients_in, together_in

    assert clients_in("de klanten van het werkplein") and not clients_in("de klanten")
    assert together_in("Samen kopen zij in.") and not together_in("samen met a")


def test_buying_via_an_office_together_with_partners_makes_them_members():
    found = relations(
        "Via het Inkoopbureau Jeugd Noord koopt Teststad jeugdhulp in, samen met Heerlen en"
        " Kerkrade."
    )
    office = "body/inkoopbureau-jeugd-noord"
    assert ("purchases-via", OWN, office) in found
    assert {
        ("member-of", m, office) for m in (OWN, "municipality/heerlen", "municipality/kerkrade")
    } <= found


def test_buying_via_a_region_together_with_partners_makes_them_members():
    # a region that buys for its municipalities is an office as a bureau is (decision 8)
    found = relations(
        "De jeugdhulp koopt Teststad in via de regio Zuid-Limburg, samen met Heerlen en nog"
        " zeven andere gemeenten."
    )
    region = "region/zuid-limburg"
    assert ("purchases-via", OWN, region) in found
    assert {("member-of", m, region) for m in (OWN, "municipality/heerlen")} <= found


def test_a_purchase_in_a_clause_of_its_own_makes_no_members():
    found = relations(
        "Teststad werkt samen met Heerlen en Kerkrade; de inkoop loopt via het Inkoopbureau"
        " Jeugd Noord."
    )
    assert not {r for r in found if r[0] == "member-of"}


def test_an_office_named_as_a_team_is_pointed_back_to():
    found = relations(
        "De raad kent het Regionaal Inkoopteam Jeugd Noord. Via dat inkoopteam koopt Teststad"
        " jeugdhulp in."
    )
    assert ("purchases-via", OWN, "body/regionaal-inkoopteam-jeugd-noord") in found


def test_a_party_that_judges_the_cooperation_is_the_municipalitys_partner():
    found = relations(
        "Het UWV stelt dat de samenwerking op het Werkplein pas in 2016 op gang kwam."
    )
    assert ("cooperates-with", OWN, "organisation/uwv") in found
    found = relations(
        "De directeur van Stichting Welzijn Noord is over de samenwerking met de gemeente positief."
    )
    assert ("cooperates-with", OWN, WELZIJN) in found


def test_a_cooperation_with_another_partner_or_denied_is_not_the_municipalitys():
    found = relations("Stichting Welzijn Noord noemt de samenwerking met de huisartsen goed.")
    assert ("cooperates-with", OWN, WELZIJN) not in found
    found = relations("Volgens Stichting Welzijn Noord is er geen samenwerking.")
    assert ("cooperates-with", OWN, WELZIJN) not in found


def test_doing_a_task_via_an_office_together_with_partners_makes_them_members():
    found = relations(
        "Teststad voert de Participatiewet uit via het Werkplein Noord, samen met Heerlen en"
        " Kerkrade."
    )
    office = "body/werkplein-noord"
    assert {
        ("member-of", m, office) for m in (OWN, "municipality/heerlen", "municipality/kerkrade")
    } <= found
