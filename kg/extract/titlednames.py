"""Titled names: a person named by title and surname speaks with the role first given to them.

Minutes and reports name the people who speak by title and surname, with their role or
faction the first time ("Mevrouw Ter Haar (fractie VVD) vraagt …", "De heer Nijhuis
(fractie SP) vraagt …") and bare afterwards ("Mevrouw Ter Haar vindt dat onbevredigend",
"De heer Nijhuis noemt dat onaanvaardbaar"). A claim that opens with a titled name and
names no speaker is that person's: it has the role the brackets after the name give ("De
heer Nijhuis (fractie SP) vraagt naar …"), else the voice of the claim that first gave the
person one (the speakers it names, or its brackets). General Dutch usage of "de heer" and
"mevrouw" before a surname, not any profile's wording.

A bracket that names a political party ("Mevrouw Hermans (CDA) vraagt …",
``kg/data/political-parties.txt`` and ``kg/data/local-parties.txt``) gives the council
members: in minutes the party is the member's faction (gold README, seventeenth batch,
decision 2). Where the minutes name members so, a bracket with a name of one to four
capitalised words that names no known party, group or organisation ("De heer Smit
(Dorpslijst) vindt …") is a local party all the same. The person opening the claim is its
subject: the groups the rest of the sentence names ("vraagt of het college …") are what the
person speaks about, not its speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from kg.datafiles import word_list
from kg.namespaces import CONCEPT

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.model import SentenceMention
    from kg.extract.speakers import Speech


class Claim(Protocol):
    """What is read of a claim (:class:`kg.extract.claims.Claim`): its start, mentions and
    speech, and whether it names its speaker."""

    start: int
    mentions: list[SentenceMention]
    speech: Speech
    explicit: bool


__all__ = ["titled_name", "voice_titled_names"]

#: A title and a surname at a claim's start: "De heer Nijhuis", "Mevrouw Oude Luttikhuis",
#: "Mevrouw Van der Berg" (capitalised words and the particles of Dutch surnames).
_TITLED = re.compile(
    r"[\W]*(?i:de\s+heer|mevrouw|meneer)\s+"
    r"((?:(?:van|de|den|der|ter|ten|te|op|in\s+'t)\s+)*[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:van|de|den|der|ter|ten|te)\s+)*[A-Z][\w'’-]*)*)"
)
#: The brackets after a name that give the person's role: "(fractie VVD)", "(wethouder)".
_BRACKET = re.compile(r"\s*\(([^()]{1,60})\)")


def titled_name(text: str, start: int) -> tuple[str, int] | None:
    """The titled name that opens the claim at ``start``, and where it ends; None if none.

    Examples
    --------
    >>> titled_name("De heer Nijhuis (fractie SP) vraagt naar de wachtlijsten.", 0)
    ('Nijhuis', 15)
    >>> titled_name("Mevrouw Ter Haar vindt dat onbevredigend.", 0)
    ('Ter Haar', 16)
    >>> titled_name("De wethouder vindt dat onbevredigend.", 0) is None
    True
    """
    if not text.startswith(("De h", "de h", "Mev", "mev", "Men", "men"), start):
        return None  # a plain test first: a title opens the claim
    found = _TITLED.match(text, start)
    if found is None:
        return None
    return " ".join(found.group(1).split()), found.end()


#: The council members, whose faction a party in brackets names.
COUNCIL = CONCEPT + "role/council-members"
#: The parties of municipal councils and the heads of local party names (two data files).
_PARTIES = word_list("political-parties.txt") | word_list("local-parties.txt")
#: A name in brackets: one to four capitalised words (no figure), as a local party's.
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}")
#: What may follow a titled name (and its brackets) for the person to be the clause's
#: subject, not one of a group ("De heer X en de wethouder …", "De heer X van de Wmo-raad").
_NOT_ALONE = re.compile(r"\s*(?:en|of|van|namens|uit|bij|die|,)\b", re.IGNORECASE)


def party(name: str) -> bool:
    """Whether ``name`` (a bracket's content) names a political party of a council.

    Examples
    --------
    >>> party("CDA"), party("GroenLinks"), party("Lokaal Belang Venhuizen"), party("GGD")
    (True, True, True, False)
    """
    low = " ".join(name.lower().split())
    return low in _PARTIES or any(low.startswith(p + " ") for p in _PARTIES)


def _bracket(text: str, end: int, claim: Claim) -> tuple[str, tuple[str, ...]] | None:
    """The bracket right after a name ending at ``end``: its content and the groups named in it."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return None
    a, b = bracket.span(1)
    named = tuple(sorted({m.entity for m in claim.mentions if a <= m.start < b}))
    return bracket.group(1).strip(), named


def _bracketed_role(text: str, end: int, claim: Claim, *, parties: bool) -> tuple[str, ...]:
    """The groups named in the brackets right after a name ending at ``end``: a party is the
    council members; where the minutes name members by ``parties``, so is a bare name."""
    found = _bracket(text, end, claim)
    if found is None:
        return ()
    content, named = found
    if party(content) or (parties and not named and _NAME.fullmatch(content)):
        return (COUNCIL,)
    return named


def _by_party(text: str, titled: list[tuple[Claim, tuple[str, int]]]) -> bool:
    """Whether one of the ``titled`` claims (each with the name that opens it and its end)
    has a known party in brackets after the name."""
    for claim, (_name, end) in titled:
        bracket = _bracket(text, end, claim)
        if bracket and party(bracket[0]):
            return True
    return False


def _subject_end(text: str, end: int) -> int | None:
    """Where the bracket after a titled name ending at ``end`` ends (``end`` without one),
    or None when the person is not alone the clause's subject."""
    bracket = _BRACKET.match(text, end)
    after = bracket.end() if bracket else end
    return None if _NOT_ALONE.match(text, after) else after


def voice_titled_names(text: str, claims: Sequence[Claim]) -> None:
    """Give each claim that opens with a titled name the role in the brackets after the name,
    else the voice of the claim that first gave that person a role (its speakers, or its
    brackets); the claim is then explicit. Groups the sentence names after the person, who
    opens it as its subject, do not speak ("De heer X (CDA) vraagt of het college …"); a
    claim that names its own speaker before the name, or with the person in a group, keeps it.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.model import SentenceMention
    >>> from kg.extract.speakers import Speech
    >>> t = "De heer Nijhuis (fractie SP) vraagt het. De heer Nijhuis noemt dat te laat."
    >>> faction = SentenceMention("role/council", "role", 17, 24, "fractie", 0)
    >>> first = N(start=0, mentions=[faction], speech=Speech(), explicit=False)
    >>> again = N(start=41, mentions=[], speech=Speech(), explicit=False)
    >>> voice_titled_names(t, [first, again])
    >>> again.speech.speakers, again.explicit
    (('role/council',), True)
    >>> t = "Mevrouw Smit (VVD) vraagt of het college kan sturen."
    >>> college = SentenceMention("role/board", "role", 33, 40, "college", 0)
    >>> asks = N(start=0, mentions=[college], speech=Speech(("role/board",), at=33), explicit=True)
    >>> voice_titled_names(t, [asks])
    >>> asks.speech.speakers == (COUNCIL,)
    True
    """
    known: dict[str, tuple[str, ...]] = {}
    titled = [(c, found) for c in claims if (found := titled_name(text, c.start)) is not None]
    parties = _by_party(text, titled) if titled else False
    for claim, (name, end) in titled:
        bracketed = _bracketed_role(text, end, claim, parties=parties)
        alone = _subject_end(text, end)
        said = claim.speech.speakers
        if said and alone is not None and (claim.speech.at or 0) >= end:
            said = ()  # the groups the person speaks about, after the person as subject
        role = bracketed or said
        if role:
            known.setdefault(name, role)
        if not said and (role or name in known):
            # "Mevrouw Ter Haar (fractie VVD) vraagt …": the person named with a role speaks
            claim.speech = replace(claim.speech, speakers=role or known[name], at=claim.start)
            claim.explicit = True
