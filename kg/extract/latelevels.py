"""An improvement of a level that comes only late: "de tekorten nemen pas na 2020 af".

A quantity judged by its change (:mod:`kg.extract.direction`) is good news when it moves
the right way ("de tekorten nemen af"). With "pas" before a later time ("pas na 2020",
"pas in 2019", "pas over drie jaar") the sentence says the good change is not there yet:
until then the level stays as it is, a shortfall (negative). General Dutch: "pas" as "not
until" (Van Dale, "pas" bijwoord 2).
"""

from __future__ import annotations

import re

__all__ = ["late_change"]

#: "pas" before a time to come: "pas na 2020", "pas in 2019", "pas over drie jaar",
#: "pas vanaf 2018", "pas eind 2019", "pas op termijn".
_NOT_UNTIL = re.compile(
    r"\bpas\s+(?:na|in|over|vanaf|rond|tegen|eind|begin|medio|op\s+termijn)\b", re.IGNORECASE
)


def late_change(text: str, start: int, end: int) -> bool:
    """Whether the judged level ``text[start:end]`` says its change comes only later.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The span of a judged level (quantity to change word).

    Returns
    -------
    bool
        True when "pas" before a later time stands in the span.

    Examples
    --------
    >>> s = "Het college verwacht dat de tekorten pas na 2020 afnemen."
    >>> late_change(s, s.index("tekorten"), s.index("."))
    True
    >>> s = "Het college verwacht dat de tekorten in 2020 afnemen."
    >>> late_change(s, s.index("tekorten"), s.index("."))
    False
    """
    if text.find("pas ", start, end) < 0:
        return False  # most levels have no "pas"
    return _NOT_UNTIL.search(text, start, end) is not None
