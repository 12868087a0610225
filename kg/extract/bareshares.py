"""A figure written without a unit that is a percentage all the same.

"Het percentage huishoudens met een laag inkomen is 9,6": a bare number of at most 100
after a share named as its subject is a percentage, and so is a national figure after a
share ("… tegen 8,9 landelijk"); a rate ("ligt op 28 per 1.000 inwoners") is not.
:mod:`kg.extract.indicators` reads each bare figure so. General Dutch of statistics reports.
"""

from __future__ import annotations

import re

from kg.extract.figureparts import qualifier_span
from kg.extract.nationals import is_national
from kg.extract.numbers import Number

__all__ = ["bare_share"]

#: A share named as the subject right before a bare figure: "Het percentage huishoudens met
#: een laag inkomen is 9,6".
_SHARE_IS = re.compile(
    r"\b(?:het|dit|dat)\s+(?:percentage|aandeel)\b[^,;:()\d%€]{0,70}?\s"
    r"(?:is|was|bedraagt|bedroeg|ligt\s+op|lag\s+op)\s+$",
    re.IGNORECASE,
)
_PER = re.compile(r"\s*(?:per|op\s+de)\b", re.IGNORECASE)


def bare_share(text: str, number: Number, floor: int, share: bool, start: int) -> bool:
    """A figure without a unit that is a percentage: "Het percentage … is 9,6", and a
    national figure after one ("… tegen 8,9 landelijk").

    ``floor`` bounds the look back (the sentence's start or a figure's), ``share`` says a
    share was read before in the sentence, ``start`` is the sentence's start.

    Examples
    --------
    >>> from kg.extract.numbers import find_numbers
    >>> s = "Het percentage huishoudens met een laag inkomen is 9,6."
    >>> [n] = find_numbers(s, 0, len(s))
    >>> bare_share(s, n, 0, False, 0)
    True
    >>> s = "Het percentage daklozen ligt op 28 per 1.000 inwoners."
    >>> bare_share(s, find_numbers(s, 0, len(s))[0], 0, False, 0)
    False
    """
    if number.unit != "count" or number.form != "digits" or not (number.value or 0) <= 100:
        return False
    if _PER.match(text, number.end):
        return False  # "ligt op 28 per 1.000 inwoners": a rate
    if share and is_national(text, number, start):
        return True
    q_start = qualifier_span(text, number.start, floor)[1]
    return _SHARE_IS.search(text, max(floor, q_start - 90), q_start) is not None
