"""The interviewers in a relative clause that describes whom a claim cites.

"Volgens de huisartsen die de onderzoekers spraken, …", "De aanbieders met wie wij
spraken, …", "Iedereen die ik sprak, …": the relative clause says how the cited group was
heard; the researchers who heard them are no subject of the claim, so the mentions inside
the clause ("de onderzoekers") are no concerns. A researcher who is the subject of a main
clause ("De onderzoekers spraken met de wethouder") is not in such a clause. The clause is
read by :mod:`kg.extract.spokento`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.model import SentenceMention
from kg.extract.spokento import spoken_to_spans

__all__ = ["interviewer_entities"]


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
    spans = spoken_to_spans(text, start, end)  # "die de onderzoekers spraken"
    if not spans:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in mentions:
        within = any(s <= mention.start and mention.end <= e for s, e in spans)
        (inside if within else outside).add(mention.entity)
    return inside - outside
