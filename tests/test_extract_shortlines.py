"""Short lines of communication as working together (kg.extract.shortlines)."""

from __future__ import annotations

import pytest

from kg.extract.shortlines import has_lines, in_document
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        (
            "Als sterke punten noemen de beleidsmedewerkers: de korte lijnen met de aanbieders;"
            " de vaste contactpersoon per wijk.",
            "role/care-providers",
        ),
        (
            "Volgens ambtenaren is het contact goed: de lijnen met de huisartsen zijn kort.",
            "role/general-practitioners",
        ),
        (
            "Dat komt door de korte lijnen tussen het Vechtdal College en de sociale teams.",
            "organisation/vechtdal-college",
        ),
    ],
)
def test_short_lines_with_a_party_are_cooperation(sentence, partner):
    assert ("cooperates-with", OWN, partner) in relations(sentence)


def test_the_municipalitys_own_teams_are_no_partner():
    got = relations(
        "Dat komt door de korte lijnen tussen het Vechtdal College en de sociale teams."
    )
    assert ("cooperates-with", OWN, "role/social-team") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn geen korte lijnen met de huisartsen.",
        "De lijnen met de huisartsen zijn niet kort.",
        "De lijnen met de huisartsen zijn lang.",
    ],
)
def test_negated_or_long_lines_give_no_cooperation(sentence):
    got = relations(sentence)
    assert ("cooperates-with", OWN, "role/general-practitioners") not in got


def test_the_gates():
    text = "De korte lijnen met de school."
    assert has_lines(text, 0, len(text))
    assert not has_lines("De lijnen zijn lang.", 0, 20)
    assert in_document("korte lijnen") and not in_document("de regio")
