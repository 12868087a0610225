"""The executor of a passive clause: the agent after "door".

"Het vervoer wordt in opdracht van A en B gereden door X": the clause is passive (a form
of "worden" and a participle, ANS 2.3.4), so what is done for A and B is done by the
agent X, named after "door", not by the profile's municipality, which a clause with no
subject before its cue otherwise stands for. A passive clause that names no agent names
no executor ("Het vervoer wordt in opdracht van A gereden": A commissions someone
unnamed), and gives no relation.
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.model import SentenceMention

__all__ = ["passive_executor"]

_F = re.IGNORECASE
#: A finite form of the passive auxiliary "worden".
_PASSIVE = re.compile(r"\b(?:wordt|worden|werd|werden)\b", _F)
#: "door" right before the agent (an article may stand between).
_BY = re.compile(r"\bdoor\s+(?:(?:de|het)\s+)?$", _F)
#: The end of the clause: a semicolon, a colon, or a new clause after a comma.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:die|dat|maar|terwijl|omdat|zodat|waardoor|en)\b", _F)
#: The kinds that carry out a task.
_EXECUTORS = frozenset({"organisation", "body", "municipality"})


class _Sentence(Protocol):
    text: str
    end: int

    def between(self, a: int, b: int) -> list[SentenceMention]: ...


def passive_executor(sen: _Sentence, cs: int, cue_start: int, cue_end: int) -> str | None:
    """The agent of the passive clause opened at ``cs`` around a principal cue, "" when
    the clause is passive and names none, None when it is not passive.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> t = "Het vervoer wordt in opdracht van A gereden door Taxi Noord."
    >>> at = t.index("Taxi")
    >>> taxi = SentenceMention("o/taxi", "organisation", at, at + 10, "Taxi Noord", 0)
    >>> sen = N(text=t, end=len(t), between=lambda a, b: [taxi] if a <= at < b else [])
    >>> passive_executor(sen, 0, 18, 33)
    'o/taxi'
    >>> t = "Het vervoer wordt in opdracht van A gereden."
    >>> passive_executor(N(text=t, end=len(t), between=lambda a, b: []), 0, 18, 33)
    ''
    >>> t = "X rijdt in opdracht van A."
    >>> passive_executor(N(text=t, end=len(t), between=lambda a, b: []), 0, 8, 23) is None
    True
    """
    stop = _CLAUSE_END.search(sen.text, cue_end, sen.end)
    end = stop.start() if stop else sen.end
    if not (_PASSIVE.search(sen.text, cs, cue_start) or _PASSIVE.search(sen.text, cue_end, end)):
        return None
    for p in sen.between(cue_end, end):
        if p.kind in _EXECUTORS and _BY.search(sen.text, max(cs, p.start - 12), p.start):
            return p.entity
    return ""
