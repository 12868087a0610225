"""The closed intake of the sheltered-work scheme (:mod:`kg.extract.closedintakes`)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.document import parse_profile
from kg.extract.closedintakes import closed_intakes
from tests.extract_helpers import extract_text


def _closed(sentence: str) -> list[tuple[str, Decimal | None, str | None]]:
    doc = parse_profile(f"Gemeente\n\nWerk\n\n{sentence}\n", "gemeente")
    return [(doc.text[i.start : i.end], i.value, i.unit) for i in closed_intakes(doc, [])]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Sinds de instroomstop in 2015 krimpt de Wsw.", "de instroomstop"),
        ("De instroomstop in de Wsw raakt jongeren.", "De instroomstop in de Wsw"),
        (
            "Sinds de instroom in de Wsw per 2015 is gesloten, zijn er weinig plekken.",
            "de instroom in de Wsw per 2015 is gesloten",
        ),
        (
            "In 2015 werd de instroom naar de sociale werkvoorziening stopgezet.",
            "werd de instroom naar de sociale werkvoorziening stopgezet",
        ),
        (
            "Met de sluiting van de Wsw voor nieuwe instroom krimpt het bedrijf.",
            "de sluiting van de Wsw voor nieuwe instroom",
        ),
        (
            "Sinds de sociale werkvoorziening is gesloten voor nieuwe instroom, is er niets.",
            "de sociale werkvoorziening is gesloten voor nieuwe instroom",
        ),
        (
            "Sinds 2015 mogen wij geen nieuwe mensen in de Wsw opnemen.",
            "geen nieuwe mensen in de Wsw",
        ),
        (
            "Het werkbedrijf laat niemand nieuw instromen in de Wsw.",
            "niemand nieuw instromen in de Wsw",
        ),
    ],
)
def test_a_closed_intake_is_no_newcomer(sentence, span):
    assert _closed(sentence) == [(span, Decimal(0), "count")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De instroom in de Wsw is niet gesloten.",  # negated
        "De instroom in de Wsw is gedaald.",  # a change, no closure
        "Sinds de instroomstop bij beschermd wonen wachten er meer mensen.",  # another scheme
        "De sluiting van het zwembad kwam hard aan.",
        "De sluiting van de sociale werkplaats in het dorp kwam hard aan.",  # a site
        "Niemand in de Wsw is ontslagen.",  # no newcomer
    ],
)
def test_no_closure_of_the_scheme_is_no_closed_intake(sentence):
    assert _closed(sentence) == []


def test_a_closed_intake_is_an_indicator_of_the_extraction():
    _, extraction = extract_text("Sinds de instroomstop in de Wsw krimpt het werkbedrijf.")
    assert [(i.value, i.unit) for i in extraction.indicators] == [(Decimal(0), "count")]
