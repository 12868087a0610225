"""A vague amount of an earlier moment and its later state in a word
(``kg.extract.lateramounts``), on invented sentences read as a whole profile would be."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _changes(sentence: str) -> list[tuple[str, str | None, str | None]]:
    doc, extraction = extract_text(sentence)
    return [
        (doc.text[i.start : i.end], i.comparison, i.reference)
        for i in extraction.indicators
        if i.value is None and i.unit is None
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bij de balie: in 2015 veel klachten, inmiddels minder.",
            [("inmiddels minder", "decrease", "2015")],
        ),
        (
            "In 2014 waren er veel wachtenden, intussen iets minder.",
            [("intussen iets minder", "decrease", "2014")],
        ),
        ("Eerst kwamen er weinig aanmeldingen, nu meer.", [("nu meer", "increase", None)]),
        (
            "Eind 2015 nog enkele bezwaren, tegenwoordig meer.",
            [("tegenwoordig meer", "increase", "2015")],
        ),
    ],
)
def test_the_later_state_of_a_vague_amount_is_a_change(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Veel klachten, maar meer dan vroeger.",  # no word of the present
        "In 2015 veel klachten, inmiddels minder vaak over de taxi.",  # the clause goes on
        "In 2015 kwamen er 40 klachten, inmiddels minder.",  # a figure: then and now
    ],
)
def test_no_later_state_without_a_present_and_a_bare_comparative(sentence):
    assert not [c for _q, c, _r in _changes(sentence) if c in {"increase", "decrease"}]
