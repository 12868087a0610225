"""An experience with a party is someone's: the voice named last holds it.

A profile's account of the other tiers and bodies ("Over het Rijk is men kritisch.") goes
on from one body to the next with the experiences of those it spoke with: "Met het UWV
zijn de contacten goed, …", "Met de provincie zijn de ervaringen beter: …", "Over het CAK
en de SVB lopen de ervaringen uiteen." Such a sentence names no speaker, but an experience
("ervaring") or a contact ("contact") has someone who has it: the people of the
municipality the account spoke with last, not the authors. General Dutch: "de ervaringen
met X" are the experiences of the ones who dealt with X; a "contact met X" is the
contact of whoever keeps it.

A judgement of views ("de meningen lopen uiteen", "de oordelen zijn niet eenduidig") is the
authors' summary of several voices (annotation guideline) and is not read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.speakers import Speech

__all__ = ["experience_voice", "experience_with"]

#: A claim that opens with the party ("Met het UWV", "Over het CAK en de SVB", "Ook met de
#: VNG") and states the experiences or contacts with it ("zijn de contacten goed", "lopen
#: de ervaringen uiteen", "is het contact beperkt").
_EXPERIENCE = re.compile(
    r"\W*(?:ook\s+)?(?:met|over)\s[^,;:.]{1,60}?\s"
    r"(?:is|zijn|was|waren|lopen|liepen|verloopt|verlopen|verliep|verliepen)\s+"
    r"(?:de|het)\s+(?:ervaringen|ervaring|contacten|contact)\b",
    re.IGNORECASE,
)
#: The cheap gate: the claim's first word (after an "Ook").
_OPENERS = ("met ", "over ", "ook ")


def experience_with(text: str) -> bool:
    """Whether a claim's ``text`` states the experiences or contacts with a party it opens
    with (the voice named last holds it, :func:`kg.extract.claims.assign_voices`).

    Examples
    --------
    >>> experience_with("Met het UWV zijn de contacten goed, al zit het kantoor ver weg.")
    True
    >>> experience_with("Over het CAK en de SVB lopen de ervaringen uiteen.")
    True
    >>> experience_with("Met de VNG is het contact beperkt; zij halen hun informatie elders.")
    True
    >>> experience_with("Over de oorzaak van dat tekort lopen de meningen uiteen.")
    False
    >>> experience_with("Met het UWV werkt de gemeente samen in het werkgeversservicepunt.")
    False
    """
    if not text[:5].lower().startswith(_OPENERS):
        return False
    return _EXPERIENCE.match(text) is not None


def experience_voice(text: str, speech: Speech, named: tuple[str, ...]) -> tuple[str, ...]:
    """The voice of a claim (``text``, read as ``speech``) that states an experience with a
    party (:func:`experience_with`): the group the claim itself makes the subject of a clause
    ("Met de VNG is het contact beperkt; beleidsmedewerkers halen hun informatie elders"),
    else the voice ``named`` last; none for any other claim.

    Examples
    --------
    >>> from kg.extract.speakers import Speech
    >>> experience_voice("Met het UWV zijn de contacten goed.", Speech(), ("role/x",))
    ('role/x',)
    >>> t = "Met de VNG is het contact beperkt; ambtenaren bellen liever met Kampen."
    >>> experience_voice(t, Speech(subject="c/role/y"), ("role/x",))
    ('c/role/y',)
    >>> experience_voice("Het UWV is ver weg.", Speech(), ("role/x",))
    ()
    """
    if not experience_with(text):
        return ()
    subject = speech.subject
    # (a group of people, not the party itself: "…; het UWV denkt mee" keeps the named voice)
    return (subject,) if subject is not None and "/role/" in subject else named
