"""A wish in the conditional: what someone would like more of is what they lack now.

"De teams zouden meer mandaat willen", "huisartsen zouden graag zien dat de teams beter
bereikbaar zijn", "zij zouden liever een vast aanspreekpunt hebben", "de gemeente had
meer tijd willen krijgen": the conditional ("zou", "zouden") or the unfulfilled past
("had … willen") with "willen", "graag" or "liever" says the wished good is missing.
When what is wished is more of something ("meer") or a good named by a tone word of
approval, the claim states a shortfall: negative. A wish with no such good ("zouden
liever per wijk zien hoe het gaat") asks for another way, and judges nothing.

:func:`kg.extract.tone.polarity` asks this of a claim no clause judges (the tone words
in a wish count for nothing there: :mod:`kg.extract.wishes`).
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold_in, search

#: The conditional or the unfulfilled past with a word of wanting, at most six words
#: apart ("zouden meer mandaat willen", "zou graag zien", "had meer tijd willen krijgen").
WISH = re.compile(
    r"\b(?:zou|zouden|had|hadden)\s+(?:\w+\s+){0,6}?(?:willen|graag|liever)\b",
    re.IGNORECASE,
)
#: The words every match opens with (a cheap gate before the pattern).
_OPENINGS = ("zou", "had")
#: What ends the wish: a turn or a new statement after a colon or semicolon.
_ENDS = re.compile(r"[;:–]|\b(?:maar|echter|toch)\b", re.IGNORECASE)
#: "meer" (more of something) as a word.
_MORE = re.compile(r"\bmeer\b", re.IGNORECASE)


def lacking(text: str, start: int, end: int, cues: list) -> bool:
    """Whether the claim wishes in the conditional for more of something or for a good.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list
        The claim's tone cues (objects with ``start``, ``sign`` and ``problem``).

    Returns
    -------
    bool
        True when a conditional wish names "meer" or a cue of approval before its end.

    Examples
    --------
    >>> s = "De teams zouden meer mandaat willen."
    >>> lacking(s, 0, len(s), [])
    True
    >>> s = "Zij zouden liever per wijk zien hoe het gaat."
    >>> lacking(s, 0, len(s), [])
    False
    >>> s = "Als dat zou lukken, komt er meer ruimte."
    >>> lacking(s, 0, len(s), [])
    False
    """
    if not may_hold_in(text, start, end, _OPENINGS):
        return False  # most claims
    m = search(WISH, text, start, end)
    if m is None:
        return False
    stop = _ENDS.search(text, m.end(), end)
    last = stop.start() if stop else end
    if _MORE.search(text, m.start(), last):
        return True
    return any(c.sign > 0 and not c.problem and m.start() <= c.start < last for c in cues)
