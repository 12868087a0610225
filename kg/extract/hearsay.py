"""Hearsay: a source that tells what a group thinks ("Y vinden volgens X dat …").

When a source introduced by "volgens" (or "in de ogen van", "naar de mening / het oordeel
/ de ervaring / de inschatting van") stands in the clause of a subject that reports or
takes a stance, the source tells the subject's view: "Huisartsen vinden volgens de
wethouder dat …", "Raadsleden zijn volgens ambtenaren tevreden over de monitor", "De
scholen waren naar het oordeel van de leerplichtambtenaar te laat". The source is the
speaker; the group whose view it reports is what the claim is about (the annotation
guidelines: hearsay, "Volgens X vindt Y dat …" has speaker X only, Y a concern). The
fronted order ("Volgens de wethouder vinden huisartsen …") is read where the source opens
the clause. Not when the source stands in a clause of its own ("Raadsleden zijn tevreden,
maar volgens ambtenaren …") or inside what the subject reports ("Huisartsen vinden dat de
wachttijd volgens de GGD te lang is": the subject's own report names a source).

Source: general Dutch grammar (a "volgens" adjunct in the clause attributes the whole
clause) and the annotation guidelines on hearsay.

Examples
--------
>>> s = "Huisartsen vinden volgens de wethouder dat de wachtlijst te lang is."
>>> reports_hearsay(s, s.index(" vinden"), s.index("de wethouder"))
True
>>> s = "Huisartsen vinden dat de wachttijd volgens de GGD te lang is."
>>> reports_hearsay(s, s.index(" vinden"), s.index("de GGD"))
False
"""

from __future__ import annotations

import re

__all__ = ["reports_hearsay"]

#: From the subject's group to the source: the subject's verb and a few words of its clause
#: (no clause mark, no conjunction or complementiser: the source is in the subject's own
#: clause), the source's preposition, and at most three words of the source's phrase
#: before its noun ("de", "een van de", "de meeste").
_IN_CLAUSE = re.compile(
    r"(?:(?!\b(?:dat|of|maar|en|terwijl|omdat|doordat|die|wat|waar|hoewel|want)\b)[^,;:.!?])"
    r"{1,80}?,?\s*\b(?:volgens|in\s+de\s+ogen\s+van|naar\s+(?:de\s+mening|het\s+oordeel"
    r"|de\s+ervaring|de\s+inschatting)\s+van)\s+(?:[^\W\d][\w-]*\s+){0,3}",
    re.IGNORECASE,
)


def reports_hearsay(text: str, subject_end: int, source_start: int) -> bool:
    """Whether the source whose mention starts at ``source_start`` tells, by "volgens" in the
    clause of the subject whose group ends at ``subject_end``, what that subject thinks.

    Examples
    --------
    >>> s = "Raadsleden zijn volgens ambtenaren tevreden over de monitor."
    >>> reports_hearsay(s, len("Raadsleden"), s.index("ambtenaren"))
    True
    >>> s = "Raadsleden zijn tevreden, maar volgens ambtenaren is de monitor te dun."
    >>> reports_hearsay(s, len("Raadsleden"), s.index("ambtenaren"))
    False
    """
    if source_start <= subject_end:
        return False
    between = text[subject_end:source_start].lower()
    if "volgens" not in between and "van" not in between:
        return False  # neither "volgens" nor "… van" before the source: a cheap test first
    return _IN_CLAUSE.fullmatch(text, subject_end, source_start) is not None
