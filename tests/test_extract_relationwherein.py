"""Partners working together in a relative clause (kg.extract.relationwherein), on invented
sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations


def test_the_listed_municipalities_of_a_region_cooperate_with_the_municipality():
    found = relations(
        "Teststad maakt deel uit van de regio Vallei, waarin de vier gemeenten Heerlen,"
        " Leusden, Teststad en Zwolle samenwerken."
    )
    assert {
        ("cooperates-with", OWN, "municipality/heerlen"),
        ("cooperates-with", OWN, "municipality/leusden"),
        ("cooperates-with", OWN, "municipality/zwolle"),
    } <= found


def test_the_municipalities_unnamed_cooperate_with_the_named_partner():
    found = relations(
        "Het Werkgeversservicepunt Vallei, waarin de gemeenten en het UWV samenwerken, heeft"
        " 45 mensen aan een baan geholpen."
    )
    assert ("cooperates-with", OWN, "organisation/uwv") in found


def test_partners_without_the_municipality_cooperate_with_the_first():
    found = relations(
        "De toegang loopt via de Stichting Wijkteams Teststad, waarin medewerkers van Surplus"
        " en MEE samen optrekken."
    )
    assert ("cooperates-with", "organisation/surplus", "organisation/mee") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # sitting in a group is a membership, not working together
        "Teststad maakt deel uit van de regio Vallei, waarin Heerlen en Leusden zitting hebben.",
        # negated
        "Teststad maakt deel uit van de regio Vallei, waarin Heerlen en Leusden niet samenwerken.",
    ],
)
def test_no_cooperation_without_working_together(sentence):
    found = relations(sentence)
    assert ("cooperates-with", OWN, "municipality/heerlen") not in found
