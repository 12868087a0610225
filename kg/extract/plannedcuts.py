"""A budget cut entered in a budget: "een bezuiniging van 4 ton is in de begroting opgenomen".

"Bezuiniging" names a difficulty of the problem taxonomy (``ontology/problems.ttl``,
budget pressure): "de bezuinigingen raken de huishoudelijke hulp" states it. A cut sized
by its amount and entered, announced or planned ("een bezuiniging van € 2,5 miljoen is in
de meerjarenbegroting opgenomen", "het college heeft een bezuiniging van 4 ton
aangekondigd") is a budget entry: the report records what the budget holds, as it records
an amount of spending, and judges nothing (the municipal-finance sense of the noun: the
planned lowering of a budget line, BBV practice; Van Dale "bezuiniging": het bezuinigen,
de besparing die men zich oplegt). The problem stays a concern of the claim; its cue is
dropped, so no tone comes from it. An obligation in the clause ("moet … bezuinigen",
"er moet een bezuiniging van … worden gevonden") is a constraint imposed and keeps it.
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["without_planned_cuts"]

#: The noun of a cut, "van", an amount (digits or a number word with its unit), then, in
#: the same clause, a participle of entering or announcing it.
_PLANNED = re.compile(
    r"\b(?:bezuiniging|bezuinigingen|ombuiging|ombuigingen)\s+van\s+(?:[€\w.,]+\s+){1,4}?"
    r"(?:[^.;:]{0,80}?\s)?"
    r"(?:opgenomen|aangekondigd|ingeboekt|ingepland|gepland|begroot|verwerkt|voorzien"
    r"|vastgesteld|afgesproken)\b",
    re.IGNORECASE,
)
#: An amount in the phrase after "van": a figure or the words of a sum.
_AMOUNT = re.compile(r"\d|\b(?:ton|miljoen|miljard|duizend|procent)\b", re.IGNORECASE)
#: An obligation in the clause keeps the cut a constraint.
_MUST = re.compile(r"\b(?:moet|moeten|moest|moesten)\b", re.IGNORECASE)


def without_planned_cuts(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` less the problem cues inside a budget cut entered or announced with its
    amount in ``text[start:end]``.

    Examples
    --------
    >>> s = "Een bezuiniging van € 2,5 miljoen is in de begroting opgenomen."
    >>> without_planned_cuts(s, 0, len(s), [Cue(4, 15, -1, problem=True)])
    []
    >>> s = "Er moet een bezuiniging van € 2,5 miljoen in de begroting worden opgenomen."
    >>> len(without_planned_cuts(s, 0, len(s), [Cue(12, 23, -1, problem=True)]))
    1
    """
    if not cues or (
        text.find("ezuiniging", start, end) < 0 and text.find("mbuiging", start, end) < 0
    ):
        return cues  # most claims
    spans = [
        (m.start(), m.end())
        for m in _PLANNED.finditer(text, start, end)
        if _AMOUNT.search(text, m.start(), m.end()) and not _MUST.search(text, start, end)
    ]
    if not spans:
        return cues
    return [c for c in cues if not (c.problem and any(a <= c.start < b for a, b in spans))]
