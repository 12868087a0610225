"""The figure type of :mod:`kg.extract.numbers` and the reading of a scale word after a number.

:class:`Number` is one figure found in the text, with its value, unit and form;
:func:`scaled` reads a number word or article with the unit or scale words after it
("twintig procent", "twee ton", "een half miljoen euro"), which both the number
words of :mod:`kg.extract.numbers` and the phrases of :mod:`kg.extract.numberphrases`
state figures in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.extract.numberwords import SCALES
from kg.vocab import Unit

__all__ = ["COUNTED_NOUN", "PERCENTS", "POINTS", "Number", "percent_unit", "scaled"]

#: The unit of a difference between two percentages: "1,5 procentpunt", "twee procentpunten".
POINTS: Unit = "percentage points"
#: The units of percentages: a level or share, and a difference between two.
PERCENTS = frozenset(("percent", POINTS))


def percent_unit(word: str) -> Unit:
    """The unit of a percentage word: ``percent``, or ``percentage points`` for "procentpunt".

    Examples
    --------
    >>> percent_unit("%"), percent_unit("procentpunten"), percent_unit("procent")
    ('percent', 'percentage points', 'percent')
    """
    return POINTS if word.lower().startswith("procentpunt") else "percent"


#: A plural noun right after a figure: "17 miljoen inwoners" counts people, not euros.
COUNTED_NOUN = re.compile(
    r"\s+(?!(?:uit|op|toe|vrij|bij|aan|af|over|mee|terug)?ge\w+en\b|ontvangen\b)"  # participles
    r"[^\W\d][\w-]*(?:en|s)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    """A figure found in the text.

    Attributes
    ----------
    start, end : int
        Span of the figure with its unit words (``€ 1,2 miljoen``, ``1 op de
        8``, ``drie keer zo hoog``).
    value : Decimal or None
        Its value (``6 ton`` → 600000); None for a vague count.
    unit : str
        ``count``, ``percent``, ``percentage points``, ``EUR``, ``ratio``, ``fte``
        (full-time jobs), ``hours``, ``days``, ``weeks``, ``months`` or ``years``.
    form : str
        ``digits``, ``word``, ``vague``, ``share``, ``ratio``, ``duration``, ``fte``,
        ``half`` (``een half jaar``, six months) or ``range`` (``twee
        of drie``: the lower bound).
    qualifier : str or None
        The words that make the figure approximate when they are part of it:
        a range (``twee of drie``), a vague amount (``een groot deel``,
        ``enkele``).
    """

    start: int
    end: int
    value: Decimal | None
    unit: Unit
    form: str
    qualifier: str | None = None


def scaled(start: int, m: re.Match, value: Decimal) -> Number:
    """A number with the unit or scale words of ``m``: a percentage, euros or a count.

    ``m`` matched the words after the number, with the groups ``pct``, ``scale``,
    ``euro`` or ``euro2`` (a scale of millions is euros unless a noun is counted).

    Examples
    --------
    >>> after = re.compile(r"\\s+(?P<scale>ton|miljoen)")
    >>> n = scaled(0, after.match("twee ton", 4), Decimal(2))
    >>> (n.value, n.unit)
    (Decimal('200000'), 'EUR')
    >>> n = scaled(0, after.match("drie miljoen inwoners", 4), Decimal(3))
    >>> (n.value, n.unit)
    (Decimal('3000000'), 'count')
    >>> after = re.compile(r"\\s+(?P<pct>procentpunt)")
    >>> scaled(0, after.match("twee procentpunt", 4), Decimal(2)).unit
    'percentage points'
    """
    groups = m.groupdict()
    if groups.get("pct"):
        return Number(start, m.end(), value, percent_unit(groups["pct"]), "word")
    scale = (groups.get("scale") or "").lower()
    value *= SCALES.get(scale, 1)
    money = bool(groups.get("euro") or groups.get("euro2")) or scale == "ton"
    counted = bool(COUNTED_NOUN.match(m.string, m.end()))
    unit: Unit = "EUR" if money or (scale in {"miljoen", "miljard"} and not counted) else "count"
    return Number(start, m.end(), value, unit, "word")
