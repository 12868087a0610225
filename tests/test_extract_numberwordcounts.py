"""kg.extract.numberwordcounts: number words that count nothing, and those that count anyway."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.numberwordcounts import counts_without_noun, slogan_or_pronoun


def _no_amount(text: str, word: str) -> bool:
    m = re.search(rf"\b{re.escape(word)}\b", text)
    assert m is not None
    return slogan_or_pronoun(text, m.start(), m.end(), 0, len(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De één wil meer, de ander minder.", "één"),
        ("Inwoners kunnen terecht bij één loket.", "één"),
        ("Eén gezin, één plan is het uitgangspunt.", "Eén"),
        ("Eén ding is zeker: de kosten stijgen.", "Eén"),
        ("De partners zitten op één lijn over de aanpak.", "één"),
        ("Het zijn taken die niet in één product passen.", "één"),
        ("Woningen worden steeds vaker door één oudere bewoond.", "één"),
        ("Dat kost € 17,50 per vier weken.", "vier"),
        ("Zo ging het al in de jaren zeventig.", "zeventig"),
    ],
)
def test_a_number_word_that_names_no_amount(text, word):
    assert _no_amount(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er zijn drie teams in de gemeente.", "drie"),
        # the reform counts its three laws (tests/gold/README.md, second review, point 5)
        ("Sinds de drie decentralisaties werkt de gemeente anders.", "drie"),
        ("Er is één wijkteam voor de hele gemeente.", "één"),
        ("Aan één kant staat de zorg.", "één"),
        ("De score ligt één punt hoger.", "één"),
    ],
)
def test_a_number_word_that_counts(text, word):
    assert not _no_amount(text, word)


def _next(text: str) -> re.Match:
    m = re.match(r"\s+(\w+)", text)
    assert m is not None
    return m


def test_all_of_a_counted_group_counts():
    assert counts_without_noun("alle ", _next(" de gemeenten"), Decimal(4), False)
    assert not counts_without_noun("alle ", _next(" voor jeugd"), Decimal(4), False)


def test_a_gapped_noun_counts_only_after_a_counted_noun():
    nxt = _next(" voor huishoudelijke hulp")
    assert counts_without_noun("acht aanbieders voor begeleiding en ", nxt, Decimal(6), True)
    assert not counts_without_noun("acht aanbieders voor begeleiding en ", nxt, Decimal(6), False)
    assert not counts_without_noun("de aanbieders ", nxt, Decimal(6), True)


def test_nothing_after_the_word_counts_nothing():
    assert not counts_without_noun("alle ", None, Decimal(4), True)
