"""A claim that sets its subject against the claim before: "Bij X ligt dat anders."

"De wachttijd voor schuldhulp is kort. Bij de jeugd-ggz ligt dat anders." The
second claim judges nothing in its own words: it says that what the claim before
said does not hold for another subject, so its tone is the opposite of that
claim's (a positive claim before makes it negative, a negative one positive).
The form is general Dutch: "ligt dat/het anders", "is dat/het anders", "anders
ligt het bij …", "gaat dat anders", said with no judgement word of its own.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold_in, search

#: "ligt dat anders", "is het anders", "anders ligt het", "gaat dat anders", "is dit anders".
_OTHERWISE = re.compile(
    r"\b(?:ligt|lag|is|was|gaat|ging|zit|zat)\s+(?:dat|dit|het)\s+(?:\w+\s+){0,2}?anders\b"
    r"|\banders\s+(?:ligt|lag|is|was)\s+(?:dat|dit|het)\b",
    re.IGNORECASE,
)
#: The opposite of a polarity; mixed and neutral have none.
OPPOSITE = {"positive": "negative", "negative": "positive"}


def contrasted(text: str, start: int, end: int) -> bool:
    """Whether the claim says that what was said before holds otherwise for its subject.

    Examples
    --------
    >>> s = "Bij de jeugd-ggz ligt dat anders."
    >>> contrasted(s, 0, len(s))
    True
    >>> s = "Anders ligt het bij de schuldhulpverlening."
    >>> contrasted(s, 0, len(s))
    True
    >>> s = "De gemeente organiseert de toegang anders dan de buren."
    >>> contrasted(s, 0, len(s))
    False
    """
    if not may_hold_in(text, start, end, ("anders",)):
        return False  # most claims
    return search(_OTHERWISE, text, start, end) is not None
