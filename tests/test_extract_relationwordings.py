"""Wording families of relations read from ``kg/data/relation-wordings.toml``
(kg.extract.relationwordings): one invented sentence for each family, and near misses (a
negation, another sense) that give none; none is taken from a profile."""

from __future__ import annotations

import re

import pytest

from kg.extract.relationwordings import ROWS, phrase_pattern, phrase_trigger
from tests.test_extract_relations import OWN, relations

HEERLEN = "municipality/heerlen"
WELZIJN = "organisation/stichting-welzijn-noord"
ISD = "body/isd-heuvelland"
VALLEI = "body/regio-vallei"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # joining forces
        ("De gemeente bundelt de krachten met Heerlen.", ("cooperates-with", OWN, HEERLEN)),
        ("Teststad heeft de krachten gebundeld met Heerlen.", ("cooperates-with", OWN, HEERLEN)),
        ("De gemeente slaat de handen ineen met Heerlen.", ("cooperates-with", OWN, HEERLEN)),
        (
            "De gemeente is een partnerschap aangegaan met Stichting Welzijn Noord.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        # a founding member, joining a group, a seat on its board
        ("De gemeente is mede-oprichter van de ISD Heuvelland.", ("member-of", OWN, ISD)),
        ("Teststad is een van de oprichters van de ISD Heuvelland.", ("member-of", OWN, ISD)),
        ("In 2016 haakte de gemeente aan bij Regio Vallei.", ("member-of", OWN, VALLEI)),
        (
            "De gemeente heeft een zetel in het bestuur van Regio Vallei.",
            ("member-of", OWN, VALLEI),
        ),
        # belonging to a group
        ("Teststad is ingedeeld bij Regio Vallei.", ("member-of", OWN, VALLEI)),
        ("Teststad hoort tot Regio Vallei.", ("member-of", OWN, VALLEI)),
        ("Teststad heeft stemrecht in Regio Vallei.", ("member-of", OWN, VALLEI)),
        # entrusting a task
        (
            "De uitvoering van de Wmo is toevertrouwd aan Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "De gemeente heeft de schuldhulpverlening overgelaten aan Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        (
            "De schuldhulpverlening is uitgezet bij Stichting Welzijn Noord.",
            ("executes-for", WELZIJN, OWN),
        ),
        # ties between the parties after "tussen"
        (
            "De afstemming tussen Teststad en Heerlen verloopt goed.",
            ("cooperates-with", OWN, HEERLEN),
        ),
        (
            "Er is een convenant tussen de gemeente en Stichting Welzijn Noord.",
            ("cooperates-with", OWN, WELZIJN),
        ),
        # taking care of the execution, no beneficiary named
        (
            "Stichting Welzijn Noord draagt zorg voor de uitvoering van de Wmo.",
            ("executes-for", WELZIJN, OWN),
        ),
    ],
)
def test_wording_families(sentence, expected):
    assert expected in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "De gemeente heeft geen partnerschap met Stichting Welzijn Noord.",
        "De gemeente is geen mede-oprichter van de ISD Heuvelland.",
        "De uitvoering van de Wmo is niet toevertrouwd aan Stichting Welzijn Noord.",
        "Teststad hoort niet tot Regio Vallei.",
        # ended
        "Het partnerschap tussen Teststad en Heerlen is in 2016 beëindigd.",
        # another sense: seasonal workers ("tijdelijke krachten"), not joining forces
        "In de zomer werken in Heerlen honderden tijdelijke krachten in de horeca.",
    ],
)
def test_near_misses_give_none(sentence):
    assert not any(
        kind in ("cooperates-with", "member-of", "executes-for")
        for kind, _, _ in relations(sentence)
    )


def test_every_phrase_is_a_row_whose_trigger_its_matches_hold():
    for pattern, _, _, triggers in ROWS:
        for m in re.finditer(pattern, "bundelen de krachten met; handen ineengeslagen met", re.I):
            assert any(t in m.group(0).lower() for t in triggers)
    assert phrase_trigger("toevertrouwd aan") == "toevertrouwd"
    assert re.search(phrase_pattern("haakt aan bij"), "Teststad haakt aan bij X")
    assert not re.search(phrase_pattern("haakt aan bij"), "Teststad haakt af bij X")
