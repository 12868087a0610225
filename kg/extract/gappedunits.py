"""A bare number whose unit the sentence has just named: "binnen drie weken, soms binnen vijf".

Dutch leaves out a noun it has just said (gapping, ANS 'weglating'): "een eerste gesprek
volgt binnen drie weken, in drukke periodes binnen vijf", "het huisbezoek volgt binnen acht
werkdagen; de norm is vijf", "Tiel telt 49 uitkeringen per 1.000 inwoners; in de regio
zijn dat er 21". A number with no noun after it, at the end of its clause, states an
amount in the unit of the figure right before it in the sentence when that unit is a span
of time or a rate per 1,000 inhabitants (a unit no bare number has of its own); a bare count
stays a count ("twaalf teams, in 2014 nog tien"), and so does the end of a change between
counts ("binnen zes weken gemeld, en het aantal daalde van 31 naar 12").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.numberform import Number
from kg.extract.numberwords import COMPOUND, WORD_NUMBERS, word_value

__all__ = ["gapped_units"]

#: The units a left-out noun carries over: spans of time and the rate per 1,000 inhabitants.
CARRIED = frozenset(("days", "weeks", "months", "years", "hours", "per 1000 inhabitants"))
_WORD = "|".join(
    sorted((w for w in WORD_NUMBERS if w not in {"een", "één", "eén"}), key=len, reverse=True)
)
#: A bare number right before the end of its clause (not a year, not a decimal's part).
_BARE = re.compile(
    rf"(?<![\w.,/-])(?:(?!(?:19|20)\d\d\b)\d{{1,4}}(?:,\d+)?|{COMPOUND}|{_WORD})"
    r"(?![.,]\d)(?=\s*(?:[.;,!?)]|$))",
    re.IGNORECASE,
)


def gapped_units(text: str, found: list[Number], start: int, end: int) -> list[Number]:
    """``found`` (the figures of ``text[start:end]``, in text order) with each bare number
    at a clause's end after a figure in a unit of time or rate read in that unit.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Een gesprek volgt binnen drie weken, soms binnen vijf."
    >>> first = Number(25, 35, Decimal(3), "weeks", "duration")
    >>> [(s[n.start : n.end], n.value, n.unit) for n in gapped_units(s, [first], 0, len(s))]
    [('drie weken', Decimal('3'), 'weeks'), ('vijf', Decimal('5'), 'weeks')]
    >>> s = "Er zijn twaalf teams, in 2014 nog tien."
    >>> gapped_units(s, [Number(8, 20, Decimal(12), "count", "word")], 0, len(s))[1:]
    []
    >>> s = "Binnen zes weken gemeld; het aantal daalde van 31 naar 12."
    >>> found = [Number(0, 16, Decimal(6), "weeks", "duration")]
    >>> found += [Number(47, 49, Decimal(31), "count", "digits")]
    >>> found += [Number(55, 57, Decimal(12), "count", "digits")]
    >>> [n.unit for n in gapped_units(s, found, 0, len(s))]
    ['weeks', 'count', 'count']
    """
    first = None
    for n in found:
        if n.unit in CARRIED:
            first = n
            break
    else:
        return found  # most sentences: nothing to carry
    out = list(found)
    for m in _BARE.finditer(text, first.end, end):
        before = [n for n in out if n.end <= m.start()]
        if not before or before[-1].unit not in CARRIED:
            continue  # "daalde van 31 naar 12": the figure right before is no span or rate
        unit = before[-1].unit
        same = next((n for n in out if n.start == m.start() and n.end == m.end()), None)
        if same is not None and same.unit == "count":
            out[out.index(same)] = replace(same, unit=unit)  # "21": a count in digits
        elif same is None and not any(n.start <= m.start() < n.end for n in out):
            out.append(Number(m.start(), m.end(), word_value(m.group()), unit, "word"))
            out.sort(key=lambda n: n.start)
    return out
