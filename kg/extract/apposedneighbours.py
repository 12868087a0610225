"""A neighbour named by an apposition: "Met A, de buurgemeente aan de overkant van de rivier,
deelt X …" gives ``borders-on`` between the profile's municipality and A.

"buurgemeente" (Van Dale: "aangrenzende gemeente") set off by commas after a municipality's
name describes that municipality as the profile's neighbour, as "(een) buurgemeente (van) A"
does before the name (:mod:`kg.extract.relationcues`). The apposition of another
municipality's neighbour ("A, een buurgemeente van B, …") is the cue table's: it names B.
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.model import SentenceMention

__all__ = ["apposed_neighbours", "gate"]

#: The apposition right after the name: an article or possessive, at most one adjective
#: ("de oostelijke buurgemeente"), the noun; "van B" after it names another's neighbour.
_APPOSED = re.compile(
    r"\s*,\s+(?:de|een|onze|haar|zijn)\s+(?:[\w-]+\s+)?(?:buurgemeente|buurstad|buurdorp)\b"
    r"(?!\s+van\b)",
    re.IGNORECASE,
)


class _Sentence(Protocol):
    """What the rule reads of a sentence (kg.extract.relationsentence.Sentence has it)."""

    text: str
    own: str
    parties: list[SentenceMention]


def gate(piece: str) -> bool:
    """Whether the sentence text ``piece`` may hold the apposition (a cheap word test).

    Examples
    --------
    >>> gate("Met A, de buurgemeente, deelt X een loket."), gate("A deelt een loket.")
    (True, False)
    """
    return "buur" in piece


def apposed_neighbours(sen: _Sentence) -> list[tuple[str, str, str]]:
    """``borders-on`` the municipality each apposition names as the profile's neighbour.

    Examples
    --------
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Met Leusden, de buurgemeente aan de overkant, deelt Teststad een loket."
    >>> a = SentenceMention("municipality/leusden", "municipality", 4, 11, "Leusden", 0)
    >>> sen = Sentence(text, 0, len(text), [a], "municipality/teststad", [])
    >>> apposed_neighbours(sen)
    [('borders-on', 'municipality/teststad', 'municipality/leusden')]
    """
    return [
        ("borders-on", sen.own, p.entity)
        for p in sen.parties
        if p.kind == "municipality" and p.entity != sen.own and _APPOSED.match(sen.text, p.end)
    ]
