"""A region's municipalities acting together as the subject of a sentence.

General Dutch names the municipalities of a region as one group by the region's
name in a compound or its adjective: "De zeven Parkstad-gemeenten kopen de
jeugdhulp gezamenlijk in", "De Twentse gemeenten werken samen in …", "Alle
Achterhoek-gemeenten trekken samen op". When such a group is the subject and the
clause says they act together ("gezamenlijk", "samen", "met elkaar", "als regio"),
the profile's municipality is one of them: it is a member of the region, and it
purchases through the region when the group buys ("kopen … in", "ingekocht").

The same group after "de andere / overige" ("samen met de andere Twentse gemeenten")
has the profile's municipality among them, and "A is een van de (zeven)
Parkstad-gemeenten" makes A one of them: member-of the region.

A province's adjective ("de Limburgse gemeenten") names no group (the mention is a
place, never a member's group); a negation in the clause gives nothing.

Examples
--------
>>> bool(_JOINT.search(" kopen de jeugdhulp gezamenlijk in"))
True
>>> bool(_JOINT.search(" hebben elk een eigen wijkteam"))
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention

__all__ = ["joint_group_relations"]

_F = re.IGNORECASE
_GROUP_KINDS = frozenset({"region", "body"})
#: The group noun right after the name: "Parkstad-gemeenten", "Twentse gemeenten".
_MUNICIPALITIES = re.compile(r"(?:-|\s+)gemeenten\b", _F)
#: What may stand before the name in subject position: an article, a number, "alle".
_SUBJECT_FRONT = re.compile(
    r"\s*(?:(?:de|alle|deze|die)\s+)?(?:(?:[a-z]+|\d+)\s+)?(?:andere\s+)?$", _F
)
#: The clause says they act together.
_JOINT = re.compile(
    r"\b(?:gezamenlijk\w*|samen|met\s+elkaar|als\s+regio|regionaal|gemeenschappelijk\w*)\b", _F
)
#: The group buys: "kopen … in", "hebben … ingekocht", "de inkoop".
_BUY = re.compile(r"\b(?:kopen|kochten)\b[^;.]*?\bin\b|\bingekocht\b|\binkoop\w*\b", _F)
#: "de andere / overige" before the group: the profile's municipality is one of them; "een
#: van de (zeven)" before it: the clause's subject is.
_OTHERS = re.compile(r"\b(?:de|alle)\s+(?:\w+\s+)?(?:andere|overige)\s+(?:\w+\s+)?$", _F)
_ONE_OF = re.compile(r"\b[eé][eé]n\s+van\s+de\s+(?:\w+\s+)?$", _F)
#: Where the clause of the subject ends.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:maar|terwijl|omdat|want|en)\b|\s(?:maar|terwijl)\s", _F)


class _Sentence(Protocol):
    """What the rule reads of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    start: int
    end: int
    own: str

    def clause_start(self, pos: int) -> int: ...
    def subject(self, a: int, b: int) -> str: ...


def joint_group_relations(
    sen: _Sentence,
    groups: Sequence[SentenceMention],
    add: Callable[[str, str, str], None],
) -> None:
    """Add the profile's membership of (and purchasing via) a region whose
    municipalities are the subject acting together.

    Parameters
    ----------
    sen : _Sentence
        The sentence (see :mod:`kg.extract.relations`).
    groups : sequence of SentenceMention
        Its regions and bodies, named or as an adjective.
    add : callable
        ``add(type, subject, object)``.
    """
    text = sen.text
    if text.find("gemeenten", sen.start, sen.end) < 0:
        return  # no group of municipalities named
    for g in groups:
        if g.kind not in _GROUP_KINDS:
            continue
        noun = _MUNICIPALITIES.match(text, g.end, sen.end)
        if noun is None:
            continue
        cs = sen.clause_start(g.start)
        if NEGATION.search(text, cs, g.start):
            continue
        # the group itself, unless the sentence names the body they form ("… en de andere
        # Twentse gemeenten deel uit van Regio Twente": the body is the group)
        alone = not any(p.kind in _GROUP_KINDS and p is not g for p in groups)
        if _OTHERS.search(text, max(cs, g.start - 40), g.start):  # "met de andere X-gemeenten"
            if alone:
                add("member-of", sen.own, g.entity)
            continue
        if one := _ONE_OF.search(text, max(cs, g.start - 30), g.start):  # "A is een van de …"
            if alone:
                add("member-of", sen.subject(cs, one.start()), g.entity)
            continue
        if not _SUBJECT_FRONT.fullmatch(text, cs, g.start):
            continue
        end = _CLAUSE_END.search(text, noun.end(), sen.end)
        clause = text[noun.end() : end.start() if end else sen.end]
        if not _JOINT.search(clause) or NEGATION.search(clause):
            continue
        add("member-of", sen.own, g.entity)
        if _BUY.search(clause):
            add("purchases-via", sen.own, g.entity)
