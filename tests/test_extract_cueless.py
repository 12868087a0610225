"""Tests for kg.extract.cueless: what a clause with no judgement word says."""

from __future__ import annotations

import pytest

from kg.extract import cueless


def _score(sentence: str) -> tuple[int, int]:
    clause = (0, len(sentence))
    return cueless.cueless(sentence, clause, *cueless.gates().read(sentence, *clause))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De aanvraag werd niet gehonoreerd.", (0, 1)),  # a statement negated
        ("Er zijn weinig bezwaarschriften.", (1, 0)),  # little of an unwanted thing
        ("Er gingen banen verloren.", (0, 1)),  # a loss stated
        ("Er gingen geen banen verloren.", (0, 0)),  # a loss denied
        ("Het loket is open.", (0, 0)),  # nothing judged
    ],
)
def test_a_clause_without_a_cue_is_read_by_its_grammar(sentence, expected):
    assert _score(sentence) == expected


def test_an_excess_and_a_delay_are_counted_unless_a_cue_covers_them():
    s = "De regels zijn te ingewikkeld en het besluit komt pas maanden later."
    assert cueless.excess_or_delay(s, (0, len(s)), [], frozenset()) == 2


def test_something_set_going_is_found_without_a_judgement_word():
    s = "Er is een loket opgezet."
    assert cueless.set_going(s, (0, len(s)))
    assert not cueless.set_going("Er is een loket.", (0, 16))
