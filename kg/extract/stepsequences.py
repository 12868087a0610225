"""An order of steps: "eerst A, (pas) daarna B" sets priorities, it judges neither step.

"De gemeente koos voor een sobere start: eerst de continuïteit, pas daarna de
vernieuwing", "eerst zorgen dat niemand tussen wal en schip valt, dan pas vernieuwen",
"inwoners spreken eerst hun omgeving aan voordat de gemeente bijspringt": "eerst"
followed by a word of what comes next (daarna, dan, pas, later, vervolgens, voordat)
names steps in an order, a plan or a rule of policy. The judgement words inside the
steps ("vernieuwing", "tussen wal en schip", "bijspringt") are the steps' content,
what is aimed at first or later, not a verdict on the municipality; what the claim says
outside the steps still counts.
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

#: "eerst" and, after it in the same sentence, a word of the next step ("dan" only after a
#: comma or "en": "eerst A, dan B", not the "dan" of a comparison).
_STEPS = re.compile(
    r"\beerst\b[^.;!?]*?(?:\b(?:daarna|pas|later|vervolgens|voordat|alvorens)|(?<=, )dan"
    r"|(?<=\ben )dan)\b",
    re.IGNORECASE,
)
#: The word every order of steps holds (a claim-level word gate).
FIRST_WORDS = frozenset({"eerst"})
#: What ends the second step: a comma, a colon, a dash or the end of the sentence.
_STEP_END = re.compile(r"[,;:!?.–—]")


def steps(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the ordered steps of the claim ``text[start:end]``, else None.

    The span runs from "eerst" to the end of the clause of the next step.

    Examples
    --------
    >>> s = "De gemeente koos voor rust: eerst de continuïteit, pas daarna de vernieuwing."
    >>> a, b = steps(s, 0, len(s)); s[a:b]
    'eerst de continuïteit, pas daarna de vernieuwing'
    >>> s = "Wie eerst zijn werk en daarna zijn huis verliest, vindt hier snel een woning."
    >>> a, b = steps(s, 0, len(s)); s[a:b]
    'eerst zijn werk en daarna zijn huis verliest'
    >>> steps("Het eerste jaar verliep goed.", 0, 29) is None
    True
    """
    at = text.find("eerst", start, end)
    while at >= 0 and text[at + 5 : at + 6].isalpha():  # "eerste", "eerstelijns": no step
        at = text.find("eerst", at + 5, end)
    if at < 0:
        return None  # most claims: a string find or two
    found = _STEPS.match(text, at, end) if at == start or not text[at - 1].isalpha() else None
    if found is None:
        return None
    closing = _STEP_END.search(text, found.end(), end)
    return found.start(), closing.start() if closing else end


def without_steps(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim less those inside an order of steps.

    Examples
    --------
    >>> s = "Het college koos eerst voor zekerheid, daarna pas voor vernieuwing."
    >>> at = s.index("vernieuwing")
    >>> without_steps(s, 0, len(s), [Cue(at, at + 11, 1)])
    []
    >>> s = "Eerst ging het goed, daarna liep het mis."
    >>> len(without_steps(s, 0, len(s), [Cue(14, 18, 1)]))
    1
    """
    if not cues:
        return cues
    span = steps(text, start, end)
    if span is None:
        return cues
    first, last = span
    return [c for c in cues if not (first <= c.start and c.end <= last) or _told(text, span)]


#: A step told with a finite verb of its own before the next one ("eerst ging het goed,
#: daarna …"): a course of events, whose judgements count.
_TOLD = re.compile(
    r"^eerst\s+(?:ging|gingen|liep|liepen|was|waren|werd|werden|had|hadden)\b", re.IGNORECASE
)


def _told(text: str, span: tuple[int, int]) -> bool:
    """Whether the steps tell a course of events (a past verb right after "eerst").

    Examples
    --------
    >>> _told("Eerst ging het goed, daarna niet.", (0, 32)), _told("eerst de rust", (0, 13))
    (True, False)
    """
    return _TOLD.match(text, span[0], span[1]) is not None
