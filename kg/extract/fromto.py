"""A change stated by where it began and where it ended: "van 300 naar 400".

"Het aantal cliënten steeg van 300 naar 400", "ging van 4% in 2014 naar 6% in 2016",
"daalde van € 2,1 miljoen tot € 1,8 miljoen": the two figures quantify one measure,
so a bare start takes the end's unit ("van 40 naar 45 procent"), and when no word of
change states the direction ("ging van 450 naar 520" is a rise) the end states it and
takes the start's measure when its own words name none (and the other way round). After
a verb of change the end keeps its own measure: the verb's subject is then read as a
change without a figure, which the end's figure states (the two are one observation
only when their measures agree or the figure names none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["from_to"]

#: "van" right before the start figure (its qualifier is part of the figure's quote).
_FROM = re.compile(r"\bvan\s+$", re.IGNORECASE)
#: What stands between the start and the end: "naar" or "tot", after a year or a
#: period the start belongs to ("van 450 in 2014 naar 520").
_TO = re.compile(r"\s*(?:(?:in|eind|begin)\s+(?:19|20)\d\d\s*,?\s*)?(?:naar|tot)\s+", re.I)
_UNITS = frozenset(("percent", "EUR"))


def from_to(text: str, kept: Sequence[Indicator]) -> list[Indicator]:
    """``kept`` with each pair "van X naar Y" read as the start and end of one change.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal cliënten ging van 300 naar 400."
    >>> x, y = s.index("300"), s.index("400")
    >>> a = Indicator(x, x + 3, 1, "clients", "cliënten", Decimal(300), "count")
    >>> b = Indicator(y, y + 3, 1, None, "", Decimal(400), "count")
    >>> [(i.measure, i.comparison) for i in from_to(s, [a, b])]
    [('clients', None), ('clients', 'higher')]
    """
    out = list(kept)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        start, end = a.value, b.value
        if start is None or end is None or not _FROM.search(text, max(0, a.start - 5), a.start):
            continue
        if not _TO.fullmatch(text, a.end, b.start):
            continue
        if a.unit == "count" and b.unit in _UNITS and "%" not in text[a.start : a.end]:
            a = replace(a, unit=b.unit)  # "van 40 naar 45 procent"
        if a.unit == b.unit and b.comparison is None and start != end:
            # no word of change: the figure-less reading finds no change of the subject
            # that the end would state twice, so the end can carry the start's measure
            if b.measure is None and a.measure is not None:
                b = replace(b, measure=a.measure, measure_label=a.measure_label)
            elif a.measure is None and b.measure is not None:
                a = replace(a, measure=b.measure, measure_label=b.measure_label)
            b = replace(b, comparison="higher" if end > start else "lower")
        out[i], out[i + 1] = a, b
    return out
