"""Titled names: a person named by title and surname speaks with the role first given to them.

Minutes and reports name the people who speak by title and surname, with their role or
faction the first time ("Mevrouw Ter Haar (fractie VVD) vraagt …", "De heer Nijhuis
(fractie SP) vraagt …") and bare afterwards ("Mevrouw Ter Haar vindt dat onbevredigend",
"De heer Nijhuis noemt dat onaanvaardbaar"). A claim that opens with a titled name and
names no speaker is that person's: it has the role the brackets after the name give ("De
heer Nijhuis (fractie SP) vraagt naar …"), else the voice of the claim that first gave the
person one (the speakers it names, or its brackets). General Dutch usage of "de heer" and
"mevrouw" before a surname, not any profile's wording.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

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


def _bracketed_role(text: str, end: int, claim: Claim) -> tuple[str, ...]:
    """The groups named in the brackets right after a name ending at ``end``."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return ()
    a, b = bracket.span(1)
    return tuple(sorted({m.entity for m in claim.mentions if a <= m.start < b}))


def voice_titled_names(text: str, claims: Sequence[Claim]) -> None:
    """Give each claim that opens with a titled name and names no speaker the role in the
    brackets after the name, else the voice of the claim that first gave that person a role
    (its speakers, or its brackets); the claim is then explicit.

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
    """
    known: dict[str, tuple[str, ...]] = {}
    for claim in claims:
        found = titled_name(text, claim.start)
        if found is None:
            continue
        name, end = found
        role = claim.speech.speakers or _bracketed_role(text, end, claim)
        if role:
            known.setdefault(name, role)
        if not claim.speech.speakers and (role or name in known):
            # "Mevrouw Ter Haar (fractie VVD) vraagt …": the person named with a role speaks
            claim.speech = replace(claim.speech, speakers=role or known[name], at=claim.start)
            claim.explicit = True
