"""Facts about third parties (kg/extract/thirdparties.py)."""

from __future__ import annotations

import pytest

from kg.extract.thirdparties import third_party_acts

ORGANISATION = "https://w3id.org/kg-decentralisatie/id/organisation/stichting-zonnewijzer"
BODY = "https://w3id.org/kg-decentralisatie/id/body/ggd-noord"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Stichting Zonnewijzer verzorgt het opbouwwerk in de wijken.", ORGANISATION),
        ("De GGD Noord werkt sinds vorig jaar met een jeugdverpleegkundige.", BODY),
    ],
)
def test_a_named_party_plainly_acting_is_a_third_party_fact(sentence, subject):
    assert third_party_acts(sentence, 0, len(sentence), subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Zonnewijzer verzorgt het opbouwwerk, maar heeft te weinig geld.",
        "Stichting Zonnewijzer telde in 2015 ruim 300 aanmeldingen.",
        "Stichting Zonnewijzer wordt gezien als een betrouwbare partner.",
        "Stichting Zonnewijzer heeft één probleem: geld.",
        "Stichting Zonnewijzer doet veel, al ziet men dat niet altijd.",
    ],
)
def test_a_turn_a_figure_or_a_passive_is_more_than_a_plain_fact(sentence):
    assert not third_party_acts(sentence, 0, len(sentence), ORGANISATION)


def test_a_role_group_is_no_third_party():
    sentence = "Huisartsen verwijzen veel naar de jeugd-ggz."
    role = "https://w3id.org/kg-decentralisatie/concept/role/general-practitioners"
    assert not third_party_acts(sentence, 0, len(sentence), role)
