"""A problem that no longer holds: "geen wachtlijsten meer", "zijn er niet meer".

"Geen … meer" and "niet meer" deny that a problem still holds, a change for the
better (:mod:`kg.extract.cuereadings` reads the problem as a difficulty denied at
"meer").
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.prefixscan import may_hold_in

#: Negators of "no longer" ("geen … meer", "niet meer").
_NO_LONGER = frozenset({"geen", "niet"})


def no_longer(text: str, clause: tuple[int, int], cue) -> int | None:  # noqa: ANN001
    """Where "meer" says a problem no longer holds ("geen wachtlijsten meer"), else None.

    "Geen … meer" and "niet meer" deny that a problem still holds: a change for the
    better, not the bare denial that leaves a claim neutral ("er zijn geen
    wachtlijsten"). The problem is read as a difficulty denied at "meer", which the
    scope rules turn. A comparison ("niet meer … dan") is no such change.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Er zijn geen wachtlijsten meer."
    >>> no_longer(s, (0, len(s)), Cue(13, 25, -1, problem=True)) == s.index("meer")
    True
    >>> s = "Wachtlijsten zijn er niet meer dan vorig jaar."
    >>> no_longer(s, (0, len(s)), Cue(0, 12, -1, problem=True)) is None
    True
    """
    if not may_hold_in(text, clause[0], clause[1], (" meer",)):
        return None  # most clauses
    found = neg.words(text, *clause)
    names = [w for _a, _b, w in found]
    if "meer" not in names or "dan" in names:
        return None
    at = names.index("meer")
    if at and names[at - 1] in _NO_LONGER or names[at - 2 : at] == ["geen", "sprake"]:
        return found[at][0]  # "zijn er niet meer", "komen niet meer voor", "geen sprake meer"
    own = [i for i, (a, _b, _w) in enumerate(found) if cue.start <= a < cue.end]
    if own and "geen" in names[max(0, own[0] - neg.REACH) : own[0]] and 0 < at - own[-1] <= 2:
        return found[at][0]  # "geen wachtlijst meer", "geen sprake meer"
    return None
