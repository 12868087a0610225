"""Promises and endorsements: a body that commits itself to what was asked is good news.

A college, an alderman or a provider that promises to act ("De wethouder zegt dat toe",
"Het college zegde toe de regels te vereenvoudigen", "heeft toegezegd een evaluatie te
sturen") or endorses an advice or plan ("onderschrijft het advies van harte", "dat de
commissie het belang van de dorpsraden onderschrijft") grants what was asked: the request
is heard, as an advice taken over is (:mod:`kg.extract.adoptedadvice`). Each form gives a
positive cue at its verb; a split promise with a negator inside ("zegde niets toe") is a
request refused, a negative cue, and a negator before the verb turns the cue by the
negation rules of :mod:`kg.extract.tone` as usual.

"toezeggen" is general Dutch (Van Dale: "beloven"); its particle "toe" is read only where it
closes the verb's phrase (before a stop, "dat", "om" or "te"), not as in "toe is aan".
"onderschrijven" is read only with an advice, a proposal, a plan, an approach or an
importance in its clause: "onderschrijft dat beeld" confirms the claim before, whatever its
tone, and is left alone (as ``ontology/tone.ttl`` leaves the word out).
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: A promise: "toegezegd", "toezegt", "toe te zeggen", or a finite "zeggen" whose particle
#: "toe" closes its phrase ("zegt dat toe.", "zegde toe dat", "zegde de raad toe een …").
PROMISE = re.compile(
    r"\btoegezegd\b|\btoezeg(?:t|gen|de|den)\b|\btoe\s+te\s+zeggen\b"
    r"|\b(?:zegt|zeggen|zegde|zegden)(?:\s+(?!toe\b)[\w-]+){0,4}?\s+toe"
    r"(?=\s*[.,;:!]|\s+(?:dat|om|te|een|het|de)\b)",
    re.IGNORECASE,
)
#: A negator inside a split promise: the promise refused ("zegde niets toe").
_REFUSED = re.compile(r"\b(?:niet|niets|geen|nooit)\b", re.IGNORECASE)
#: An endorsement of an advice, a proposal, a plan, an approach or an importance, the
#: object before or after the verb within its clause.
_ENDORSE = re.compile(r"\bonderschr(?:ijft|ijven|eef|even)\b", re.IGNORECASE)
_ENDORSED = re.compile(
    r"\b(?:\w*advie[sz]\w*|voorstel(?:len)?|plan(?:nen)?|aanpak|belang|koers|visie"
    r"|uitgangspunt(?:en)?)\b",
    re.IGNORECASE,
)
#: What bounds the clause an endorsement's object is sought in.
_BOUND = re.compile(r"[.;:]")


def promised(text: str, start: int, end: int) -> list[Cue]:
    """A positive cue at each promise or endorsement in ``text[start:end]``.

    Examples
    --------
    >>> s = "De wethouder zegt dat toe."
    >>> [s[c.start : c.end] for c in promised(s, 0, len(s))]
    ['zegt dat toe']
    >>> s = "Het college antwoordde dat het dit advies van harte onderschrijft."
    >>> [s[c.start : c.end] for c in promised(s, 0, len(s))]
    ['onderschrijft']
    >>> s = "De wethouder zegde niets toe."
    >>> [c.sign for c in promised(s, 0, len(s))]
    [-1]
    >>> s = "De scholen onderschrijven dat beeld."
    >>> promised(s, 0, len(s))
    []
    >>> s = "Hij zegt dat de gemeente toe is aan een nieuwe aanpak."
    >>> promised(s, 0, len(s))
    []
    """
    if text.find("toe", start, end) < 0 and text.find("nderschr", start, end) < 0:
        return []  # most claims: two string finds
    found = []
    pos = start
    while (m := search(PROMISE, text, pos, end)) is not None:
        refused = _REFUSED.search(text, m.start(), m.end()) is not None  # "zegde niets toe"
        found.append(Cue(m.start(), m.end(), -1 if refused else 1))
        pos = m.end()
    pos = start
    while (m := search(_ENDORSE, text, pos, end)) is not None:
        if _endorses(text, start, end, m.start(), m.end()):
            found.append(Cue(m.start(), m.end(), 1))
        pos = m.end()
    return found


def _endorses(text: str, start: int, end: int, at: int, stop: int) -> bool:
    """Whether the clause of the verb at ``at``..``stop`` names an advice, plan or the like."""
    before = [b.end() for b in _BOUND.finditer(text, start, at)]
    after = _BOUND.search(text, stop, end)
    left, right = (before[-1] if before else start), (after.start() if after else end)
    return _ENDORSED.search(text, left, right) is not None
