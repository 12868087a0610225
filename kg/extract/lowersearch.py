"""Search a document's lower case for a pattern written in lower case, where it may begin.

A pattern written in lower case without ``re.IGNORECASE`` and searched in the document's
lower case (:func:`kg.extract.wordtokens.lowered`, offsets kept) finds what the pattern
with ``re.IGNORECASE`` finds in the text, more cheaply; a search still tries it at every
position of the span. Its prefixes (:mod:`kg.extract.prefixscan`) are compared in lower
case: the positions where one begins in the text are those where it begins in the lower
case, and they are looked up once per document in the text itself (whose runs of word
characters the other patterns read already), so the pattern is tried only there. The
match is the one ``pattern.search(lower case, start, end)`` gives.

Examples
--------
>>> p = re.compile(r"(?<!volgens )\\b(?:wachtlijsten|wachttijden)\\s+(\\w+)")
>>> s = "Volgens wachtlijsten x. De Wachtlijsten groeien."
>>> search_lowered(p, s, 0, len(s)).group(1), search_lowered(p, s, 0, 20)
('groeien', None)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.prefixscan import positions
from kg.extract.wordtokens import LOWERED, lowered

__all__ = ["search_lowered"]


def search_lowered(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.search(lowered(text), start, end)``, tried only where a prefix begins.

    ``text`` must be :func:`kg.extract.wordtokens.plain` (``lowered(text)`` is not None).

    Examples
    --------
    >>> p = re.compile(r"\\b(?:de|het)\\s+raad\\b")
    >>> s = "Ook DE RAAD en het college; de raadsleden."
    >>> search_lowered(p, s, 0, len(s)).span(), search_lowered(p, s, 5, len(s))
    ((4, 11), None)
    """
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
        low = lowered(text)
    if low is None:
        raise ValueError("search_lowered needs a text that str.lower keeps in place")
    found = positions(pattern, text)
    if found is None:
        return pattern.search(low, start, end)
    lo = bisect_left(found, start)
    count = len(found)
    while lo < count:  # a few positions at most in a span: no second bisection
        at = found[lo]
        if at >= end:
            return None
        m = pattern.match(low, at, end)
        if m is not None:
            return m
        lo += 1
    return None
