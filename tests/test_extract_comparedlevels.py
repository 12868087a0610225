"""A level set against a reference that stands apart from it (``kg.extract.comparedlevels``),
on invented sentences read as a whole profile would be."""

from __future__ import annotations

import pytest

from kg.extract.comparedlevels import against, against_reference, level_direction
from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.comparison, i.reference) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("in vergelijking met het landelijk gemiddelde", "national average"),
        ("in verhouding tot andere gemeenten", "other municipalities"),
        ("ten opzichte van 2014", "previous year"),
        ("net als in de provincie", None),  # a like case, no reference
        ("evenals landelijk", None),
        ("zoals in veel kleine gemeenten", None),
    ],
)
def test_the_reference_of_an_insertion(ref, expected):
    assert against(ref) == expected


def test_a_like_case_is_still_a_reference_when_read_as_one():
    assert against_reference("vergeleken met de provincie") == "province"


@pytest.mark.parametrize(
    ("word", "direction"), [("hoog", "higher"), ("beperkt", "lower"), ("gering", "lower")]
)
def test_level_words(word, direction):
    assert level_direction(word) == direction


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het gebruik van jeugdhulp is net als in de provincie hoog.", [("higher", None)]),
        ("Evenals landelijk is de werkloosheid laag.", [("lower", None)]),
        (
            "Zoals in veel kleine gemeenten is het aantal bijstandsgerechtigden laag.",
            [("lower", None)],
        ),
        (
            "Het aantal Wmo-cliënten is in vergelijking met de regio beperkt.",
            [("lower", "regional average")],
        ),
    ],
)
def test_a_level_with_a_like_case_or_a_reference(sentence, expected):
    assert _read(sentence) == expected


def test_a_like_case_needs_a_quantity():
    assert _read("De gemeente is net als haar buren klein.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reference after the level, in any of its phrasings
        (
            "Het aantal bijstandsuitkeringen is hoog afgezet tegen het landelijk gemiddelde.",
            [("higher", "national average")],
        ),
        (
            "Het aantal bijstandsuitkeringen is hoog in vergelijking met het landelijk gemiddelde.",
            [("higher", "national average")],
        ),
        (
            "Het gebruik van de Wmo is relatief laag in verhouding tot het landelijk gemiddelde.",
            [("lower", "national average")],
        ),
        (
            "Het gebruik van jeugdhulp ligt hoger in vergelijking met de regio.",
            [("higher", "regional average")],
        ),
        # fronted or between copula and level
        (
            "Afgezet tegen het landelijk gemiddelde is het aantal uitkeringen laag.",
            [("lower", "national average")],
        ),
        (
            "Het aantal uitkeringen is afgezet tegen het landelijk gemiddelde laag.",
            [("lower", "national average")],
        ),
    ],
)
def test_a_level_with_its_reference_after_it(sentence, expected):
    assert _read(sentence) == expected


def test_a_level_set_against_what_names_no_reference_keeps_none():
    assert _read("Het aantal cliënten is hoog, afgezet tegen het aantal inwoners.") == [
        ("higher", None)
    ]
