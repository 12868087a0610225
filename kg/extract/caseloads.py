"""A count that is a caseload: how many cases one worker carries, not the size of a group.

"De caseload per consulent ligt tussen de 60 en 70 huishoudens", "de caseload liep in een
jaar op van 45 naar 62 gezinnen": the households or clients counted are those one worker
has, so the figure is no number of households, clients or recipients in the municipality
(the measures of the vocabulary), and the vocabulary has no caseload: the figure has no
measure. The count names its noun after "caseload" in the same clause; a count of another
clause ("…; er wonen 12.000 huishoudens") keeps its measure. A count per worker without the
word ("45 gezinnen per medewerker") is read where its measure is chosen
(:mod:`kg.extract.indicators`).

Source: general Dutch of social work ("caseload": the cases one worker carries), written
without reading any profile. Each count is looked at in a bounded window before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["caseload_counts"]

#: The word of a caseload.
_CASELOAD = re.compile(r"\bcaseloads?\b", re.IGNORECASE)
#: Where a clause before a figure ends: a sentence mark or a semicolon.
_CLAUSE_END = re.compile(r"[.;:!?]")
#: How far before the figure "caseload" may stand.
_REACH = 120


def caseload_counts(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with no measure for a count its clause names a caseload.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "De caseload per consulent is 60 huishoudens."
    >>> ind = Indicator(29, 43, 0, "households", "huishoudens", Decimal(60), "count")
    >>> [i.measure for i in caseload_counts(s, [ind])]
    [None]
    >>> s = "De gemeente telt 60 huishoudens."
    >>> ind = Indicator(17, 31, 0, "households", "huishoudens", Decimal(60), "count")
    >>> [i.measure for i in caseload_counts(s, [ind])]
    ['households']
    """
    out = []
    for ind in found:
        if ind.measure is not None and ind.unit == "count":
            lo = max(0, ind.start - _REACH)
            for m in _CLAUSE_END.finditer(text, lo, ind.start):
                lo = m.end()
            if _CASELOAD.search(text, lo, ind.start):
                ind = replace(ind, measure=None)
        out.append(ind)
    return out
