"""The authors' summary of divided views: "De meningen zijn verdeeld", "Over X lopen de
meningen uiteen", "De oordelen over de toegang verschillen".

A sentence whose subject is the views themselves ("de meningen", "de oordelen", "de
opvattingen", "de standpunten") and whose predicate says they diverge sums up several
voices; it names none of them, so it is the authors' (annotation guideline: "de meningen
zijn verdeeld" is the authors' summary, ``role/authors``), and it ends a voice carried from
the sentences before it (:func:`divided_summary`). Not read: a group that is divided
("Over de regio zijn raadsleden verdeeld": the council members' view, named), and views
that are not divided ("de meningen zijn positief").

Source: the annotation guidelines (``tests/gold/README.md``, speakers) and general Dutch
(the verbs and participles of divergence).

Examples
--------
>>> divided_summary("Over de drie wetten lopen de meningen uiteen.")
True
>>> divided_summary("De meningen van de raadsleden zijn positief.")
False
"""

from __future__ import annotations

import re

__all__ = ["divided_summary"]

#: The views as the subject and their divergence, in either order, within one clause:
#: "de meningen zijn verdeeld", "lopen de meningen uiteen", "De oordelen over X verschillen".
_DIVIDED = re.compile(
    r"\b(?:de|die)\s+(?:meningen|oordelen|opvattingen|standpunten|visies)\b"
    r"(?:\s+over\s+[^,;:.]{1,60}?)?\s+(?:zijn|waren|lopen|liepen)\s+(?:sterk\s+|nogal\s+)?"
    r"(?:verdeeld|uiteen)\b"
    r"|\b(?:lopen|liepen|zijn|waren)\s+(?:de|die)\s+(?:meningen|oordelen|opvattingen"
    r"|standpunten|visies)\s+(?:\w+\s+)?(?:verdeeld|uiteen)\b"
    r"|\b(?:de|die)\s+(?:meningen|oordelen|opvattingen|standpunten|visies)\s+(?:over\s+"
    r"[^,;:.]{1,60}?\s+)?(?:verschillen|verschilden)\b",
    re.IGNORECASE,
)

#: The nouns every match of :data:`_DIVIDED` holds (a plain test before the pattern).
_NOUNS: tuple[str, ...] = ("mening", "oordel", "opvatting", "standpunt", "visies")


def divided_summary(text: str) -> bool:
    """Whether a claim's ``text`` sums up divided views without naming whose they are.

    Examples
    --------
    >>> divided_summary("De meningen over de eigen bijdrage zijn verdeeld.")
    True
    >>> divided_summary("Over de regio zijn raadsleden verdeeld.")
    False
    """
    if not any(word in text for word in _NOUNS):
        return False  # most claims: a plain test first
    return _DIVIDED.search(text) is not None
