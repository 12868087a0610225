"""A clause that goes on about the subject of the observation before it.

"Het aantal bijstandsgerechtigden is fors gestegen, maar ligt nog onder het landelijk
gemiddelde": the second clause names no subject; its level is of the quantity the first
clause named, so it takes that observation's measure (the clause's own words, "maar ligt
nog onder", name none). General Dutch coordination with an elided subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["continued_subjects"]

#: A clause that goes on about the subject before it, without naming one: "…, maar ligt
#: nog onder het landelijk gemiddelde", "… en is hoger dan in de regio".
_GOES_ON_VERB = r"(?:ligt|liggen|is|zijn|blijft|blijven|lag|lagen|was|waren)\s"
_GOES_ON = re.compile(rf",?\s*(?:maar|en)\s+(?:{_GOES_ON_VERB}\s*)?$", re.I)
_COPULA_FIRST = re.compile(_GOES_ON_VERB, re.I)


def continued_subjects(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the measure of the observation before it given to one whose clause goes
    on about the same subject ("Het aantal bijstandsgerechtigden is fors gestegen, maar ligt
    nog onder het landelijk gemiddelde").

    Examples
    --------
    >>> s = "Het aantal is gestegen, maar ligt nog onder het gemiddelde."
    >>> a = Indicator(0, 22, 0, "clients", "", None, None, comparison="increase")
    >>> b = Indicator(s.index("nog"), len(s) - 1, 0, None, "", None, None, comparison="lower")
    >>> [i.measure for i in continued_subjects(s, [a, b])]
    ['clients', 'clients']
    """
    out = list(found)
    for k, ind in enumerate(out):
        goes_on = _GOES_ON.search(text, max(0, ind.start - 20), ind.start)
        if ind.measure is not None or goes_on is None:
            continue
        verb = not goes_on.group().rstrip().lower().endswith(("maar", "en"))
        if not (verb or _COPULA_FIRST.match(text, ind.start)):
            continue  # "…, en de werkloosheid is hoger": a subject of its own
        before = [b for b in out if b.sentence == ind.sentence and b.end <= ind.start]
        if before and (last := max(before, key=lambda b: b.end)).measure is not None:
            out[k] = replace(ind, measure=last.measure)
    return out
