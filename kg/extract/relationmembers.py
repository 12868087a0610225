"""Members of a group named where the group itself is not: a list after the group's
participants referred back to, and a body named after its members.

- "De deelnemende gemeenten zijn A, B en C" (also "de aangesloten / samenwerkende
  gemeenten", "de leden"), the group named before in the paragraph or the document:
  A, B and C are members of it;
- "de ISD van A, B en C", "het Werkplein van A en B": a body named by its type and the
  municipalities it serves is theirs: its name is the type ("ISD"), and each of them
  is a member; so is a body whose apposition names what it is and whose it is ("X, de
  sociale dienst van A, B en C");
- "ingekocht via X, die namens tien gemeenten contracten sluit": a party the municipality
  buys through that acts for a number of municipalities acts for a group that holds the
  municipality, whose own care it buys (gold README, eighth batch, decision 8: "namens tien
  gemeenten"), so the municipality is a member of it; so is buying with a definite group
  of municipalities ("koopt met de zeven gemeenten van de regio in via X");
- "dat G A en B omvat": a group that holds parties, said in a subordinate clause with its verb
  last (Dutch subordinate clauses put the finite verb at the end, ANS 20.3), the members
  standing between the group and the verb; "G omvat A en B" is read by
  :mod:`kg.extract.grouplists`;
- "X, (dat) namens de acht gemeenten (van de regio) …": a body acting on behalf of a
  definite group of municipalities is their joint body, and the profile's municipality
  (or the municipalities listed: "namens de gemeenten A en B") is a member of it. The
  definite article is what makes the group one the reader knows, the municipalities of
  the profile's region (ANS: a definite noun phrase refers to an identifiable set); a
  bare count ("namens 21 gemeenten") only says how many the body acts for, not that the
  profile's municipality is among them.

All are general Dutch of public administration ("deelnemende gemeenten" is the term
of the Wet gemeenschappelijke regelingen, art. 1; "namens" is acting for a principal).
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP
from kg.extract.model import SentenceMention
from kg.extract.prefixscan import finditer, search

__all__ = [
    "body_members",
    "bought_on_behalf",
    "enclosed_members",
    "listed_in",
    "listed_members",
    "named_members",
    "on_behalf",
]

_F = re.IGNORECASE

#: The participants of a group referred back to, then their list.
_PARTICIPANTS_ARE = re.compile(
    r"\b(?:deelnemende|aangesloten|samenwerkende|participerende)\s+gemeenten\s+"
    r"(?:zijn|waren)\s*:?\s+",
    _F,
)
#: "namens de (acht / deelnemende) gemeenten": a definite group of municipalities.
#: "voor" with a definite group is acting for it too ("die dit voor de zes gemeenten doet"), and
#: so is "alle" or a demonstrative ("namens deze zeven gemeenten", "voor alle dertien gemeenten");
#: a compound keeps its head ("de zes Drechtstedengemeenten").
_ON_BEHALF = re.compile(
    r"\b(?:namens|voor)\s+(?:de|deze|alle)\s+(?:[\w-]+\s+){0,2}?[\w-]*gemeenten\b\s*", _F
)
#: Between the acting party's name and "namens": a comma, a relative pronoun (with the task
#: it does referred to by a pronoun: "die dit voor …").
_ACTOR_GAP = re.compile(
    r"(?:\s*\([^()]{1,12}\))?"  # its acronym in brackets ("(SDD)")
    r"\s*,?\s*(?:(?:dat|die|welke)\s+(?:(?:dit|dat|het)\s+)?)?"
    # the pronoun's task done ("dat dit doet voor alle 23 Groninger gemeenten")
    r"(?:(?<=dit\s)(?:doet|deed)\s+)?"
    # the party that buys as the subject of its verb ("Dat bureau koopt (de zorg) in voor …")
    r"(?:(?:koopt|kopen|kocht|kochten)\s+(?:\w+\s+){0,3}?in\s+)?",
    _F,
)
#: Between a body's name and the municipalities it is of: "van (de gemeenten)", also after an
#: apposition that names what the body is ("X, de sociale dienst van A, B en C").
_OF = re.compile(
    r"(?:,\s+(?:de|het)(?:\s+(?!(?:voor|in|met|op|bij|aan|uit)\s)(?-i:[a-z])[\w-]*){1,3}?)?"
    r" van (?:de gemeenten )?(?=(?-i:[A-Z']))",
    _F,
)


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


def named_members(sen: _Sentence, add: Add) -> None:
    """member-of for the municipalities a body is named after ("de ISD van A, B en C").

    The body's name ends before "van" (:mod:`kg.extract.organisations`); each
    municipality of the list after it is a member.

    Examples
    --------
    >>> _OF.match(" van de gemeenten A").end(), _OF.match(" voor A")
    (18, None)
    """
    for body, members in _bodies_of(sen):
        for member in members:
            add("member-of", member.entity, body.entity)


def _bodies_of(sen: _Sentence) -> list[tuple[SentenceMention, list[SentenceMention]]]:
    """Each body named after municipalities in the sentence, with them."""
    out = []
    for body in sen.parties:
        of = _OF.match(sen.text, body.end) if body.kind == "body" else None
        if of is not None:
            out.append((body, _listed(sen, of.end())))
    return out


def body_members(sen: _Sentence) -> frozenset[int]:
    """Where the municipalities a body is named after start ("de ISD van A en B"): they are
    its members, not parties of the cue the body stands in ("samen met de ISD van A en B").

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> body_members(SimpleNamespace(parties=[]))
    frozenset()
    """
    if not any(p.kind == "body" for p in sen.parties):
        return frozenset()
    return frozenset(m.start for _, members in _bodies_of(sen) for m in members)


def on_behalf(sen: _Sentence, add: Add) -> None:
    """member-of for "X, (dat) namens de acht gemeenten (van de regio) …": X acts for the
    group, so its members (those listed right after "gemeenten", else the profile's
    municipality) are members of X, the body or organisation named right before.

    Examples
    --------
    >>> bool(_ON_BEHALF.search("via X, dat namens de negen gemeenten van de regio inkoopt"))
    True
    >>> bool(_ON_BEHALF.search("namens 21 gemeenten")), bool(_ACTOR_GAP.fullmatch(", dat "))
    (False, True)
    >>> bool(_ON_BEHALF.search("voor de zes Drechtstedengemeenten doet"))
    True
    >>> bool(_ACTOR_GAP.fullmatch(" (SDD), die dit "))
    True
    >>> bool(_ACTOR_GAP.fullmatch(" (RIGG), dat dit doet "))
    True
    """
    for m in finditer(_ON_BEHALF, sen.text, sen.start, sen.end):
        actor = next(
            (
                p
                for p in reversed(sen.parties)
                if p.end <= m.start() and _ACTOR_GAP.fullmatch(sen.text, p.end, m.start())
            ),
            None,
        )
        if actor is None or actor.kind not in ("body", "organisation"):
            continue
        listed = _listed(sen, m.end())  # "namens de gemeenten A en B": A and B
        members = [p.entity for p in listed] if listed and listed[0].start == m.end() else []
        for member in members or [sen.own]:
            add("member-of", member, actor.entity)


#: "namens / voor (ruim) tien (Drentse) gemeenten": a number of municipalities acted for.
_ON_BEHALF_COUNTED = re.compile(
    r"\b(?:namens|voor)\s+(?:ruim\s+|bijna\s+|ongeveer\s+)?(?:\d+|twee|drie|vier|vijf|zes"
    r"|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien"
    r"|negentien|twintig)\s+(?:[\w-]+\s+)?gemeenten\b",
    _F,
)


#: "met de (zeven / andere) gemeenten van / in / uit (de regio) R": buying together with a
#: definite group of municipalities, also a number, "andere" and an adjective of the area
#: together ("samen met de elf andere Friese gemeenten").
_WITH_DEFINITE = re.compile(
    r"\b(?:samen\s+)?met\s+(?:de|alle|deze)\s+(?:[\w-]+\s+){0,3}?gemeenten\b", _F
)


def bought_on_behalf(sen: _Sentence, offices: list[str], add: Add) -> None:
    """member-of for the profile's municipality of an office it buys through (``offices``,
    the objects of the sentence's purchases-via) that acts for a number of municipalities
    right after its name ("via X, die namens tien gemeenten contracten sluit").

    Examples
    --------
    >>> bool(_ON_BEHALF_COUNTED.search("die namens tien gemeenten contracten sluit"))
    True
    >>> bool(_ON_BEHALF_COUNTED.search("namens de gemeenten"))
    False
    >>> bool(_WITH_DEFINITE.search("koopt met de zeven gemeenten van de regio in via"))
    True
    >>> bool(_WITH_DEFINITE.search("via R, samen met de negen andere Zeeuwse gemeenten"))
    True
    """
    if search(_WITH_DEFINITE, sen.text, sen.start, sen.end):
        # "koopt met de zeven gemeenten van R in via X": a purchase with a definite group of
        # municipalities goes through their joint office
        for office in offices:
            add("member-of", sen.own, office)
    for m in finditer(_ON_BEHALF_COUNTED, sen.text, sen.start, sen.end):
        actor = next(
            (
                p
                for p in reversed(sen.parties)
                if p.end <= m.start() and _ACTOR_GAP.fullmatch(sen.text, p.end, m.start())
            ),
            None,
        )
        if actor is not None and actor.entity in offices:
            add("member-of", sen.own, actor.entity)


#: "omvat" last in its clause ("dat G A en B omvat", "… omvatte en …").
_HOLDS_LAST = re.compile(r"\s+(?:omvat|omvatte|omvatten)(?=\s*(?:[,;.]|en\b|$))", _F)
#: Between a group and the first of its members: an article.
_MEMBER_LEAD = re.compile(r"\s+(?:(?:de|het)\s+)?", _F)


def enclosed_members(sen: _Sentence, add: Add) -> None:
    """member-of for "dat G A en B omvat": the coordinated parties between a body or region and
    the verb that ends the clause are its members.

    Examples
    --------
    >>> bool(_HOLDS_LAST.match(" omvat en dat", 0)), bool(_HOLDS_LAST.match(" omvat A", 0))
    (True, False)
    """
    text = sen.text
    parties = [p for p in sen.parties if p.start >= sen.start]
    for i, group in enumerate(parties):
        if group.kind not in ("body", "region"):
            continue
        members: list[SentenceMention] = []
        for p in parties[i + 1 :]:
            gap = text[(members[-1] if members else group).end : p.start]
            if not (LIST_GAP.match(gap) if members else _MEMBER_LEAD.fullmatch(gap)):
                break
            members.append(p)
        if members and _HOLDS_LAST.match(text, members[-1].end):
            for p in members:
                add("member-of", p.entity, group.entity)
