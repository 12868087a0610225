"""Tests of kg.extract.changeends: "van X tot Y" as a change's start and end or a range."""

from __future__ import annotations

import pytest

from kg.extract.changeends import change_end_point, change_from, range_start


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Het aantal cliënten groeide van 800 tot 1.000.", "800", True),
        ("Het budget steeg in twee jaar van 2 tot 3 miljoen.", "2", True),
        ("De wachttijden variëren van 3 tot 6 weken.", "3", False),  # no verb of change
        ("Het aantal steeg, van 3 tot 6 keer per jaar.", "3", False),  # another clause
        ("Het aantal daalde van 300 naar 250.", "300", False),  # "naar" is no range word
        ("De wachttijd is verkort van 6 tot 4 weken.", "6", True),  # from changewords' lists
        ("Het aantal neemt toe van 40 tot 55.", "40", True),  # a separable verb's base
    ],
)
def test_a_change_from_a_start_is_no_range(text, figure, expected):
    start = text.index(figure)
    assert change_from(text, start, start + len(figure), 0) is expected


def test_a_duration_from_to_after_a_verb_of_change_is_a_change_not_a_range():
    text = "De wachttijd liep op van drie tot zes weken. Het duurt drie tot zes weken."
    first, second = text.index("drie"), text.rindex("drie")
    assert not range_start(text, first, first + 4, 0)
    assert range_start(text, second, second + 4, 0)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("In de loop van 2014 groeide het aantal teams tot negen.", "negen", True),
        ("Het aantal consulenten liep op tot twaalf.", "twaalf", True),
        ("Kinderen tot twaalf krijgen een aanbod.", "twaalf", False),
    ],
)
def test_a_number_word_a_change_reaches_with_tot_is_its_end(sentence, word, expected):
    at = sentence.index(word)
    assert change_end_point(sentence, at, at + len(word), 0) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De wachttijd is opgelopen van zes tot acht weken naar drie maanden.",
        "Het aantal cliënten groeide van 400 tot 450 naar ruim 600.",
        "De kosten zijn gedaald van 12 tot 14 miljoen naar 9 miljoen.",
        "De wachtlijst liep op van twintig tot dertig kinderen naar vijftig.",
    ],
)
def test_a_range_before_naar_is_where_a_change_began_not_a_change(sentence):
    first = sentence.split(" van ", 1)[1].split()[0]
    start = sentence.index(" van ") + 5
    assert not change_from(sentence, start, start + len(first), 0)
    assert range_start(sentence, start, start + len(first), 0)
