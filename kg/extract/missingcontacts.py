"""A fixed point of contact that is missing: "missen een vaste contactpersoon", a count of 0.

"Huisartsen missen een vast aanspreekpunt", "het ontbreken van een vaste contactpersoon",
"er ontbreekt een vast aanspreekpunt voor scholen", "een vaste contactpersoon ontbreekt":
a fixed contact (``kg/data/contact-points.txt``, with "vast(e)" before it) said to be
lacking says how many such contacts there are: none (gold README: "niemand" and "geen
enkele cliënt" are 0; a missing fixed contact is counted as none in the reviewed files).
Only the fixed contact is read: missing anything else ("missen het verhaal achter de
cijfers", "mist de stem van jongeren", "ontbreekt een plek") names no count.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.datafiles import word_list
from kg.extract.numbers import Number
from kg.extract.problemclauses import alternation
from kg.extract.wordtokens import lowered

__all__ = ["missing_contacts"]

_CONTACT = (
    r"(?:een\s+)?vaste?\s+(?:" + alternation(sorted(word_list("contact-points.txt"))) + r")\b"
)
_LACK = r"(?:missen|mist|miste|misten|ontbreekt|ontbrak|ontbreken(?:\s+van)?|gebrek\s+aan)"
_MISSING = re.compile(
    rf"\b{_LACK}\s+(?:[^\s.,;:!?]+\s+){{0,3}}?{_CONTACT}"
    rf"|\been\s+vaste?\s+(?:"
    + alternation(sorted(word_list("contact-points.txt")))
    + r")\s+(?:[^\s.,;:!?]+\s+){0,4}?(?:ontbreekt|ontbrak)\b",
    re.IGNORECASE,
)
#: A denial right before the lack: "niet missen", "missen … geen": the contact is there.
_NEGATED = re.compile(r"\b(?:niet|nooit|geen)\s+$", re.IGNORECASE)


def missing_contacts(text: str, start: int, end: int) -> list[Number]:
    """The missing fixed contacts in ``text[start:end]`` (``Number`` 0, unit ``count``, form
    ``none``; the span runs from the verb of lacking to the contact).

    Examples
    --------
    >>> s = "De scholen missen een vast aanspreekpunt in het wijkteam."
    >>> [(s[n.start : n.end], n.value) for n in missing_contacts(s, 0, len(s))]
    [('missen een vast aanspreekpunt', Decimal('0'))]
    >>> s = "Een knelpunt is het ontbreken van een vaste contactpersoon bij de gemeente."
    >>> [s[n.start : n.end] for n in missing_contacts(s, 0, len(s))]
    ['ontbreken van een vaste contactpersoon']
    >>> s = "Voor ouders van jonge kinderen ontbreekt nog een vast contactpunt."
    >>> [s[n.start : n.end] for n in missing_contacts(s, 0, len(s))]
    ['ontbreekt nog een vast contactpunt']
    >>> missing_contacts("De raad mist het verhaal achter de cijfers.", 0, 43)
    []
    """
    low = lowered(text)
    if low is not None and low.find("vast", start, end) < 0:
        return []  # most sentences: no "vast(e)"
    return [
        Number(m.start(), m.end(), Decimal(0), "count", "none")
        for m in _MISSING.finditer(text, start, end)
        if not _NEGATED.search(text, max(start, m.start() - 12), m.start())
    ]
