"""A problem measured by a figure against its reference (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.measuredproblems import levels, may_measure
from kg.extract.toneframes import Cue


def _problem(s: str, word: str) -> Cue:
    i = s.index(word)
    return Cue(i, i + len(word), -1, problem=True)


@pytest.mark.parametrize(
    ("sentence", "word", "sign"),
    [
        ("De werkloosheid bedraagt 5,2% (landelijk 6,0%).", "werkloosheid", 1),
        ("De werkloosheid onder jongeren ligt op 9% tegenover 7% landelijk.", "werkloosheid", -1),
        ("Het aandeel huishoudens in armoede is 4,1%, het landelijk gemiddelde 5,5%.",
         "armoede", 1),
    ],
)  # fmt: skip
def test_a_figure_against_its_reference_is_a_level(sentence, word, sign):
    cue = _problem(sentence, word)
    assert may_measure(sentence, 0, len(sentence), [cue])
    assert [(c.sign, c.problem) for c in levels(sentence, 0, len(sentence), [cue])] == [
        (sign, False)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no reference: the figure sizes the difficulty
        "Het tekort op de jeugdhulp bedraagt 1,4 miljoen euro.",
        # the problem is no quantity of a figure
        "De armoede is voor 300 gezinnen een dagelijkse zorg.",
    ],
)
def test_a_problem_without_a_reference_keeps_its_reading(sentence):
    word = "tekort" if "tekort" in sentence else "armoede"
    cue = _problem(sentence, word)
    assert levels(sentence, 0, len(sentence), [cue]) == [cue]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volgens het CBS bedraagt de werkloosheid 4,8% (landelijk 5,9%).", "positive"),
        ("Volgens de gemeente bedraagt de werkloosheid 8,3% (landelijk 5,9%).", "negative"),
    ],
)
def test_polarity_of_a_measured_problem(sentence, expected):
    assert polarity_of(sentence) == expected
