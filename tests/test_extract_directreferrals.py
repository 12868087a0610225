"""A referral that goes past the access is a shortfall (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.directreferrals import bypasses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Veel scholen verwijzen leerlingen rechtstreeks naar een particuliere praktijk.", True),
        ("De jeugdarts verwees het gezin direct door naar de specialistische zorg.", True),
        ("Volgens de Wmo-consulenten verwijst het ziekenhuis buiten het loket om.", True),
        ("Rechtstreeks doorverwijzen naar de tweede lijn gebeurt nog vaak.", True),
        ("Bedrijfsartsen verwijzen werknemers rechtstreeks naar het UWV.", True),
        # the access itself, a bypass lessened or denied, no referral
        ("De praktijkondersteuner verwijst rechtstreeks naar het buurtteam.", False),
        ("Sinds 2016 verwijzen huisartsen minder vaak rechtstreeks door.", False),
        ("Scholen verwijzen niet meer rechtstreeks naar de jeugd-ggz.", False),
        ("Het team belt de ouders direct na de melding.", False),
        ("Huisartsen verwijzen het grootste deel van de kinderen door.", False),
    ],
)
def test_bypasses(sentence, expected):
    assert bypasses(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinderartsen verwijzen volgens de teamleider nog steeds rechtstreeks naar de jeugd-ggz.",
        "Volgens de schoolbesturen verwijzen leerkrachten vaak buiten het jeugdteam om.",
        "Verloskundigen verwijzen zwangere vrouwen direct door naar de kraamzorg.",
        "De bedrijfsarts verwijst in veel gevallen rechtstreeks naar een behandelaar.",
    ],
)
def test_bypass_alone_is_negative(sentence):
    assert polarity_of(sentence) == "negative"
