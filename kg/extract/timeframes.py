"""Spans of time that frame a statement rather than measure something.

"Het aantal cliënten is de afgelopen drie jaar gestegen" observes a rise; the
"drie jaar" is the period it is observed over, not a figure of the
municipality (a waiting time, a duration of a programme). A span of time with
a determiner and a word of the period before it (``de afgelopen``, ``de
komende``, ``de laatste``, ``de voorbije``, ``de volgende``) is such a frame, and so
is one followed by "geleden" ("tien jaar geleden", a point in time as a date is).
Source: general Dutch; written without reading any profile.
"""

from __future__ import annotations

import re

from kg.extract.numbers import Number

#: The words before a span of time that make it the period of a statement.
_FRAME = re.compile(
    r"\b(?:de|het)\s+(?:afgelopen|komende|laatste|voorbije|eerstvolgende|volgende)\s+$",
    re.IGNORECASE,
)
#: A span of time that counts back to a point in time: "tien jaar geleden".
_AGO = re.compile(r"\s+geleden\b", re.IGNORECASE)
_TIME_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months", "years"))


def is_time_frame(text: str, number: Number, floor: int) -> bool:
    """True when ``number`` is a span of time that frames a statement, not an observation.

    Parameters
    ----------
    text : str
        The document text.
    number : Number
        A figure found in ``text``.
    floor : int
        Where its sentence starts (the look back stops there).

    Examples
    --------
    >>> t = "Het aantal cliënten is de afgelopen drie jaar gestegen."
    >>> is_time_frame(t, Number(t.index("drie"), t.index(" gestegen"), 3, "years", "duration"), 0)
    True
    >>> t = "De reserve is binnen twee jaar uitgeput."
    >>> is_time_frame(t, Number(t.index("twee"), t.index(" uitgeput"), 2, "years", "duration"), 0)
    False
    >>> t = "Er zijn minder jongeren dan tien jaar geleden."
    >>> is_time_frame(t, Number(t.index("tien"), t.index(" geleden"), 10, "years", "duration"), 0)
    True
    """
    if number.unit not in _TIME_UNITS:
        return False
    if _AGO.match(text, number.end, number.end + 10):
        return True
    return _FRAME.search(text, max(floor, number.start - 24), number.start) is not None
