"""Tests for kg.extract.lowersearch: a lower-case pattern searched where a prefix begins."""

from __future__ import annotations

import re

import pytest

from kg.extract.lowersearch import search_lowered
from kg.extract.problemclauses import load_rules
from kg.extract.sentencecache import clear

TEXT = (
    "Volgens wachtlijsten is het goed. De Wachtlijsten groeien; de capaciteit is "
    "onvoldoende. Het aantal mantelzorgers neemt af, maar de tarieven zijn verlaagd."
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!volgens )\b(?:wachtlijsten|wachttijden)\s+(\w+)",  # a look-behind before \b
        r"\b(?:de|het)\s+\w+",
        r"(?:lijsten|tijden)\s+\w+",  # may begin inside a word
        r"\w+\s+is\b",  # no literal prefix: searched as usual
    ],
)
def test_same_match_as_a_search_of_the_lower_case_in_every_span(pattern: str) -> None:
    clear()
    compiled = re.compile(pattern)
    low = TEXT.lower()
    for start in range(0, len(TEXT), 7):
        for end in range(start, len(TEXT) + 1, 11):
            found = search_lowered(compiled, TEXT, start, end)
            expected = compiled.search(low, start, end)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )


def test_the_clause_rules_find_what_their_lower_case_search_finds() -> None:
    clear()
    low = TEXT.lower()
    rules = [rule for rule in load_rules() if rule.lowered is not None]
    assert rules
    hits = 0
    for rule in rules:
        found = search_lowered(rule.lowered, TEXT, 0, len(TEXT))
        expected = rule.lowered.search(low, 0, len(TEXT))
        assert (found and found.span()) == (expected and expected.span())
        hits += expected is not None
    assert hits  # the text states a problem some rule reads


def test_a_text_lower_case_moves_is_refused() -> None:
    clear()
    with pytest.raises(ValueError):
        search_lowered(re.compile(r"\bis\b"), "Het İs zo.", 0, 10)
