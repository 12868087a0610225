"""Intake services: a service named after the problem it serves, registering its intake.

"De schuldhulpverlening telde 900 aanmeldingen", "In 2015 ontving de schuldhulpverlening 400
aanvragen": the count of what the problem's service received names the problem (gold,
fourteenth batch, decision 5), so the figure sentence is a finding
(:mod:`kg.extract.datasentences`). Split out of :mod:`kg.extract.datasentences`.
"""

from __future__ import annotations

import re

__all__ = ["serves_intake"]

#: A service that registers its intake, with the problem it serves as its name, as the subject
#: of a verb of registering or receiving: opening the sentence ("De schuldhulpverlening telde
#: …") or after the inverted verb ("In 2015 ontving de schuldhulpverlening …").
_INTAKE_VERB = (
    r"(?:registreerde|registreert|registreerden|telde|telt|ontving|ontvangt|kreeg|krijgt)"
)
_INTAKE_OPENS = re.compile(r"\W*(?:de|het)\s+", re.IGNORECASE)
_INTAKE_AFTER = re.compile(rf"\s+{_INTAKE_VERB}\b[^,;:]*?\d", re.IGNORECASE)
_INVERTED_BEFORE = re.compile(rf"\b{_INTAKE_VERB}\s+(?:de|het)\s+$", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"[^,;:]*?\d")


def serves_intake(text: str, at: int, end: int) -> bool:
    """Whether the problem named at ``at``-``end`` is a service registering its intake with
    a figure (gold, fourteenth batch, decision 5: the count of debt-help applications names
    the problem of debts).

    Examples
    --------
    >>> s = "De schuldhulpverlening telde in 2015 ongeveer 900 aanmeldingen."
    >>> serves_intake(s, 3, 22)
    True
    >>> s = "In 2016 ontving de schuldhulpverlening 400 aanvragen."
    >>> serves_intake(s, s.index("schuld"), s.index(" 400"))
    True
    >>> s = "Het aandeel huishoudens met schulden telt 8%."
    >>> serves_intake(s, s.index("schulden"), s.index(" telt"))
    False
    """
    if _INTAKE_OPENS.fullmatch(text, 0, at) is not None:
        return _INTAKE_AFTER.match(text, end) is not None
    return (
        _INVERTED_BEFORE.search(text, max(0, at - 30), at) is not None
        and _FIGURE_AFTER.match(text, end) is not None
    )
