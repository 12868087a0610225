"""A relative clause of the interviewers speaking to a group: "die de onderzoekers spraken".

A study built on interviews names the people it heard by how it heard them: "de huisartsen
die de onderzoekers spraken", "de ouders met wie wij hebben gesproken", "iedereen die ik
interviewde". The clause is general Dutch of reporting on fieldwork, not any profile's wording:

- a relative pronoun: "die", or "met wie" (the preposition of "spreken met");
- the interviewers as its subject: the writer ("ik"), the writers ("we", "wij") or the
  researchers named as such ("de onderzoeker(s)", "de auteur(s)", "de interviewer(s)");
- at most two words (an auxiliary, an adverb: "hebben", "eerder", "die week") and
- a verb of hearing people: "spreken" (spreek, spreekt, spreken, sprak, spraken, gesproken),
  "interviewen" (interviewde, interviewden, geïnterviewd), "bezoeken" in the past (bezocht,
  bezochten) and "raadplegen" in the past (raadpleegde, raadpleegden).

What stands before the clause (the cited group, "iedereen", "niet iedereen"), the comma
after it and what the clause means are each user's: :mod:`kg.extract.interviewers` (the
interviewers are no concern of the claim), :mod:`kg.extract.firstperson` ("Iedereen die ik
sprak, vindt …": the interviewees speak) and :mod:`kg.extract.groupwholes` ("iedereen die we
spraken": all the interviewees, a share of 100 percent).
"""

from __future__ import annotations

import re

__all__ = ["KEYS", "SPOKEN_TO", "may_hold", "spoken_to", "spoken_to_spans"]

#: The interviewers as the clause's subject.
_SUBJECT = r"ik|we|wij|de\s+(?:onderzoekers?|auteurs?|interviewers?)"
#: The verbs of hearing people, in the forms a relative clause of fieldwork takes.
_VERB = (
    r"spraken|sprak|spreken|spreekt|spreek|gesproken"
    r"|interviewden|interviewde|geïnterviewd"
    r"|bezochten|bezocht|raadpleegden|raadpleegde"
)
#: The clause: relative pronoun, subject, at most two words, verb (named parts).
SPOKEN_TO = re.compile(
    rf"\b(?P<pronoun>die|met\s+wie)\s+(?P<subject>{_SUBJECT})\s+"
    rf"(?P<gap>(?:[^\W\d][\w-]*\s+){{0,2}}?)(?P<verb>{_VERB})\b",
    re.IGNORECASE,
)
#: Lower-case parts one of which every verb of :data:`SPOKEN_TO` holds: a cheap test to run
#: before the pattern ("nterview" for "geïnterviewd" too; :func:`may_hold` spells them out).
KEYS = ("spr", "nterview", "bezocht", "raadple")


def may_hold(low: str) -> bool:
    """Whether the lower-cased ``low`` holds a verb of the clause (a cheap test).

    Examples
    --------
    >>> may_hold("de ouders met wie wij spraken")
    True
    >>> may_hold("de ouders die wij kennen")
    False
    """
    return "spr" in low or "nterview" in low or "bezocht" in low or "raadple" in low


def spoken_to(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The clause of the interviewers speaking to a group that begins at ``pos`` (and ends
    by ``end``), or None.

    Examples
    --------
    >>> s = "Iedereen met wie we hebben gesproken, noemt de wachttijd."
    >>> m = spoken_to(s, 9, len(s))
    >>> m.group(), m.group("subject"), m.group("gap"), m.group("verb")
    ('met wie we hebben gesproken', 'we', 'hebben ', 'gesproken')
    >>> spoken_to("Iedereen die hulp nodig heeft, kan terecht.", 9, 43) is None
    True
    """
    return SPOKEN_TO.match(text, pos, end)


def spoken_to_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clauses of the interviewers speaking to a group in ``text[start:end]``.

    Examples
    --------
    >>> s = "Volgens de huisartsen die de onderzoekers spraken, is de wachttijd lang."
    >>> [s[a:b] for a, b in spoken_to_spans(s, 0, len(s))]
    ['die de onderzoekers spraken']
    >>> s = "De onderzoekers spraken met de wethouder."
    >>> spoken_to_spans(s, 0, len(s))
    []
    """
    if not may_hold(text[start:end].lower()):
        return []
    return [m.span() for m in SPOKEN_TO.finditer(text, start, end)]
