"""A cooperation's gapped second conjunct (kg.extract.relationgaps), on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        (
            "Teststad werkt voor de jeugdhulp samen met de andere vijf Drentse gemeenten en voor"
            " de Wmo vooral met buurgemeente Heerlen.",
            "municipality/heerlen",
        ),
        (
            "De gemeente werkt bij de inkoop samen met Heerlen, en op het gebied van werk ook"
            " met Landgraaf.",
            "municipality/landgraaf",
        ),
        (
            "Voor de Wmo werkt Teststad samen met Heerlen en voor de jeugdzorg met Stichting"
            " Welzijn Noord.",
            "organisation/stichting-welzijn-noord",
        ),
        (
            "Teststad werkt samen met Heerlen en bij de schuldhulp met de GGD Middenland.",
            "body/ggd-middenland",
        ),
    ],
)
def test_the_partner_of_a_gapped_conjunct_cooperates(sentence, partner):
    assert ("cooperates-with", OWN, partner) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the second conjunct has a verb of its own
        "Teststad werkt samen met Heerlen en is voor de Wmo tevreden met Landgraaf.",
        # a semicolon ends the coordination
        "Teststad werkt samen met Heerlen; voor de Wmo met Landgraaf is er ruzie.",
        # no cooperation verb before it
        "Teststad koopt samen de hulp in en voor de Wmo praat het met Landgraaf.",
    ],
)
def test_a_conjunct_that_is_no_gapped_cooperation_gives_none(sentence):
    got = relations(sentence)
    assert ("cooperates-with", OWN, "municipality/landgraaf") not in got


def test_the_places_of_a_gapped_orientation_conjunct():
    found = relations(
        "De inwoners van de noordelijke kernen zijn voor werk op Zwolle gericht, die van de"
        " zuidelijke kernen eerder op Kampen en Epe."
    )
    assert {
        ("oriented-towards", OWN, "municipality/zwolle"),
        ("oriented-towards", OWN, "municipality/kampen"),
        ("oriented-towards", OWN, "municipality/epe"),
    } <= found


@pytest.mark.parametrize(
    "sentence",
    [
        # no orientation in the first conjunct
        "De inwoners van de kernen werken in Zwolle, die van de dorpen eerder op Kampen.",
        # the gapped conjunct is denied
        "De inwoners zijn op Zwolle gericht, die van de dorpen niet op Kampen.",
    ],
)
def test_no_gapped_orientation_without_an_orientation_or_when_denied(sentence):
    assert ("oriented-towards", OWN, "municipality/kampen") not in relations(sentence)
