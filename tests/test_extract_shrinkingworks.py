"""A sheltered-work company that shrinks or grows (``kg.extract.shrinkingworks``), on invented
sentences read as a whole profile would be."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[str, str | None]]:
    doc, extraction = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.comparison) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Werkbedrijf Noord, het sw-bedrijf, krimpt sinds de Participatiewet.",
            [("Werkbedrijf Noord, het sw-bedrijf, krimpt", "decrease")],
        ),
        (
            "De sociale werkvoorziening slinkt elk jaar.",
            [("De sociale werkvoorziening slinkt", "decrease")],
        ),
        (
            "Volgens de wethouder krimpt het Wsw-bedrijf.",
            [],  # the verb before its subject is not read
        ),
        (
            "Het sw-bedrijf kromp in 2016 opnieuw.",
            [("Het sw-bedrijf kromp", "decrease")],
        ),
        (
            "De sociale werkplaats groeit door nieuwe opdrachten.",
            [("De sociale werkplaats groeit", "increase")],
        ),
    ],
)
def test_a_sheltered_work_company_as_subject_of_a_verb_of_size(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het sw-bedrijf groeit niet meer.",
        "Het bedrijf krimpt.",  # no sheltered-work company
        "De sociale werkvoorziening is een gemeenschappelijke regeling.",
    ],
)
def test_no_change_without_the_company_or_with_a_negation(sentence):
    assert _read(sentence) == []
