"""Membership of a region named as the group of its municipalities.

Dutch names a region's municipalities as one group with "de (N / andere / alle) gemeenten
van (de regio) R" or "… in (de regio) R". The profile's municipality is a member of R
where the sentence makes that group the one a purchase is done for, or the one that works
together in a body (tests/gold/README.md: "a purchase for a group named by region that
includes the municipality"; "a body … waarin de gemeenten van de arbeidsmarktregio … met
het UWV samenwerken"):

- a purchase or a task for the group: "De jeugdhulp wordt ingekocht voor de negen
  gemeenten van R", "… koopt in namens alle gemeenten in de regio R";
- the group working together in a body, in a relative clause: "het Werkgeversservicepunt,
  waarin de gemeenten van de arbeidsmarktregio R met het UWV samenwerken", also where the
  municipality is named first ("waarin de gemeente met het UWV en de andere gemeenten van
  de arbeidsmarktregio R samenwerkt").

Being one of an area's municipalities states no membership by itself: "de grootste van de
gemeenten van R", "werkt samen met de andere gemeenten van de regio R" (a cooperation in
an area, tests/gold/README.md, fortieth session, point 3) give none here. A negated clause
gives none, nor a bare "de regio" pointing back (the group meant may be another than the
one named last).

Source: the group phrase of Dutch administrative prose ("de gemeenten van de regio") and
the gold guidelines named above; written from the construction, not from a profile's
sentence.

Examples
--------
>>> gate("ingekocht voor de negen gemeenten van de regio x."), gate("de gemeente werkt.")
(True, False)
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention

__all__ = ["area_groups", "gate", "named_as_group"]

_F = re.IGNORECASE
#: The group right before the region's name: "de (negen / andere) gemeenten van (de regio)";
#: the words before "gemeenten" are a number, "andere" or an adjective, no preposition.
_GROUP = re.compile(
    r"\b(?:alle\s+)?(?:de\s+)?(?:(?!(?:voor|namens|waarin|met|en)\b)[\w-]+\s+){0,2}?gemeenten"
    r"\s+(?:van|in|uit)\s+(?:de\s+|het\s+)?(?:[\w-]*regio\s+)?$",
    _F,
)
#: A purchase or task for the group right before it: "ingekocht voor", "namens".
_FOR = re.compile(
    r"\b(?:namens|(?:ingekocht|inkoopt|inkopen|inkoop|gecontracteerd|contracteert|uitgevoerd"
    r"|uitvoert)\s+voor)\s+$",
    _F,
)
#: The relative clause of a body the group works in: "waarin", up to the group.
_WHEREIN = re.compile(r"\bwaarin\b", _F)
#: The verb of working together after the group, in the same clause.
_TOGETHER = re.compile(r"\bsamen\s*werk\w*|\bwerk\w*\s+(?:\w+\s+){0,6}?samen\b", _F)
#: The end of a clause.
_CLAUSE_END = re.compile(r"[,;:.]")
_GROUPS = frozenset({"region", "body"})


def gate(lowered: str) -> bool:
    """Whether a document (lower case) may name a group of municipalities by their area."""
    return "gemeenten van " in lowered or "gemeenten in " in lowered


def named_as_group(text: str, start: int, m: SentenceMention) -> bool:
    """Whether mention ``m`` of a sentence opening at ``start`` is the area of a group of
    municipalities a purchase is done for or that works together in a body.

    Examples
    --------
    >>> text = "De zorg wordt ingekocht voor de zes gemeenten van de regio Oost."
    >>> named_as_group(text, 0, SentenceMention("r/oost", "region", 59, 63, "Oost", 0))
    True
    >>> text = "Het is de grootste van de zes gemeenten van de regio Oost."
    >>> named_as_group(text, 0, SentenceMention("r/oost", "region", 53, 57, "Oost", 0))
    False
    """
    group = _GROUP.search(text, max(start, m.start - 60), m.start)
    if group is None:
        return False
    if _FOR.search(text, max(start, group.start() - 30), group.start()):
        return True
    opened = text.rfind(",", start, group.start())  # the relative clause opens after a comma
    clause = text[opened + 1 if opened >= 0 else start : group.start()]
    if not _WHEREIN.search(clause):
        return False
    end = _CLAUSE_END.search(text, m.end)
    stop = end.start() if end else len(text)
    return bool(_TOGETHER.search(text, m.end, stop)) and not NEGATION.search(text, opened + 1, stop)


def area_groups(sen: _Sentence, add: Add) -> None:
    """member-of the region for the profile's municipality where the sentence names the
    region as the group of municipalities a purchase is for or that works together in a body.

    Examples
    --------
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Een bureau, waarin de gemeenten van de regio Oost samenwerken, koopt in."
    >>> oost = SentenceMention("r/oost", "region", 45, 49, "Oost", 0)
    >>> got = []
    >>> area_groups(Sentence(text, 0, len(text), [oost], "m/x", []), lambda *r: got.append(r))
    >>> got
    [('member-of', 'm/x', 'r/oost')]
    """
    for p in sen.parties:
        if p.text.islower():
            continue  # "de gemeenten van de regio": a bare "regio" points back, no name
        if p.kind in _GROUPS and named_as_group(sen.text, sen.start, p):
            add("member-of", sen.own, p.entity)
