"""The record of a change stated without a figure, and the bounds of the clause it is read in.

:mod:`kg.extract.changes` and the readers that add to it (:mod:`kg.extract.standings`,
:mod:`kg.extract.contrasts`, :mod:`kg.extract.ellipsis`, …) each make a :class:`Change`
and read its subject in the clause :func:`clause_start` and :func:`clause_end` bound: a
clause ends at a comma, a colon, a bracket, a full stop or a conjunction ("en", "maar",
"omdat", "dat", …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: What opens a clause: punctuation, an arrow of notes and slides ("Sterke vergrijzing → vraag
#: groeit", one clause leading to the next) and the conjunctions.
_CLAUSE = re.compile(
    r"[,;:()→⇒]|\.(?=\s)|\b(?:en|maar|terwijl|omdat|doordat|want|dat|die)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Change:
    """A direction or level stated without a figure.

    Attributes
    ----------
    start, end : int
        The quote.
    subject : str
        The words naming what is compared (read for a measure); empty when the
        text does not name it.
    comparison : str or None
        ``higher``, ``lower``, ``more``, ``less``, ``equal``, ``better`` or
        ``worse``; None for a balance (``een tekort``).
    reference : str or None
        ``national average`` when the words compare with it.
    qualifier : str or None
        A degree or approximation that is part of the statement (``licht``,
        ``ongeveer``, ``rond``).
    """

    start: int
    end: int
    subject: str
    comparison: str | None
    reference: str | None = None
    qualifier: str | None = None


def clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (a bounded look back from ``pos``).

    Examples
    --------
    >>> t = "De vraag groeit, maar het aantal klachten neemt af."
    >>> t[clause_start(t, 0, t.index("neemt")) :]
    'het aantal klachten neemt af.'
    """
    start = max(floor, pos - 120)
    for m in _CLAUSE.finditer(text, start, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def clause_end(text: str, pos: int, ceiling: int) -> int:
    """Where the clause holding ``pos`` ends (a bounded look ahead, not past ``ceiling``).

    Examples
    --------
    >>> t = "Het aantal klachten neemt af, maar de vraag groeit."
    >>> t[: clause_end(t, t.index("neemt"), len(t))]
    'Het aantal klachten neemt af'
    """
    m = _CLAUSE.search(text, pos, min(ceiling, pos + 120))
    return m.start() if m else min(ceiling, pos + 120)


def with_article(text: str, s0: int, start: int) -> int:
    """``start`` moved back over a "de" or "het" right before it (not before ``s0``).

    Examples
    --------
    >>> t = "Ook is het aantal hoog."
    >>> with_article(t, 0, t.index("aantal"))
    7
    """
    art = re.search(r"\b(?:de|het)\s+$", text[max(s0, start - 4) : start], re.I)
    return start - len(art.group()) if art else start
