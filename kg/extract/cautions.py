"""Cautions: a warning or a risk names what is at stake, not a verdict on it.

"De wethouder waarschuwt dat de reserves snel opraken", "het risico bestaat dat de
goede samenwerking verloren gaat", "er is een gevaar dat de teams overbelast raken":
the word of warning or risk (a negative cue of ``ontology/tone.ttl``: "waarschuwt",
"risico", "gevaar") is the judgement, and what its "dat"-clause says is the danger
foreseen. An approving word in that clause ("de goede samenwerking", "verleidelijk",
"snel") names what may be lost or what tempts, so it does not count for itself
(:func:`at_stake`). Caveats ("let wel", "een kanttekening", "daarbij moet worden
aangetekend") are negative cues of their own in ``ontology/tone.ttl``, and a doubt
("het is de vraag of …") is read by :mod:`kg.extract.questions`. General Dutch.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: A word of warning or risk, then within a few words the "dat" (or "voor") that opens
#: what is foreseen: "waarschuwt (ervoor) dat", "het risico bestaat dat", "het gevaar dat".
WARNING = re.compile(
    r"\b(?:waarschuwt|waarschuwen|waarschuwde|waarschuwden|gewaarschuwd|waarschuwing"
    r"|risico|gevaar)\b(?:\s+[\w’']+){0,5}?\s+(?:dat|voor)\b",
    re.IGNORECASE,
)

#: The first three letters of the words of warning and risk :data:`WARNING` opens with.
_OPENINGS = frozenset({"waa", "gew", "ris", "gev"})


def at_stake(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` without the approving words in what a warning or a risk foresees.

    Examples
    --------
    >>> s = "Het risico bestaat dat de goede samenwerking verloren gaat."
    >>> a, g = s.index("risico"), s.index("goede")
    >>> [s[c.start : c.end] for c in at_stake(s, 0, len(s), [Cue(a, a + 6, -1), Cue(g, g + 5, 1)])]
    ['risico']
    >>> s = "De samenwerking is goed en er is geen risico."
    >>> len(at_stake(s, 0, len(s), [Cue(s.index("goed"), s.index("goed") + 4, 1)]))
    1
    """
    if not any(c.sign < 0 and text[c.start : c.start + 3].lower() in _OPENINGS for c in cues):
        return cues  # no word of warning or risk (most claims)
    if not any(c.sign > 0 for c in cues):
        return cues  # nothing approving to set aside
    found = search(WARNING, text, start, end)
    if found is None:
        return cues
    at = found.end()
    warned = any(c.sign < 0 and c.start < at and found.start() < c.end for c in cues)
    if not warned:
        return cues  # the warning word is no cue here (negated, a name)
    return [c for c in cues if c.sign <= 0 or c.start < at or c.problem]
