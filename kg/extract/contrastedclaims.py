"""Claims whose tone is set by the claim before them: contrasted or added to it.

"De wachttijd voor schuldhulp is kort. Bij de jeugd-ggz ligt dat anders." The
second claim judges nothing in its own words: it says that what the claim before
said does not hold for another subject, so its tone is the opposite of that
claim's (a positive claim before makes it negative, a negative one positive).
The form is general Dutch: "ligt dat/het anders", "is dat/het anders", "anders
ligt het bij …", "gaat dat anders", said with no judgement word of its own.

"Bovendien" (moreover) adds an argument to the case the claim before made: a claim
that judges nothing in its own words and is added by it ("Bovendien krimpt de
bevolking in een deel van de dorpen.") weighs on the same side.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold_in, search
from kg.vocab import Polarity

#: "ligt dat anders", "is het anders", "anders ligt het", "gaat dat anders", "is dit anders".
_OTHERWISE = re.compile(
    r"\b(?:ligt|lag|is|was|gaat|ging|zit|zat)\s+(?:dat|dit|het)\s+(?:\w+\s+){0,2}?anders\b"
    r"|\banders\s+(?:ligt|lag|is|was)\s+(?:dat|dit|het)\b",
    re.IGNORECASE,
)
#: The opposite of a polarity; mixed and neutral have none.
OPPOSITE: dict[Polarity, Polarity] = {"positive": "negative", "negative": "positive"}


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


#: "Bovendien" as a word (not inside another word).
_MOREOVER = re.compile(r"\bbovendien\b", re.IGNORECASE)


def added(text: str, start: int, end: int) -> bool:
    """Whether the claim adds an argument to the claim before ("Bovendien …", "… bovendien …").

    Examples
    --------
    >>> s = "Bovendien krimpt de bevolking in een deel van de dorpen."
    >>> added(s, 0, len(s))
    True
    >>> s = "Het plan werd bovendien in korte tijd geschreven."
    >>> added(s, 0, len(s))
    True
    >>> added("Daarnaast werkt de gemeente samen met Coevorden.", 0, 48)
    False
    """
    if not may_hold_in(text, start, end, ("bovendien",)):
        return False  # most claims
    return search(_MOREOVER, text, start, end) is not None
