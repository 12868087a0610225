"""A level set against a reference that stands apart from it.

"is in vergelijking met andere gemeenten hoog", "Vergeleken met het landelijk
gemiddelde is het aantal uitkeringen laag", "is in verhouding tot andere gemeenten
beperkt", "Afgezet tegen het landelijk gemiddelde is …", "is net als in de provincie
hoog": the patterns of the insertion or the fronted phrase, and the reference each names
(:mod:`kg.extract.changes` reads them); and the reference after a level ("is hoog afgezet
tegen het landelijk gemiddelde", :data:`AGAINST_AFTER`, read by
:mod:`kg.extract.comparisons`).
"""

from __future__ import annotations

import re

from kg.extract.changewords import DIRECTION, reference_in, reference_of

__all__ = [
    "AGAINST_AFTER",
    "COMPARED_FIRST",
    "COMPARED_LEVEL",
    "against",
    "against_reference",
    "level_direction",
    "reference_after",
]

#: What a level is set against, put between the copula and the level or before both:
#: "is in vergelijking met andere gemeenten hoog", "Vergeleken met het landelijk gemiddelde
#: is het aantal uitkeringen laag", "ligt ten opzichte van 2014 lager"; or a like case
#: ("is net als in de provincie hoog", "Evenals landelijk is de werkloosheid laag").
AGAINST = (
    r"(?P<ref>(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.?"
    r"|in\s+verhouding\s+tot|afgezet\s+tegen|net\s+als|evenals|zoals)"
    r"\s+[^,;:.()]{1,60}?)"
)
#: What a level is set against, after it: "is hoog in vergelijking met het landelijk
#: gemiddelde", "is hoog afgezet tegen het landelijk gemiddelde", "ligt lager, vergeleken met
#: de regio" (up to the clause's end).
AGAINST_AFTER = re.compile(
    r"\s*,?\s*(?P<ref>(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van"
    r"|t\.o\.v\.?|in\s+verhouding\s+tot|afgezet\s+tegen)\s+[^,;:.()]{1,60}?)"
    r"(?=\s*(?:[,;:.()]|$|en\s|maar\s))",
    re.IGNORECASE,
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
    >>> against_reference("afgezet tegen het gemiddelde van de provincie")
    'province'
    """
    if re.search(r"\b(?:(?:19|20)\d\d|vorig\s+jaar|voorgaande\s+jaren|eerdere\s+jaren)\b", ref):
        return "previous year"
    words = re.sub(
        r"^\S+(?:\s+(?:vergelijking\s+met|met|opzichte\s+van|verhouding\s+tot|tegen))?\s+", "", ref
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


def reference_after(text: str, words: str, end: int, ceiling: int) -> tuple[str | None, int]:
    """The reference a level's ``words`` name, or the one set after them (from ``end``, up
    to ``ceiling``), and where the level's quote ends.

    Examples
    --------
    >>> t = "Het gebruik is hoog afgezet tegen het landelijk gemiddelde."
    >>> reference_after(t, "is hoog", t.index(" afgezet"), len(t))
    ('national average', 58)
    >>> reference_after(t, "is hoog dan landelijk", 7, len(t))
    ('national average', 7)
    >>> reference_after("Het is hoog.", "is hoog", 11, 12)
    (None, 11)
    """
    ref = reference_in(words)
    after = AGAINST_AFTER.match(text, end, ceiling) if ref is None else None
    if after is None:
        return ref, end
    return against_reference(after.group("ref")), after.end()
