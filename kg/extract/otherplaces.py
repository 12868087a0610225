"""Another municipality's level set against the profile's own municipality.

A profile that compares its municipality with the others of its region states their levels
after its own, in a clause placed in the other municipality, with a comparative and no
compared term ("De werkloosheid kwam uit op 6,4%; in Kampen lag die iets hoger, in Raalte en
Dalfsen duidelijk lager"), or with the profile's own municipality as the compared term ("in
Hattem maken ouderen vaker gebruik van huishoudelijke hulp dan in de stad", "… dan in
Zwolle"). The level is the other place's, the reference the profile's municipality (by its
name in lower case, as :mod:`kg.extract.placereferences` names a place), and each member of
a coordinated place ("in Raalte en Dalfsen") is a level of its own (gold README: "One figure
set against several places is one indicator per place").

Source: general Dutch (a comparative without "dan" is set against what was named before it;
a place adverbial "in X" places the clause; ANS 9.4, 26); the municipalities' names from the
reference data (``kg/data/reference/municipalities.csv``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator
from kg.reference import default_reference

__all__ = ["other_places"]

#: The comparisons of a level.
_LEVELS = frozenset(("higher", "lower", "more", "less"))
#: A capitalised name, possibly of two or three words.
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
#: A place adverbial and its coordinated names: "in Kampen", "in Raalte en Dalfsen", "bij
#: Hattem, Ommen of Raalte".
_IN_PLACES = re.compile(
    rf"\b(?:in|bij)\s+(?P<names>{_NAME}(?:\s*(?:,|\ben\b|\bof\b)\s*(?:in\s+)?{_NAME})*)",
    re.IGNORECASE,
)
_MEMBER = re.compile(_NAME)
#: A clause's edge: where it begins before a figure, and where the words after it stop.
_CLAUSE_EDGE = re.compile(r"[.;:!?()]|,\s")
#: The compared term after "dan"/"als" up to the clause's end.
_THAN = re.compile(r"\b(?:dan|als)\b(?P<term>[^.;:!?()]*)", re.IGNORECASE)
#: The profile's own municipality as a compared term without its name: "dan in de stad",
#: "dan in onze gemeente", "dan bij ons".
_OWN = re.compile(
    r"^\s*(?:in\s+|bij\s+)?(?:de\s+stad|onze\s+(?:stad|gemeente)|ons|de\s+gemeente\s+zelf)\b",
    re.IGNORECASE,
)
_REACH = 80


def other_places(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each level of another named municipality set against the profile's.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Zwolle\\n\\nDe werkloosheid is 6%; in Raalte en Dalfsen ligt die lager."
    >>> doc = N(text=s, title="Zwolle")
    >>> lower = Indicator(s.index("ligt"), len(s) - 1, 2, None, "", None, None, comparison="lower")
    >>> [i.reference for i in other_places(doc, [lower])]
    ['zwolle', 'zwolle']
    """
    own = (doc.title or "").strip().lower()
    if not own or (" in " not in doc.text and " bij " not in doc.text):  # a cheap gate
        return found
    names = default_reference().municipality_names
    out: list[Indicator] = []
    for ind in found:
        places = _places(doc.text, ind, own, names) if _open_level(ind) else []
        out.extend(replace(ind, reference=own) for _ in places)
        if not places:
            out.append(ind)
    return out


def _open_level(ind: Indicator) -> bool:
    """Whether ``ind`` is a level compared with nothing the readers named."""
    return ind.comparison in _LEVELS and ind.reference is None and ind.national_value is None


def _places(text: str, ind: Indicator, own: str, names: frozenset[str]) -> list[str]:
    """The other municipalities the clause of ``ind`` is placed in, when its level is set
    against the profile's own municipality (no compared term, or the own one)."""
    cut = list(_CLAUSE_EDGE.finditer(text, max(0, ind.start - _REACH), ind.start))
    start = cut[-1].end() if cut else max(0, ind.start - _REACH)
    stop = _CLAUSE_EDGE.search(text, ind.end, ind.end + _REACH)
    end = stop.start() if stop else min(len(text), ind.end + _REACH)
    than = _THAN.search(text, start, end)
    if than and not (_OWN.match(than.group("term")) or own in than.group("term").lower()):
        return []  # compared with something else: "dan in de omliggende gemeenten"
    placed = _IN_PLACES.search(text, start, than.start() if than else end)
    if placed is None:
        return []
    members = [m.group().lower() for m in _MEMBER.finditer(placed.group("names"))]
    others = [m for m in members if m in names and m != own]
    return others if len(others) == len(members) else []
