"""A municipality acting for both municipalities of a pair (kg.extract.bothserved), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

ZEIST = "municipality/zeist"
HEERLEN = "municipality/heerlen"


@pytest.mark.parametrize(
    ("sentence", "actor", "served"),
    [
        (
            "Voor de Wmo werkt de gemeente samen met Zeist, dat de contracten namens beide "
            "gemeenten beheert.",
            ZEIST,
            OWN,
        ),
        (
            "Teststad laat het vervoer regelen door Zeist, dat het namens beide gemeenten "
            "aanbesteedt.",
            ZEIST,
            OWN,
        ),
        ("Heerlen voert de schuldhulpverlening voor beide gemeenten uit.", HEERLEN, OWN),
        ("Sinds 2015 koopt Zeist de huishoudelijke hulp namens de twee gemeenten in.", ZEIST, OWN),
        (
            "Teststad en Heerlen delen één sociale dienst: Heerlen beheert die voor beide "
            "gemeenten.",
            HEERLEN,
            OWN,
        ),
        ("Zeist, dat namens allebei de gemeenten de Wsw uitvoert, is tevreden.", ZEIST, OWN),
        (
            "Teststad voert sinds 2016 de bijstand namens beide gemeenten uit, ook voor Heerlen.",
            OWN,
            HEERLEN,
        ),
    ],
)
def test_the_acting_municipality_executes_for_the_other_of_the_pair(sentence, actor, served):
    assert ("executes-for", actor, served) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De afstand naar Zeist is groot voor beide gemeenten.",  # no task
        "Zeist beheert de contracten niet namens beide gemeenten.",  # denied
        "Teststad werkt samen met Zeist en Heerlen, dat namens beide gemeenten inkoopt.",
        "De ISD Noord, die namens beide gemeenten de bijstand uitvoert, groeit.",  # a body
        "Zeist en Heerlen kopen in, en de wethouder spreekt namens beide gemeenten.",
        "Volgens Zeist is de regeling goed voor beide gemeenten, die samen inkopen.",  # no task
    ],
)
def test_no_pair_served(sentence):
    assert not {r for r in relations(sentence) if r[0] == "executes-for"}
