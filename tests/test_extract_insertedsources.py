"""An attribution set between commas ends no clause (kg/extract/insertedsources.py)."""

from __future__ import annotations

import pytest

from kg.extract import negation as neg
from kg.extract.direction import judged_levels
from kg.extract.insertedsources import joined


def _joined(s: str) -> tuple[list[str], list[str]]:
    spans, inserted = joined(s, neg.clauses(s, 0, len(s)))
    return [s[a:b] for a, b in spans], [s[a:b] for a, b in inserted]


@pytest.mark.parametrize(
    ("sentence", "insertion"),
    [
        ("De kosten liggen, zo zegt de wethouder, hoger.", "zo zegt de wethouder"),
        ("De kosten liggen, aldus de controller, hoger.", "aldus de controller"),
        ("De kosten liggen, volgens de regio, hoger.", "volgens de regio"),
        ("De kosten liggen, naar de inschatting van de regio, hoger.",
         "naar de inschatting van de regio"),
        ("De kosten liggen, in de ogen van de raad, hoger.", "in de ogen van de raad"),
    ],
)  # fmt: skip
def test_an_inserted_attribution_is_joined(sentence, insertion):
    clauses, inserted = _joined(sentence)
    assert clauses == [sentence] and inserted == [insertion]


@pytest.mark.parametrize(
    "sentence",
    [
        # an attribution closing the sentence: no clause after it
        "De kosten stijgen, zo meldt de controller.",
        # a clause between commas that is no attribution
        "De kosten stijgen, de baten dalen, de reserve slinkt.",
    ],
)
def test_other_clauses_stay_apart(sentence):
    assert _joined(sentence)[1] == []


def test_a_level_is_read_across_the_insertion():
    s = "De kosten per cliënt liggen, naar de inschatting van de regio, boven het gemiddelde."
    found = [(s[a:b], sign) for a, b, sign in judged_levels(s, 0, len(s))]
    assert found == [("boven", -1)]
