"""The interviewers in a relative clause that describes whom a claim cites.

"Volgens de huisartsen die de onderzoekers spraken, …", "De aanbieders met wie wij
spraken, …", "Iedereen die ik sprak, …": the relative clause says how the cited group was
heard; the researchers who heard them are no subject of the claim, so the mentions inside
the clause ("de onderzoekers") are no concerns. A researcher who is the subject of a main
clause ("De onderzoekers spraken met de wethouder") is not in such a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.model import SentenceMention

__all__ = ["interviewer_entities"]

#: A relative pronoun (or "met wie"), the interviewers and a verb of speaking to or
#: interviewing them, in the past or present ("die de onderzoekers spraken", "met wie wij
#: hebben gesproken", "die ik interviewde").
_CLAUSE = re.compile(
    r"\b(?:die|met\s+wie)\s+(?:de\s+(?:onderzoekers?|auteurs?|interviewers?)|wij|we|ik)\s+"
    r"(?:(?:hebben|heb|heeft)\s+)?"
    r"(?:spraken|sprak|spreken|spreek|spreekt|gesproken|interviewden|interviewde|geïnterviewd"
    r"|bezochten|bezocht)\b",
    re.IGNORECASE,
)
#: Words one of which every match of :data:`_CLAUSE` holds (lower case).
_KEYS = ("spr", "gesproken", "interview", "bezocht")


def interviewer_entities(
    text: str, start: int, end: int, mentions: Iterable[SentenceMention]
) -> set[str]:
    """The entities a claim mentions only inside clauses of who interviewed the cited group.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The claim's span.
    mentions : iterable of SentenceMention
        The claim's mentions.

    Returns
    -------
    set of str

    Examples
    --------
    >>> M = SentenceMention
    >>> t = "Volgens de huisartsen die de onderzoekers spraken, is de wachttijd lang."
    >>> gps = M("role/general-practitioners", "role", 11, 21, "huisartsen", 0)
    >>> res = M("role/authors", "role", 29, 41, "onderzoekers", 0)
    >>> sorted(interviewer_entities(t, 0, len(t), [gps, res]))
    ['role/authors']
    >>> t = "De onderzoekers spraken met de wethouder."
    >>> interviewer_entities(t, 0, len(t), [M("role/authors", "role", 3, 15, "onderzoekers", 0)])
    set()
    """
    claim = text[start:end].lower()
    if not any(key in claim for key in _KEYS):
        return set()
    spans = [(m.start(), m.end()) for m in _CLAUSE.finditer(text, start, end)]
    if not spans:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in mentions:
        within = any(s <= mention.start and mention.end <= e for s, e in spans)
        (inside if within else outside).add(mention.entity)
    return inside - outside
