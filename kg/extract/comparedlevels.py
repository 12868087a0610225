"""A level set against a reference that stands apart from it.

"is in vergelijking met andere gemeenten hoog", "Vergeleken met het landelijk
gemiddelde is het aantal uitkeringen laag", "is in verhouding tot andere gemeenten
beperkt", "is net als in de provincie hoog": the patterns of the insertion or the
fronted phrase, and the reference each names (:mod:`kg.extract.changes` reads them).
"""

from __future__ import annotations

import re

from kg.extract.changewords import DIRECTION, reference_of

__all__ = [
    "COMPARED_FIRST",
    "COMPARED_LEVEL",
    "against",
    "against_reference",
    "level_direction",
]

#: What a level is set against, put between the copula and the level or before both:
#: "is in vergelijking met andere gemeenten hoog", "Vergeleken met het landelijk gemiddelde
#: is het aantal uitkeringen laag", "ligt ten opzichte van 2014 lager"; or a like case
#: ("is net als in de provincie hoog", "Evenals landelijk is de werkloosheid laag").
AGAINST = (
    r"(?P<ref>(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.?"
    r"|in\s+verhouding\s+tot|net\s+als|evenals|zoals)"
    r"\s+[^,;:.()]{1,60}?)"
)
_BE = r"(?:is|zijn|was|waren|blijft|blijven|ligt|liggen|lag|lagen)"
_LEVEL_WORD = (
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|wat|iets|fors|veel|duidelijk|daarentegen)\s+)*"
    r"(?P<cmp>hoog|laag|hoger|lager|groot|klein|groter|kleiner|beperkt|gering)\b"
    r"(?=\s*(?:[,.;:)]|$|en\b|maar\b))"
)
COMPARED_LEVEL = re.compile(rf"\s{_BE}\s+{AGAINST}\s*,?\s+{_LEVEL_WORD}", re.IGNORECASE)
COMPARED_FIRST = re.compile(
    rf"\b{AGAINST}\s*,?\s+{_BE}\s+(?P<what>[^,;:.()]{{1,60}}?)\s+{_LEVEL_WORD}", re.IGNORECASE
)


def against_reference(ref: str) -> str | None:
    """The reference of "in vergelijking met / ten opzichte van …" (None if it names none).

    Examples
    --------
    >>> [against_reference(w) for w in ("ten opzichte van 2014", "vergeleken met andere gemeenten")]
    ['previous year', 'other municipalities']
    >>> against_reference("in vergelijking met het landelijk gemiddelde")
    'national average'
    """
    if re.search(r"\b(?:(?:19|20)\d\d|vorig\s+jaar|voorgaande\s+jaren|eerdere\s+jaren)\b", ref):
        return "previous year"
    words = re.sub(
        r"^\S+(?:\s+(?:vergelijking\s+met|met|opzichte\s+van|verhouding\s+tot))?\s+", "", ref
    )
    words = "dan " + words
    found = reference_of(words)
    if found is None and re.search(r"\bgemeenten\b", ref, re.IGNORECASE):
        return "other municipalities"
    return found


def against(ref: str) -> str | None:
    """The reference of a level's insertion; none for a place that shares the level
    ("is, net als in de provincie, hoog": the province is no reference but a like case)."""
    if re.match(r"(?:net\s+als|evenals|zoals)\b", ref, re.IGNORECASE):
        return None
    return against_reference(ref)


def level_direction(word: str) -> str:
    """The direction of a level word; "beperkt" and "gering" state a low level."""
    return DIRECTION.get(word.lower(), "lower")
