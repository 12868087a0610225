"""Questions to the national government left unanswered: poor national communication.

"Brunssum stelde vragen over de PGB-regels, maar de antwoorden moeten nog komen", "het
college heeft het ministerie hierop gewezen, maar een antwoord is uitgebleven": an answer
that stays out, still has to come or keeps people waiting, in a claim that names the
national government or its rules, is the lack of national communication the taxonomy's
poor-national-communication names (the interbestuurlijke verhoudingen of the 2015
decentralisations: municipalities asking the ministries how the new rules work).
"""

from __future__ import annotations

import re

from kg.extract import prefixscan
from kg.namespaces import CONCEPT

__all__ = ["POOR_NATIONAL_COMMUNICATION", "unanswered"]

POOR_NATIONAL_COMMUNICATION: str = CONCEPT + "problem/poor-national-communication"
#: An answer that stays out or is still to come ("een antwoord is uitgebleven", "de
#: antwoorden moeten nog komen", "een reactie laat op zich wachten", "nog geen antwoord").
_NO_ANSWER = re.compile(
    r"\b(?:antwoord|antwoorden|reactie|reacties)\s+(?:\w+\s+){0,2}?"
    r"(?:uitgebleven|bleef\s+uit|bleven\s+uit|blijft\s+uit|blijven\s+uit"
    r"|(?:moet|moeten)\s+nog\s+komen|nog\s+niet\s+(?:gekomen|ontvangen)"
    r"|laat\s+op\s+zich\s+wachten|laten\s+op\s+zich\s+wachten)\b"
    r"|\bnog\s+(?:geen|steeds\s+geen)\s+(?:antwoord|reactie)\b",
    re.IGNORECASE,
)
#: The national government or its rules named in the claim: whom the question was put to,
#: or what it was about ("de PGB-regels", "de regelgeving").
_NATIONAL = re.compile(
    r"\b(?:het\s+rijk|den\s+haag|ministerie|ministeries|minister|staatssecretaris|kabinet"
    r"|rijksoverheid|wetgever|szw|vws|[\w-]*regels|regelgeving)\b",
    re.IGNORECASE,
)
#: Words one of which a claim must hold before it is read (lower case).
_KEYS = ("antwoord", "reactie")


def unanswered(text: str, start: int, end: int) -> set[str]:
    """Poor national communication when the claim ``text[start:end]`` says an answer stays
    out and names the national government or its rules.

    Examples
    --------
    >>> s = "De gemeente stelde vragen over de PGB-regels, maar de antwoorden moeten nog komen."
    >>> [p.rsplit("/", 1)[-1] for p in unanswered(s, 0, len(s))]
    ['poor-national-communication']
    >>> s = "Het college heeft het ministerie hierop gewezen, maar een antwoord is uitgebleven."
    >>> [p.rsplit("/", 1)[-1] for p in unanswered(s, 0, len(s))]
    ['poor-national-communication']
    >>> s = "De cliënt wacht op het wijkteam, maar een antwoord is uitgebleven."
    >>> unanswered(s, 0, len(s))  # no national government named
    set()
    >>> s = "Het ministerie gaf snel antwoord."
    >>> unanswered(s, 0, len(s))
    set()
    """
    if not prefixscan.may_hold_in(text, start, end, _KEYS):
        return set()  # the plain test first: most claims name no answer
    if _NO_ANSWER.search(text, start, end) and _NATIONAL.search(text, start, end):
        return {POOR_NATIONAL_COMMUNICATION}
    return set()
