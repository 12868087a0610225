"""What could never have been done alone: "had de inkoop nooit alleen kunnen doen".

"De wethouder erkent dat de gemeente deze inkoop nooit alleen had kunnen doen", "omdat
de gemeente alleen nooit de kennis had kunnen opbouwen": a past counterfactual ("had …
kunnen", Van Dale "hebben" 9: what was possible but did not happen) of doing a task
alone, denied, says that the task was done together and could only be done so: the value
of the cooperation, a positive judgement. The negator belongs to the phrase (it denies the
"alone", not the claim), so the cue's span opens on it and no scope rule turns it.

Not read: "niet alleen … maar (ook)" (not only … but also: the correlative adds, it
denies no "alone"), and a present or conditional "kan/zou niet alleen" ("ouderen die
niet meer alleen kunnen wonen": living alone, a need, not a cooperation).
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["denied_alone", "joined_forces"]

#: A denied "alleen" ("nooit alleen", "niet alleen", "alleen nooit") in a past
#: counterfactual "had/hadden … kunnen", in either order of the finite verb and the
#: denial (verb last in a subordinate clause, second in a main clause).
_ALONE = re.compile(
    r"\b(?:(?:niet|nooit)\s+alleen|alleen\s+(?:niet|nooit))\s+"
    r"(?:[\w-]+\s+){0,5}?(?:had|hadden)\s+(?:[\w-]+\s+){0,2}?kunnen\b"
    r"|\b(?:had|hadden)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:niet|nooit)\s+alleen|alleen\s+(?:niet|nooit))\s+(?:[\w-]+\s+){0,3}?kunnen\b",
    re.IGNORECASE,
)
#: "maar (ook)" after the phrase: the correlative "niet alleen … maar ook".
_BUT = re.compile(r"\bmaar\b", re.IGNORECASE)
#: Where the denial opens within a match.
_DENIAL = re.compile(r"\b(?:niet|nooit|alleen)\b", re.IGNORECASE)


def joined_forces(text: str, start: int, end: int) -> list[Cue]:
    """The positive cues of a task that could never have been done alone, in
    ``text[start:end]``: the span runs from the denial ("nooit alleen") to "kunnen".

    Examples
    --------
    >>> s = "Hij erkent dat de gemeente deze inkoop nooit alleen had kunnen doen."
    >>> [(s[c.start:c.end], c.sign) for c in joined_forces(s, 0, len(s))]
    [('nooit alleen had kunnen', 1)]
    >>> s = "De gemeente had niet alleen kunnen besparen, maar ook kunnen investeren."
    >>> joined_forces(s, 0, len(s))
    []
    """
    if text.find("lleen", start, end) < 0:
        return []  # most claims: no "alleen"
    found = []
    for m in _ALONE.finditer(text, start, end):
        if _BUT.search(text, m.end(), min(end, m.end() + 60)):
            continue  # "niet alleen …, maar ook …": not only
        opening = _DENIAL.search(text, m.start(), m.end())
        found.append(Cue(opening.start() if opening else m.start(), m.end(), 1))
    return found


#: The words a denied "alone" opens with.
_OPENINGS = frozenset({"niet", "nooit", "alleen"})


def denied_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the span of a cue of :func:`joined_forces` (a
    counterfactual by its form, which the counterfactual rule of
    :mod:`kg.extract.tone` must not turn).

    Examples
    --------
    >>> s = "Wij hadden het nooit alleen kunnen doen."
    >>> denied_alone(s, 15, 35), denied_alone(s, 0, 10)
    (True, False)
    """
    words = text[start:end].lower().split()
    return len(words) > 2 and words[0] in _OPENINGS and words[-1] == "kunnen" and "alleen" in words
