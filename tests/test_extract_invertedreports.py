"""A reporting verb right before a group, in inverted order (kg.extract.invertedreports)."""

from __future__ import annotations

import pytest

from kg.extract.invertedreports import (
    BEFORE_INVERTED,
    PAST_GATE,
    inverted_report,
    inverted_verb,
    may_close,
)


@pytest.mark.parametrize(
    ("before", "verb"),
    [
        ("Het gaat goed, zo stellen ", "stellen"),
        ("Het gaat goed, zo benadrukte de ", "benadrukte"),
        ("Daarom vinden ", "vinden"),
        ("Op de vraag of het werkt, antwoordt de ", "antwoordt"),
    ],
)
def test_a_reporting_verb_right_before_the_group_is_found(before, verb):
    assert inverted_verb(before, frozenset()) == before.index(verb)


@pytest.mark.parametrize(
    "before",
    [
        "Het gaat goed, zo werkt de ",
        "Wel merkt zij dat ",  # the group opens the clause reported
        "Het college wijst op de ",  # the group is the verb's object
        "Zij benadrukten het belang van goede zorg voor de ",  # the verb is too far back
    ],
)
def test_no_reporting_verb_right_before_the_group(before):
    assert inverted_verb(before, frozenset()) is None


def test_a_closed_gate_skips_the_search_for_the_verb():
    before = "Het gaat goed, zo stellen "
    assert inverted_verb(before, frozenset({id(BEFORE_INVERTED)})) is None
    before = "Het gaat goed, zo benadrukte de "
    # a past form of one word is looked up apart, unless no past form stands in the window
    at = before.index("benadrukte")
    assert inverted_verb(before, frozenset({id(BEFORE_INVERTED)})) == at
    assert inverted_verb(before, frozenset({id(BEFORE_INVERTED), id(PAST_GATE)})) is None


@pytest.mark.parametrize(
    ("sentence", "verb", "group", "expected"),
    [
        ("Het gaat goed, zo stellen raadsleden.", "stellen", "raadsleden", True),
        ("Dat zeggen huisartsen.", "zeggen", "huisartsen", True),
        ("Het gaat goed, stelt de Wmo-raad vast.", "stelt", "Wmo-raad", True),
        ("Daarom vinden ambtenaren het goed.", "vinden", "ambtenaren", False),
        ("Zij noemen het wijkteam goed bereikbaar.", "noemen", "wijkteam", None),
        ("Daarom stellen de consulenten een plan op.", "stellen", "consulenten", None),
    ],
)
def test_the_group_after_the_verb_reports_closing_the_sentence_or_not(
    sentence, verb, group, expected
):
    at = sentence.index(group)
    after = sentence[at + len(group) :]
    got = inverted_report(sentence, 0, len(sentence), sentence.index(verb), at, after)
    assert got is expected


def test_a_group_closes_a_sentence_late_after_a_comma_with_nothing_after_it():
    assert may_close("Het gaat goed, zo stellen ", 26, 37, ".")
    assert not may_close("Het gaat goed zo stellen ", 25, 36, ".")  # no comma
    assert not may_close("Over de ", 8, 30, ".")  # in the first half
    assert not may_close("Het gaat goed, zo stellen ", 26, 50, " dat het werkt.")
