"""An amount of money that is a limit, not money budgeted or spent.

A profile states how far a team or an officer may decide alone by an amount that bounds
it: "de wijkteams mogen zelf voorzieningen toekennen tot een bedrag van € 5.000",
"tot een grens van € 2.500", "aanvragen boven de € 5.000 gaan naar de teamleider". The
amount is a threshold of a mandate, no budget of the measure vocabulary (an amount
budgeted, spent or set aside), so it has no measure. Only the measure that unnamed money
gets (``budget``, also from the plain word "bedrag") is taken away; an amount that its own
words name otherwise (a deficit, an amount per inhabitant) keeps its measure, and a change
that ends at an amount ("steeg tot € 5 miljoen") is no limit.

Source: general Dutch of mandates and thresholds ("tot een bedrag van", "tot een maximum
van", "een grens van", "boven/onder de"), written without reading any profile. Each amount is
looked at in a bounded window before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["money_limits"]

#: The measure unnamed money gets: an amount budgeted, spent or set aside.
_BUDGET = "budget"
#: The words right before an amount that make it a limit: "tot een bedrag van", "tot een
#: maximum van", "tot een grens van", "boven de", "onder de grens van".
_LIMIT_BEFORE = re.compile(
    r"(?:\btot\s+(?:een\s+|het\s+)?(?:bedrag|grens|maximum|plafond|maximumbedrag)\s+van"
    r"|\b(?:boven|onder|beneden|vanaf)\s+(?:de|het)(?:\s+(?:grens|drempel|bedrag)\s+van)?)"
    r"\s+(?:(?:ongeveer|circa|ruim|zo['’]n)\s+)?$",
    re.IGNORECASE,
)
#: How far before the amount its limit words may begin.
_REACH = 45


def _amount_start(text: str, ind: Indicator) -> int:
    """Where the amount of ``ind`` begins: its euro sign, else its first digit."""
    sign = text.find("€", ind.start, ind.end)
    if sign >= 0:
        return sign
    digit = re.search(r"\d", text[ind.start : ind.end])
    return ind.start + digit.start() if digit else ind.start


def money_limits(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with no measure for an amount of money that states a limit.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het team mag zelf hulp inzetten tot een bedrag van € 3.000."
    >>> ind = Indicator(51, 58, 0, "budget", "", Decimal(3000), "EUR")
    >>> [i.measure for i in money_limits(s, [ind])]
    [None]
    >>> s = "Het budget steeg tot € 3.000."
    >>> ind = Indicator(21, 28, 0, "budget", "", Decimal(3000), "EUR")
    >>> [i.measure for i in money_limits(s, [ind])]
    ['budget']
    """
    out = []
    for ind in found:
        if ind.measure == _BUDGET and ind.unit == "EUR" and ind.value is not None:
            at = _amount_start(text, ind)
            if _LIMIT_BEFORE.search(text, max(0, at - _REACH), at):
                ind = replace(ind, measure=None)
        out.append(ind)
    return out
