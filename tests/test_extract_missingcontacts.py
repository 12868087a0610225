"""A missing fixed point of contact as a count of none (kg/extract/missingcontacts.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.missingcontacts import missing_contacts
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Wijkagenten missen een vaste contactpersoon bij de GGZ.",
            "missen een vaste contactpersoon",
        ),
        (
            "Ouders noemen vooral het ontbreken van een vast aanspreekpunt.",
            "ontbreken van een vast aanspreekpunt",
        ),
        (
            "Bij de jeugdhulp ontbrak tot vorig jaar een vast gezicht.",
            "ontbrak tot vorig jaar een vast gezicht",
        ),
        (
            "Een vaste contactpersoon voor de huisartsen ontbreekt nog.",
            "Een vaste contactpersoon voor de huisartsen ontbreekt",
        ),
        (
            "De cliëntenraad wijst op een gebrek aan een vast contactpunt.",
            "gebrek aan een vast contactpunt",
        ),
    ],
)
def test_a_missing_fixed_contact_is_none(sentence, span):
    found = missing_contacts(sentence, 0, len(sentence))
    assert [(sentence[n.start : n.end], n.value, n.unit) for n in found] == [
        (span, Decimal(0), "count")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # missing something other than a fixed contact
        "De fracties missen het verhaal achter de cijfers.",
        "Wat de adviesraad mist, is een onafhankelijke cliëntondersteuner.",
        "Volgens de agent ontbreekt een opvangplek in de eigen gemeente.",
        # the contact is there, or its lack denied
        "Scholen hebben een vaste contactpersoon en missen niets.",
        "Ouders hoeven een vast aanspreekpunt niet te missen.",
        # a contact that is not fixed
        "De huisartsen missen een contactpersoon voor de jeugd-ggz.",
    ],
)
def test_not_a_missing_fixed_contact(sentence):
    assert missing_contacts(sentence, 0, len(sentence)) == []


def test_the_extraction_reads_the_missing_contact_without_a_measure():
    _doc, ex = extract_text("Huisartsen zijn tevreden, maar missen een vast aanspreekpunt.")
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [(Decimal(0), "count", None)]
