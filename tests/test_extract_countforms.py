"""Counts said by a form (:mod:`kg.extract.countforms`): copies "in drievoud", votes held."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.countforms import FOLD, HELD_VOTES, fold_counts, held_votes
from kg.extract.numbers import find_numbers


def _figures(text: str) -> list[tuple[str, Decimal | None, str]]:
    return [(text[n.start : n.end], n.value, n.unit) for n in find_numbers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Elk verslag gaat in drievoud naar de drie raden.", "drievoud", 3),
        ("De aanvraag moet in tweevoud worden ingediend.", "tweevoud", 2),
        ("Wij leveren de rapportage in viervoud aan, voor elke partner één.", "viervoud", 4),
        ("- Twee besturen → elk besluit in tweevoud", "tweevoud", 2),
    ],
)
def test_copies_in_a_fold_word(text, word, value):
    assert (word, Decimal(value), "count") in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "De kosten zijn sinds 2015 verdrievoudigd.",
        "Het aantal meldingen is het drievoudige van vorig jaar.",
        "Een veelvoud aan formulieren maakt het werk zwaar.",
    ],
)
def test_other_fold_words_are_no_copies(text):
    assert fold_counts(list(FOLD.finditer(text))) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "De gemeente is één van de twaalf stemmen in het algemeen bestuur.",
            "één van de twaalf stemmen",
            1,
        ),
        (
            "'Wij zijn maar een van de negentien stemmen', zegt de wethouder.",
            "een van de negentien stemmen",
            1,
        ),
        ("In de regio heeft de stad drie van de 21 stemmen.", "drie van de 21 stemmen", 3),
        (
            "Als kleine gemeente ben je één van de vierentwintig stemmen.",
            "één van de vierentwintig stemmen",
            1,
        ),
    ],
)
def test_votes_held_count_the_first_number(text, phrase, value):
    found = _figures(text)
    assert (phrase, Decimal(value), "count") in found
    assert len(found) == 1  # the number of votes in all is no figure of its own


@pytest.mark.parametrize(
    "text",
    [
        "Eén van de drie wethouders stemde tegen.",
        "De raad telt vijftien zetels en stemde met vijftien stemmen voor.",
        "Eén van de twaalf gemeenten stemde tegen.",
    ],
)
def test_no_votes_held_without_one_of_the_votes(text):
    assert held_votes(list(HELD_VOTES.finditer(text))) == []
