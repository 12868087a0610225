"""A judgement granted only in part: "niet alleen goed nieuws" with no "maar ook" after it.

"Dat lagere cijfer is niet alleen goed nieuws" grants the good word and withholds the
rest: the claim is divided, mixed. The full correlative "niet alleen … maar (ook) …"
adds to the judgement instead ("niet alleen goed voor ouderen, maar ook voor jongeren"),
so a "maar" or "ook" after the judgement word keeps it one-sided. General Dutch: "niet
alleen" as "not only" (Van Dale, "alleen" 3), left open by a missing second member.

The reading is a word of divided judgement (a cue of sign 0, as "gemengd" in
``ontology/tone.ttl``) on "niet alleen".
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["not_only"]

#: "niet alleen"; a judgement word starts at most one word after it.
_NOT_ONLY = re.compile(r"\bniet\s+alleen\b", re.IGNORECASE)

#: At most one word after "niet alleen" ("niet alleen (heel) goed").
_GAP = re.compile(r"(?:\s+[\w-]+)?\s+")

#: What completes the correlative after the judgement: "maar (ook)", "ook".
_SECOND = re.compile(r"\b(?:maar|ook)\b", re.IGNORECASE)


def not_only(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The divided judgement of "niet alleen <judgement>" left open in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of Cue
        The claim's tone cues (a judgement word must follow "niet alleen").

    Returns
    -------
    list of Cue
        A cue of sign 0 on "niet alleen", or none.

    Examples
    --------
    >>> s = "Dat lagere cijfer is niet alleen goed nieuws."
    >>> [(s[c.start:c.end], c.sign) for c in not_only(s, 0, len(s), [Cue(33, 44, 1)])]
    [('niet alleen', 0)]
    >>> s = "Het is niet alleen goed voor ouderen, maar ook voor jongeren."
    >>> not_only(s, 0, len(s), [Cue(19, 23, 1)])
    []
    """
    if text.find("niet alleen", start, end) < 0:
        return []  # most claims have no "niet alleen"
    out: list[Cue] = []
    for m in _NOT_ONLY.finditer(text, start, end):
        gap = _GAP.match(text, m.end(), end)
        reach = gap.end() if gap else m.end()
        judged = [c for c in cues if c.sign and not c.problem and m.end() < c.start <= reach]
        if judged and not _SECOND.search(text, judged[0].end, end):
            out.append(Cue(m.start(), m.end(), 0))
    return out
