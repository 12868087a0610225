"""Up and down arrows after a quantity: the notes' way of saying it rises or falls.

Slides and notes write a change as an arrow after what changes ("wachttijd ↓",
"caseload ↑", "bestuurlijke afstand ↑"). The arrow is the direction word of a level
(:mod:`kg.extract.direction`): a quantity good to have high (``kg/data/quantity-direction.toml``)
that rises is positive and one that falls negative, a quantity bad to have high the other
way round. The quantity is the word just before the arrow (its compound head counted);
an arrow after a word that is no quantity of the list judges nothing ("BAR ↑").
"""

from __future__ import annotations

import re

from kg.extract.direction import quantity_sign
from kg.extract.toneframes import Cue

#: The arrows and the direction each gives.
_ARROWS = {"↑": 1, "↓": -1}
#: The word before an arrow (with the spaces between).
_BEFORE = re.compile(r"([\w-]+)\s*$")
#: How far back the word before an arrow may start.
_BACK = 40


def arrow_cues(text: str, start: int, end: int) -> list[Cue]:
    """The cues of the quantities ``text[start:end]`` marks with an up or down arrow.

    Each cue runs from the quantity word to its arrow, signed by the quantity's direction
    times the arrow's.

    Examples
    --------
    >>> s = "Jeugdhulp: wachttijd ↓, caseload ↑"
    >>> [(s[c.start : c.end], c.sign) for c in arrow_cues(s, 0, len(s))]
    [('wachttijd ↓', 1), ('caseload ↑', -1)]
    >>> s = "Samenwerking BAR ↑"
    >>> arrow_cues(s, 0, len(s))
    []
    """
    cues = []
    for at in range(start, end):
        direction = _ARROWS.get(text[at])
        if direction is None:
            continue
        found = _BEFORE.search(text, max(start, at - _BACK), at)
        if found is None:
            continue
        sign = quantity_sign(found.group(1).split("-")[-1])
        if sign:
            cues.append(Cue(found.start(1), at + 1, sign * direction))
    return cues
