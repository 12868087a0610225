"""A claim that praises the regional cooperation does not complain of its distance.

The taxonomy's ``problem/regional-distance`` ("afstand en sturing in regionale
samenwerking") is the complaint that the region is far off and hard to steer. The words
that name the regional cooperation itself ("de regionale inkoop", "de samenwerking in de
regio", "de gemeenschappelijke regeling": the problem's hidden labels) make it a concern
wherever they stand; a claim read ``positive`` ("Ambtenaren zijn tevreden over de
regionale inkoop.", "De samenwerking in de regio werkt goed.") discusses the cooperation
but complains of no distance or grip, so it has no such concern (the annotation
guidelines: a judgement of the regional purchasing has the problem only where it
complains of distance or grip). Only a claim that names the cooperation itself loses it:
one that goes on about a paragraph's criticism of it ("Ambtenaren zijn positiever.")
keeps the subject it carries. Other problems of a positive claim stay: a claim is about
a problem whatever its tone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.namespaces import CONCEPT

if TYPE_CHECKING:
    from kg.extract.model import Finding

__all__ = ["without_praised_distance"]

#: The complaint of distance and steering in regional cooperation.
DISTANCE = CONCEPT + "problem/regional-distance"


def without_praised_distance(findings: list[Finding], named: list[int]) -> list[Finding]:
    """The findings, a positive one that names the regional cooperation without the regional
    distance among its concerns.

    Parameters
    ----------
    findings : list of Finding
    named : list of int
        The starts of the mentions of the regional distance (its hidden labels), sorted.

    Examples
    --------
    >>> from kg.extract.model import Finding
    >>> other = CONCEPT + "problem/risk-pooling"
    >>> def f(polarity, start=0):
    ...     return Finding(start, start + 9, (0,), ("r",), (other, DISTANCE), polarity, None)
    >>> [x.concerns == (other,) for x in without_praised_distance([f("positive")], [3])]
    [True]
    >>> [x.concerns == (other, DISTANCE) for x in without_praised_distance([f("mixed")], [3])]
    [True]
    >>> [len(x.concerns) for x in without_praised_distance([f("positive", 20)], [3])]
    [2]
    """
    return [
        replace(f, concerns=tuple(c for c in f.concerns if c != DISTANCE))
        if f.polarity == "positive"
        and DISTANCE in f.concerns
        and bisect_left(named, f.start) != bisect_left(named, f.end)
        else f
        for f in findings
    ]
