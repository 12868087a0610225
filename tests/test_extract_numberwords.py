"""kg.extract.numberwords: the lexicon of Dutch number words and their values."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from kg.extract.numberwords import (
    COMPOUND,
    FUNCTION_WORDS,
    WORD_NUMBERS,
    compound_value,
    to_decimal,
    word_value,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("30.000", "30000"), ("2,5", "2.5"), ("1.234.567,89", "1234567.89"), ("7", "7")],
)
def test_to_decimal_reads_dutch_separators(text, value):
    assert to_decimal(text) == Decimal(value)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("eenentwintig", 21),
        ("negenennegentig", 99),
        ("tweeëntwintig", 22),
        ("honderd", 100),
        ("driehonderdvijftig", 350),
        ("twaalfhonderd", 1200),
        ("duizend", 1000),
        ("vierduizendtweehonderd", 4200),
        ("vijfentwintigduizend", 25000),
    ],
)
def test_compound_value_composes_units_tens_hundreds_and_thousands(word, value):
    assert compound_value(word) == value


@pytest.mark.parametrize("word", ["vijfentwintig", "driehonderd", "tweeduizendvijftig"])
def test_compound_pattern_matches_what_compound_value_reads(word):
    assert re.fullmatch(COMPOUND, word)


def test_compound_pattern_rejects_ordinary_words():
    assert not re.fullmatch(COMPOUND, "tienden")
    assert not re.fullmatch(COMPOUND, "zevende")


def test_word_value_reads_words_case_insensitively_and_digits():
    assert word_value("Anderhalf") == Decimal("1.5")
    assert word_value("ACHTTIEN") == Decimal(18)
    assert word_value("12,5") == Decimal("12.5")


def test_every_simple_number_word_has_its_value():
    assert all(word_value(w) == Decimal(v) for w, v in WORD_NUMBERS.items())


def test_function_words_are_closed_class_not_nouns():
    assert {"de", "het", "van", "zijn", "per"} <= FUNCTION_WORDS
    assert not {"inwoners", "kinderen", "gemeenten"} & FUNCTION_WORDS


def test_count_words_match_every_count_before_a_noun_and_not_the_article():
    from kg.extract.numberwords import COUNT_WORDS

    before = re.compile(COUNT_WORDS + r"\s+(?:[a-zà-ÿ]+e\s+)?$", re.IGNORECASE)
    for phrase in ("achttien ", "vijfentwintig jonge ", "tweehonderd ", "1.200 ", "honderden "):
        assert before.search("Er zijn " + phrase), phrase
    assert before.search("Er zijn een ") is None
    assert before.search("Er zijn veel ") is None  # a vague quantifier is no number word
