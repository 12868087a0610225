"""Members of a group named where the group itself is not: a list after the group's
participants referred back to, and a body named after its members.

- "De deelnemende gemeenten zijn A, B en C" (also "de aangesloten / samenwerkende
  gemeenten", "de leden"), the group named before in the paragraph or the document:
  A, B and C are members of it;
- "de ISD van A, B en C", "het Werkplein van A en B": a body named by its type and the
  municipalities it serves is theirs; each of them is a member (the first one, part of
  the name, when the profile names it elsewhere too).

Both are general Dutch of public administration ("deelnemende gemeenten" is the term
of the Wet gemeenschappelijke regelingen, art. 1).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer

__all__ = ["listed_in", "listed_members", "named_members"]

_F = re.IGNORECASE

#: The participants of a group referred back to, then their list.
_PARTICIPANTS_ARE = re.compile(
    r"\b(?:deelnemende|aangesloten|samenwerkende|participerende)\s+gemeenten\s+"
    r"(?:zijn|waren)\s*:?\s+",
    _F,
)
#: A body's name that ends in "van <name>": the municipality it is of.
_OF_TAIL = re.compile(r"\bvan\s+(?P<name>(?-i:[A-Z])[\w'-]*(?:[ -](?-i:[A-Z])[\w'-]*)*)$", _F)


def listed_in(lowered: str) -> bool:
    """Whether a document (lower case) may list a group's participants (:func:`listed_members`).

    Examples
    --------
    >>> listed_in("de deelnemende gemeenten zijn a en b."), listed_in("de gemeente groeit.")
    (True, False)
    """
    return "gemeenten zijn" in lowered or "gemeenten waren" in lowered


def _listed(sen: _Sentence, start: int) -> list[SentenceMention]:
    """The municipalities of the coordinated list that opens at ``start``."""
    found: list[SentenceMention] = []
    for p in sen.between(start, sen.window_end(start)):
        if p.kind != "municipality":
            break
        if found and not LIST_GAP.match(sen.text[found[-1].end : p.start]):
            break
        found.append(p)
    return found


def listed_members(sen: _Sentence, add: Add) -> None:
    """member-of for "De deelnemende gemeenten zijn A, B en C" (the group named before).

    Examples
    --------
    >>> bool(_PARTICIPANTS_ARE.search("De deelnemende gemeenten zijn: A en B"))
    True
    """
    for m in finditer(_PARTICIPANTS_ARE, sen.text, sen.start, sen.end):
        group = sen.last_group(m.start(), document=True)
        if group is None:
            continue
        for p in _listed(sen, m.end()):
            add("member-of", p.entity, group.entity)


def named_members(sen: _Sentence, add: Add, municipalities: Mapping[str, str]) -> None:
    """member-of for the municipalities a body is named after ("de ISD van A, B en C").

    ``municipalities`` maps a municipality's label to its IRI (those the profile names).

    Examples
    --------
    >>> _OF_TAIL.search("ISD van Heerlen").group("name")
    'Heerlen'
    """
    for body in sen.parties:
        if body.kind != "body":
            continue
        tail = _OF_TAIL.search(body.text)
        first = municipalities.get(tail.group("name")) if tail else None
        if first is None:
            continue
        listed = _listed(sen, body.end)
        if listed and not LIST_GAP.match(sen.text[body.end : listed[0].start]):
            listed = []
        for member in [first, *(p.entity for p in listed)]:
            add("member-of", member, body.entity)
