"""Abbreviations of place names in parentheses (kg.extract.aliases)."""

from __future__ import annotations

import pytest

from kg.extract.aliases import is_abbreviation
from tests.extract_helpers import extract_text, key


def test_an_abbreviation_after_a_municipality_and_its_later_uses_are_mentions():
    _, ex = extract_text(
        "De gemeente Noordoostpolder (NOP) telt veel dorpen.",
        "In NOP werken gebiedsteams. NOP heeft een eigen loket.",
        title="Noordoostpolder",
    )
    found = [m.text for m in ex.mentions if key(m.entity) == "municipality/noordoostpolder"]
    assert found.count("NOP") == 3


@pytest.mark.parametrize(
    ("first", "short"),
    [
        ("De gemeente Hof van Twente (HvT) telt veel kernen.", "HvT"),  # an inner capital
        ("De gemeente Hof van Twente (hierna: HVT) telt veel kernen.", "HVT"),  # announced
    ],
)
def test_an_abbreviation_with_an_inner_capital_or_announced_is_the_municipality(first, short):
    _, ex = extract_text(first, f"In {short} werken teams.", title="Hof van Twente")
    found = [m.text for m in ex.mentions if key(m.entity) == "municipality/hof-van-twente"]
    assert found.count(short) == 2
    assert not [m for m in ex.mentions if m.kind == "organisation"]


def test_an_abbreviation_before_its_definition_is_not_read():
    doc, ex = extract_text("NOP is groot. De gemeente Noordoostpolder (NOP) telt veel dorpen.")
    first = doc.text.index("NOP")
    assert not [m for m in ex.mentions if m.start == first and m.kind == "municipality"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het loket in Meppel (Limburg) is open.",  # a province, a mention of its own
        "In Meppel (NL) is het loket open.",  # not the name's letters
        "In Meppel (zie kaart) is het loket open.",
        "In Meppel (hierna: Drenthe) is het loket open.",  # not the name's letters
    ],
)
def test_no_abbreviation(sentence):
    _, ex = extract_text(sentence, title="Meppel")
    found = [m.text for m in ex.mentions if m.sentence is not None and m.kind == "municipality"]
    assert found == ["Meppel"]


def test_the_letters_must_be_the_names_in_order():
    assert is_abbreviation("NOP", "Noordoostpolder")
    assert not is_abbreviation("PON", "Noordoostpolder")
    assert not is_abbreviation("S", "Sneek")
