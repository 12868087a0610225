"""A team staffed by an organisation's people: the organisation does the team's work.

Dutch names the make-up of a municipality's team by the staff it draws from other
organisations, often without "bestaat uit": "één jeugdteam, met medewerkers van A en B", "het
wijkteam werd opgezet / aangevuld met consulenten van A", "de wijkteams tellen 140
medewerkers, van wie een deel in dienst is van A", "de teams worden bemand door hulpverleners
van A", "de teamleden zijn afkomstig van A en B". Each named organisation or body then gives
``executes-for`` the profile's municipality (tests/gold/README.md, decisions settling
conflicts of the thirty-ninth session, 1: a team's make-up with no word of cooperation); with
a word of cooperation ("waarin … samenwerken") it is a cooperation, read elsewhere, and a
negated clause states nothing. Only a sentence naming a team (a word holding "team") is read,
and only the parties listed right after the staffing phrase.

Examples
--------
>>> gate("het jeugdteam, met medewerkers van a."), gate("de medewerkers van a zeggen.")
(True, False)
>>> bool(_LEAD.search("het jeugdteam, met medewerkers van "))
True
>>> bool(_LEAD.search("van wie een deel in dienst is van "))
True
>>> bool(_LEAD.search("De wethouder sprak met medewerkers van "))
False
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.jointwork import LIST_GAP, NEGATION
from kg.extract.model import SentenceMention

__all__ = ["gate", "staffed_team"]

_F = re.IGNORECASE
#: People a team draws from an organisation.
_STAFF = r"(?:medewerkers|consulenten|professionals|hulpverleners|werkers|krachten|teamleden)"
#: The phrases that open a team's staff: a team or a verb of forming a team, then "met"
#: ("jeugdteam, met medewerkers van", "werd opgezet met consulenten van"); the staff's
#: employer ("van wie een deel in dienst is van", "in dienst bij"); the staff's origin
#: ("bemand door", "afkomstig van/uit").
_LEAD = re.compile(
    r"(?:\bteams?\b|team\w*|\b(?:opgezet|opzet(?:te|ten)?|gevormd|samengesteld|aangevuld|versterkt|uitgebreid"
    r"|bemand|bemenst|gestart|begonnen))\s*,?\s+met\s+(?:[\w.,]+\s+){0,3}?" + _STAFF + r"\s+van\s+"
    r"|\bin\s+dienst\s+(?:is\s+|zijn\s+|was\s+|waren\s+)?(?:van|bij)\s+"
    r"|\b(?:bemand|bemenst)\s+(?:door|met)\s+(?:[\w.,]+\s+){0,3}?" + _STAFF + r"\s+van\s+"
    r"|\bafkomstig\s+(?:van|uit|bij)\s+",
    _F,
)
#: What may stand before the first party: an article, the staff ("medewerkers van").
_FIRST = re.compile(r"(?:(?:de|het)\s+)?(?:" + _STAFF + r"\s+van\s+(?:(?:de|het)\s+)?)?", _F)
#: Between two parties of the list: "A, B en C", "A en van B".
_NEXT = re.compile(r"\s*(?:,|\ben\b|,\s*en\b)\s*(?:van\s+)?(?:(?:de|het)\s+)?", _F)
#: A word of cooperation in the sentence: the staff cooperate instead (not "samen" in a
#: count: "met samen 30 medewerkers", "tellen samen ongeveer 140").
_COOPERATION = re.compile(
    r"\bsamenwerk\w*|\bwerk\w*\s+(?:\w+\s+){0,4}?samen\b|\bsamen\s+(?:op|werk\w*)\b", _F
)
_PARTIES = frozenset({"organisation", "body"})
_STAFF_WORDS = (
    "medewerkers",
    "consulenten",
    "professionals",
    "hulpverleners",
    "dienst",
    "afkomstig",
)


def gate(lowered: str) -> bool:
    """Whether a document (lower case) may name a team's staff (no regex over the text)."""
    return "team" in lowered and any(word in lowered for word in _STAFF_WORDS)


def staffed_team(sen: _Sentence, add: Add) -> None:
    """``executes-for`` the municipality for each organisation whose staff make up a team."""
    text = sen.text
    piece = text[sen.start : sen.end].lower()
    if "team" not in piece or not any(p.kind in _PARTIES for p in sen.parties):
        return
    if _COOPERATION.search(piece) or NEGATION.search(piece):
        return
    for lead in _LEAD.finditer(text, sen.start, sen.end):
        for party in _listed(sen, lead.end()):
            add("executes-for", party.entity, sen.own)


def _listed(sen: _Sentence, start: int) -> list[SentenceMention]:
    """The organisations and bodies listed right after ``start`` (roles in the list are
    passed over: "van Bureau X en het maatschappelijk werk")."""
    text = sen.text
    found: list[SentenceMention] = []
    pos, first = start, True
    for p in sen.between(start, sen.end):
        gap = text[pos : p.start]
        fits = _FIRST.fullmatch(gap) if first else _NEXT.fullmatch(gap) or LIST_GAP.match(gap)
        if not fits:
            break
        if p.kind in _PARTIES:
            found.append(p)
        pos, first = p.end, False
    return found
