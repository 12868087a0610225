"""A present wish for more of a good: "raadsleden willen meer grip" names what is lacking.

The conditional wish says the wished good is missing (:mod:`kg.extract.conditionalwishes`:
"de teams zouden meer mandaat willen"); the plain present or past of "willen" with "meer"
and a good of steering or of doing the work (``kg/data/wanted-goods.txt``: grip, zicht,
ruimte, tijd, mandaat, …) says the same: the party has too little of it now, a shortfall,
negative. Only when the good closes the wish, at the clause's end or before a short
phrase of what it is on or for ("meer grip op de kosten", "meer tijd voor de
gesprekken"): "wil meer tijd besteden aan preventie" names an aim, not a lack. Read only
of a claim that nothing else judges (:func:`kg.extract.unjudged.unjudged`).
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.wordtokens import lower_span

_GOODS = "|".join(sorted(word_list("wanted-goods.txt"), key=len, reverse=True))
#: "willen (graag) meer <good>" (also with an inverted subject: "willen raadsleden meer
#: grip"; not "wil niet meer"), then the clause's end or a short phrase of what it is on
#: or for and the clause's end.
_WANTED = re.compile(
    r"\b(?:wil|wilt|willen|wilde|wilden)\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,2}?meer\s+"
    rf"(?:{_GOODS})"
    r"(?:\s+(?:op|over|in|bij|van|voor|om|met)(?:\s+[\w'’-]+){1,5})?\s*(?:[.;:,!?)]|$)"
)


def wants_more(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` wishes, in the present or past, for more of a good.

    Examples
    --------
    >>> s = "Raadsleden willen meer grip op de jeugdkosten."
    >>> wants_more(s, 0, len(s))
    True
    >>> s = "De gemeente wil meer tijd besteden aan preventie."
    >>> wants_more(s, 0, len(s))
    False
    >>> s = "De gemeente wil meer mensen aan het werk helpen."
    >>> wants_more(s, 0, len(s))
    False
    """
    low = lower_span(text, start, end)
    if "meer" not in low or "wil" not in low:
        return False  # most claims
    return _WANTED.search(low) is not None
