"""Neighbours named together by a plural apposition: "samen met A en B, onze buurgemeenten"
gives ``borders-on`` between the profile's municipality and each of A and B.

The plural of :mod:`kg.extract.apposedneighbours`: "buurgemeenten" (Van Dale "buurgemeente":
"aangrenzende gemeente") set off by a comma after a list of municipalities describes every
member of the list ("A, B en C", "A of B") as the profile's neighbour. "van D" after the noun
names D's neighbours, not the profile's, and the list must run up to the comma: a name
followed by other words before the apposition is not one of the neighbours.
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.model import SentenceMention

__all__ = ["gate", "grouped_neighbours"]

#: The plural apposition right after the last name: an article or possessive, at most one
#: adjective ("onze directe buurgemeenten"), the noun; "van D" after it names D's neighbours.
_APPOSED = re.compile(
    r"\s*,\s+(?:de|onze|haar|zijn|hun)\s+(?:[\w-]+\s+)?(?:buurgemeenten|buursteden)\b"
    r"(?!\s+van\b)",
    re.IGNORECASE,
)

#: What joins two names of the list: a comma, "en" or "of".
_JOINT = re.compile(r"\s*(?:,\s*(?:en\s+|of\s+)?|\s(?:en|of)\s+)", re.IGNORECASE)


class _Sentence(Protocol):
    """What the rule reads of a sentence (kg.extract.relationsentence.Sentence has it)."""

    text: str
    own: str
    parties: list[SentenceMention]


def gate(piece: str) -> bool:
    """Whether the sentence text ``piece`` may hold the apposition (a cheap word test).

    Examples
    --------
    >>> gate("met A en B, onze buurgemeenten"), gate("met A en B, onze partners")
    (True, False)
    """
    return "buurgemeenten" in piece or "buursteden" in piece


def grouped_neighbours(sen: _Sentence) -> list[tuple[str, str, str]]:
    """``borders-on`` each municipality of a list the plural apposition closes.

    Examples
    --------
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Wij werken samen met Leusden en Baarn, onze buurgemeenten."
    >>> a = SentenceMention("municipality/leusden", "municipality", 21, 28, "Leusden", 0)
    >>> b = SentenceMention("municipality/baarn", "municipality", 32, 37, "Baarn", 0)
    >>> sen = Sentence(text, 0, len(text), [a, b], "municipality/teststad", [])
    >>> [o for _, _, o in grouped_neighbours(sen)]
    ['municipality/baarn', 'municipality/leusden']

    Another's neighbours ("de buurgemeenten van Utrecht") are not the profile's:

    >>> text = "Wij werken samen met Leusden en Baarn, de buurgemeenten van Soest."
    >>> sen = Sentence(text, 0, len(text), [a, b], "municipality/teststad", [])
    >>> grouped_neighbours(sen)
    []
    """
    towns = sorted(
        (p for p in sen.parties if p.kind == "municipality" and p.entity != sen.own),
        key=lambda p: p.start,
    )
    out: list[tuple[str, str, str]] = []
    for k, last in enumerate(towns):
        if not _APPOSED.match(sen.text, last.end):
            continue
        out.append(("borders-on", sen.own, last.entity))
        j = k
        while j > 0 and _JOINT.fullmatch(sen.text, towns[j - 1].end, towns[j].start):
            j -= 1
            out.append(("borders-on", sen.own, towns[j].entity))
    return out
