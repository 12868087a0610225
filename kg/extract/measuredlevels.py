"""A judgement that lies only in the figures: the level a statistic gives, nothing more.

A sentence in the authors' voice that reports a statistic of the population ("De
werkloosheid bedroeg in 2015 8,9%, tegen 6,9% landelijk", "Een op de vijf huishoudens
leeft van een laag inkomen", "Het aantal bijstandsgerechtigden steeg van 2.950 naar
3.400") reads as negative to the tone rules: the condition it measures is a problem
of the taxonomy, and a high level of a bad quantity is judged bad
(:func:`kg.extract.direction.judged_levels`). Only a judgement on the condition's own
words is the figures'; a level of any other quantity ("het aantal … steeg") was measured
as a remark the annotators keep in some profiles, so it stays one. Yet it only reports figures: the
annotation guideline makes it data ("a sentence in the authors' voice that only
reports figures or a level against an average … is data, with or without a
comparison"), unless it adds an evaluation, a reason, a contrast or a problem beyond
what the figures measure (a deficit on a budget is a finding).

The conditions of the population that public statistics measure (the key figures of
CBS and the municipal monitors: low income and poverty, debts, unemployment and
benefit dependency, early school leaving, ageing, low literacy) are
:data:`POPULATION_CONDITIONS`; the financial, governance and care problems of the
taxonomy are no statistic of the population, and naming one stays a remark.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.toneframes import Cue
from kg.namespaces import CONCEPT

__all__ = ["POPULATION_CONDITIONS", "judged_by_figures"]

#: Problems of ``ontology/problems.ttl`` that are conditions of the population measured
#: by public statistics (CBS key figures, municipal and GGD monitors).
POPULATION_CONDITIONS = frozenset(
    CONCEPT + "problem/" + key
    for key in (
        "poverty",
        "debts",
        "unemployment",
        "youth-unemployment",
        "school-dropout",
        "ageing",
        "low-literacy",
    )
)


def judged_by_figures(cues: Iterable[Cue], mentions) -> bool:  # noqa: ANN001
    """Whether every tone cue of a claim is a condition of the population its figures
    measure: the problem named and the level judged on the same words ("een laag
    inkomen"). ``mentions`` are the claim's; a cue elsewhere (an evaluative word, another
    problem, a level of something else) is a judgement of its own.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> m = N(kind="problem", start=3, end=15, entity=CONCEPT + "problem/unemployment")
    >>> judged_by_figures([Cue(3, 15, -1, problem=True)], [m])  # "De werkloosheid bedroeg 8,9%."
    True
    >>> m = N(kind="problem", start=40, end=52, entity=CONCEPT + "problem/poverty")
    >>> judged_by_figures([Cue(40, 52, -1), Cue(40, 52, -1, problem=True)], [m])
    True
    >>> m = N(kind="problem", start=4, end=10, entity=CONCEPT + "problem/budget-overrun")
    >>> judged_by_figures([Cue(4, 10, -1, problem=True)], [m])  # "Het tekort bedroeg …"
    False
    >>> judged_by_figures([Cue(0, 7, -1)], [])  # "Slechts 4% heeft werk.": an evaluation
    False
    >>> judged_by_figures([], [])  # "… belde binnen twee dagen terug.": the wording judges
    False
    """
    conditions = {
        (m.start, m.end)
        for m in mentions
        if m.kind == "problem" and m.entity in POPULATION_CONDITIONS
    }
    # no cue at all: the tone was read from the sentence's own wording ("belde binnen twee
    # dagen terug", "pas na drie maanden"), a judgement beyond the figures
    cues = list(cues)
    return bool(cues) and all((cue.start, cue.end) in conditions for cue in cues)
