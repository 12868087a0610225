"""Abbreviations of place names in parentheses (kg.extract.aliases)."""

from __future__ import annotations

import pytest

from kg.extract.aliases import is_abbreviation
from tests.extract_helpers import extract_text, key


def test_an_abbreviation_after_a_municipality_and_its_later_uses_are_mentions():
    _, ex = extract_text(
        "De gemeente Súdwest-Fryslân (SWF) telt veel dorpen.",
        "In SWF werken gebiedsteams. SWF heeft een eigen loket.",
        title="Súdwest-Fryslân",
    )
    found = [m.text for m in ex.mentions if key(m.entity) == "municipality/sudwest-fryslan"]
    assert found.count("SWF") == 3


def test_an_abbreviation_before_its_definition_is_not_read():
    doc, ex = extract_text("SWF is groot. De gemeente Súdwest-Fryslân (SWF) telt veel dorpen.")
    first = doc.text.index("SWF")
    assert not [m for m in ex.mentions if m.start == first and m.kind == "municipality"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het loket in Venray (Limburg) is open.",  # a province, a mention of its own
        "In Venray (NL) is het loket open.",  # not the name's letters
        "In Venray (zie kaart) is het loket open.",
    ],
)
def test_no_abbreviation(sentence):
    _, ex = extract_text(sentence, title="Venray")
    found = [m.text for m in ex.mentions if m.sentence is not None and m.kind == "municipality"]
    assert found == ["Venray"]


def test_the_letters_must_be_the_names_in_order():
    assert is_abbreviation("SWF", "Súdwest-Fryslân")
    assert not is_abbreviation("FSW", "Súdwest-Fryslân")
    assert not is_abbreviation("S", "Sneek")
