"""Relativised judgements: "niet zozeer A als wel B" softening a difficulty is mixed.

The corrective contrast "niet zozeer A als wel B" (ANS: not so much A as B; also "niet
zo zeer", and B after "maar" or a bare "als") puts B in the place of A. When A holds a
word of difficulty and B names no difficulty of its own ("noemt dat niet zozeer
zorgwekkend als wel een reden om scherp te blijven", "niet zozeer een lokaal probleem
als wel een landelijk probleem": the same word moved elsewhere), the difficulty is
granted in part and played down: the claim reads mixed. Where B names a difficulty of
its own ("niet zozeer te weinig geld als wel te laat duidelijkheid") the claim keeps its
negative reading, and a claim without a difficulty in A is left to the other rules.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: "niet zozeer" (or "niet zo zeer") and the member A up to "als wel", "als" or "maar".
CORRECTIVE = re.compile(
    r"\bniet\s+zo\s?zeer\s+(?P<a>.+?)(?:,\s*)?\b(?:als\s+wel|als|maar(?:\s+wel)?)\s",
    re.IGNORECASE,
)
#: What ends member B: a colon, a semicolon or the claim's end.
_B_ENDS = re.compile(r"[;:]")


def relativised(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Whether the claim plays a difficulty down with "niet zozeer A als wel B": a negative
    cue in A and none in B that A does not hold as well.

    Examples
    --------
    >>> s = "De wethouder noemt dat niet zozeer zorgwekkend als wel een reden tot zorgvuldigheid."
    >>> at = s.index("zorgwekkend")
    >>> relativised(s, 0, len(s), [Cue(at, at + 11, -1)])
    True
    >>> s = "Het Rijk gaf niet zozeer te weinig geld als wel te laat duidelijkheid."
    >>> a, b = s.index("weinig geld"), s.index("te laat")
    >>> relativised(s, 0, len(s), [Cue(a, a + 11, -1), Cue(b, b + 7, -1)])
    False
    >>> s = "Het loket is lastig te vinden."
    >>> relativised(s, 0, len(s), [Cue(s.index("lastig"), s.index(" te"), -1)])
    False
    """
    if "zeer" not in text[start:end]:
        return False  # most claims
    m = search(CORRECTIVE, text, start, end)
    if m is None:
        return False
    stop = _B_ENDS.search(text, m.end(), end)
    b_end = stop.start() if stop else end

    def said(lo: int, hi: int) -> set[str]:
        return {text[c.start : c.end].lower() for c in cues if c.sign < 0 and lo <= c.start < hi}

    granted = said(m.start("a"), m.end("a"))
    return bool(granted) and said(m.end(), b_end) <= granted
