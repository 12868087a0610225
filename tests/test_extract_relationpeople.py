"""Relations read from a party's people or a pronoun (kg.extract.relationpeople), on
invented sentences."""

from __future__ import annotations

from tests.test_extract_relations import OWN, relations

WELZIJN = "organisation/stichting-welzijn-noord"


def test_a_party_with_clients_serves_the_municipality():
    found = relations("Veel cliënten van Stichting Welzijn Noord wonen alleen.")
    assert found == {("executes-for", WELZIJN, OWN)}


def test_clients_of_a_party_related_otherwise_add_nothing():
    found = relations(
        "De gemeente werkt samen met Stichting Welzijn Noord. De cliënten van Stichting Welzijn"
        " Noord zijn tevreden."
    )
    assert found == {("cooperates-with", OWN, WELZIJN)}


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
