"""A claim that praises the regional cooperation does not complain of its distance.

The taxonomy's ``problem/regional-distance`` ("afstand en sturing in regionale
samenwerking") is the complaint that the region is far off and hard to steer. The words
that name the regional cooperation itself ("de regionale inkoop", "de samenwerking in de
regio", "de gemeenschappelijke regeling": the problem's hidden labels) make it a concern
wherever they stand; a claim read ``positive`` ("Ambtenaren zijn tevreden over de
regionale inkoop.", "De samenwerking in de regio werkt goed.") discusses the cooperation
but complains of no distance or grip, so it has no such concern (the annotation
guidelines: a judgement of the regional purchasing has the problem only where it
complains of distance or grip). Other problems of a positive claim stay: a claim is about
a problem whatever its tone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.namespaces import CONCEPT

if TYPE_CHECKING:
    from kg.extract.model import Finding

__all__ = ["without_praised_distance"]

#: The complaint of distance and steering in regional cooperation.
DISTANCE = CONCEPT + "problem/regional-distance"


def without_praised_distance(findings: list[Finding]) -> list[Finding]:
    """The findings, a positive one without the regional distance among its concerns.

    Examples
    --------
    >>> from kg.extract.model import Finding
    >>> other = CONCEPT + "problem/risk-pooling"
    >>> def f(polarity):
    ...     return Finding(0, 9, (0,), ("r",), (other, DISTANCE), polarity, None)
    >>> [x.concerns == (other,) for x in without_praised_distance([f("positive")])]
    [True]
    >>> [x.concerns == (other, DISTANCE) for x in without_praised_distance([f("mixed")])]
    [True]
    """
    return [
        replace(f, concerns=tuple(c for c in f.concerns if c != DISTANCE))
        if f.polarity == "positive" and DISTANCE in f.concerns
        else f
        for f in findings
    ]
