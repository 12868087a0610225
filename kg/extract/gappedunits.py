"""A bare number whose unit the sentence has just named: "binnen twee weken, soms binnen zes".

Dutch leaves out a noun it has just said (gapping, ANS 'weglating'): "een intake volgt
binnen twee weken, bij drukte binnen zes", "de behandeling start na vier weken; de norm is
drie", "de stad telt 35 uitkeringen per 1.000 inwoners; in de regio zijn dat er 27". A
number with no noun after it, at the end of its clause, states an amount in the unit of
the figure right before it in the sentence when that unit is a span of time or a rate per
1,000 inhabitants (a unit no bare number has of its own), and when its clause names no
quantity of its own: the figure's preposition is repeated ("binnen …, binnen zes"), or a
pronoun or a norm is its subject ("zijn dat er 27", "de norm is drie"). A bare count stays
a count ("twaalf teams, in 2014 nog tien"), and so do a number with a quantity of its own
("de wachttijd is zes weken; het aantal wachtenden is 120") and the end of a change
between counts ("binnen zes weken gemeld, en het aantal daalde van 31 naar 12").
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
#: A bare number (not a year), read as a whole word.
_NUMBER = re.compile(rf"(?!(?:19|20)\d\d$)\d{{1,4}}(?:,\d+)?|{COMPOUND}|{_WORD}", re.IGNORECASE)
#: The end of a clause a bare number may stand before.
_STOP = re.compile(r"[.;,!?)]")


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
    for at in _bare_numbers(text, first.end, end):
        before = [n for n in out if n.end <= at[0]]
        if not before or before[-1].unit not in CARRIED:
            continue  # "daalde van 31 naar 12": the figure right before is no span or rate
        unit = before[-1].unit
        if not _gapped(text, before[-1].start, at[0], first.end):
            continue  # "het aantal wachtenden is 120": a quantity of its own
        same = next((n for n in out if (n.start, n.end) == at), None)
        if same is not None and same.unit == "count":
            out[out.index(same)] = replace(same, unit=unit)  # "21": a count in digits
        elif same is None and not any(n.start <= at[0] < n.end for n in out):
            out.append(Number(*at, word_value(text[at[0] : at[1]]), unit, "word"))
            out.sort(key=lambda n: n.start)
    return out


def _bare_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the bare numbers right before a clause's end in ``text[start:end]``:
    the word before each stop (not a decimal's point: "1.000")."""
    spans = []
    stops = [m.start() for m in _STOP.finditer(text, start, end)]
    for stop in [*stops, end]:
        if stop < end and text[stop + 1 : stop + 2].isdigit():
            continue  # "1.000", "2,5"
        word_end = stop
        while word_end > start and text[word_end - 1].isspace():
            word_end -= 1
        at = max(start, text.rfind(" ", start, word_end) + 1, text.rfind("\n", start, word_end) + 1)
        if at < word_end and _NUMBER.fullmatch(text, at, word_end):
            spans.append((at, word_end))
    return spans


#: Prepositions of a span or a level a gapped clause repeats: "binnen …, binnen zes".
_PREPOSITIONS = frozenset(("binnen", "na", "tot", "over", "in", "op", "rond", "tegen", "van"))
_WORD_BEFORE = re.compile(r"([^\W\d]+)\s+$")
#: A subject that points back to the figure's quantity: "zijn dat er 27", "de norm is drie".
_POINTS_BACK = re.compile(
    r"\b(?:dat|dit|het)\s+er\b|\b(?:norm|streefwaarde|maximum)\s+(?:is|was|ligt\s+op|bedraagt)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[;:,]")


def _gapped(text: str, figure: int, at: int, floor: int) -> bool:
    """Whether the clause of the bare number at ``at`` names no quantity of its own: it
    repeats the preposition of the figure at ``figure``, or a pronoun or norm is its subject."""
    mine = _WORD_BEFORE.search(text, max(floor, at - 20), at)
    theirs = _WORD_BEFORE.search(text, max(0, figure - 20), figure)
    if mine and theirs and mine[1].lower() == theirs[1].lower() in _PREPOSITIONS:
        return True
    clause = max([floor] + [m.end() for m in _CLAUSE.finditer(text, floor, at)])
    return _POINTS_BACK.search(text, clause, at) is not None
