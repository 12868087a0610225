"""Counterfactual reasons: a counterfactual given as a reason leaves the verdict (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.counterfactualreasons import reasons


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "De wethouder is blij met de inkoop, omdat de gemeente alleen nooit zo veel had "
            "kunnen bereiken.",
            "De wethouder is blij met de inkoop",
        ),
        (
            "Ouders zijn tevreden over het wijkteam, want zonder het team hadden zij lang "
            "moeten wachten.",
            "Ouders zijn tevreden over het wijkteam",
        ),
    ],
)
def test_the_clauses_outside_the_reason_are_returned(sentence, kept):
    found = [sentence[a:b].strip(" ,") for a, b in sorted(reasons(sentence, _spans(sentence)))]
    assert found == [kept]


def test_a_counterfactual_outside_a_reason_reaches_everything():
    s = "Het was beter geweest als de raad eerder was betrokken, zegt een ambtenaar."
    assert reasons(s, _spans(s)) == set()


def test_the_verdict_before_a_counterfactual_reason_stands():
    s = "De raad is blij met de inkoop, omdat de gemeente alleen nooit zo veel had kunnen bereiken."
    assert polarity_of(s) == "positive"


def _spans(s: str) -> list[tuple[int, int]]:
    return neg.clauses(s, 0, len(s))
