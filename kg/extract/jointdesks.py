"""The parties that work together in an unnamed joint desk are its members.

The werkgeversservicepunt is the desk where the municipalities of a labour-market region and
the UWV serve employers together (Wet SUWI art. 10); named only by its type ("het
werkgeversservicepunt", role/werkgeversservicepunt) it is still a joint body of those who
work in it. A cooperation set in it gives ``member-of`` for each party that works there, in
the ordinary forms of Dutch: "A werkt (met B) samen in het (regionale)
werkgeversservicepunt", "Met B werkt A samen in …", "In het werkgeversservicepunt werken A
en B samen", "A werkt in het werkgeversservicepunt samen met B", and the relative clause
"het werkgeversservicepunt, waarin A en B samen(werken) …". "de gemeente" (or no named
municipality) is the profile's municipality. A negated clause gives none.

Examples
--------
>>> bool(COOPERATION.search("waarin gemeente en UWV samen werkgevers benaderen"))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention

__all__ = ["COOPERATION", "DESKS", "desk_members"]

_F = re.IGNORECASE
#: The joint desks named by their type alone (ontology/roles.ttl).
DESKS = frozenset({"role/werkgeversservicepunt"})
#: Working together: "samenwerken", "werkt … samen", "samen … benaderen", "gezamenlijk".
COOPERATION = re.compile(r"\bsamen\w*|\bgezamenlijk\w*", _F)
#: The desk as the setting of working together: "(werkt) samen in het (regionale) …", "werkt
#: in het …"; or the clause opens with it ("In het … werken A en B samen", :data:`_OPENING`).
_IN_DESK = re.compile(
    r"\bsamen\w*\s+(?:in|binnen)\s+(?:het|de|ons|hun)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:werkt|werken|werkte|werkten)\s+(?:\w+\s+)?(?:in|binnen)\s+(?:het|de)\s+(?:[\w-]+\s+)?$",
    _F,
)
_OPENING = re.compile(r"\s*(?:in|binnen)\s+(?:het|de|ons|hun)\s+(?:[\w-]+\s+)?", _F)
#: The desk as the antecedent of a relative clause of place: "…, waarin".
_WHEREIN = re.compile(r"\s*,\s+(?:waarin|waarbinnen)\s+", _F)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?!en\b)", _F)
_OWN = re.compile(r"\b(?:de\s+|onze\s+)?gemeenten?\b(?!\s+(?-i:[A-Z]))", _F)
_MEMBERS = frozenset({"municipality", "organisation", "body"})


def _desk_of(entity: str) -> bool:
    return any(entity.endswith(d) for d in DESKS)


def desk_members(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[SentenceMention],
    parties: Sequence[SentenceMention],
    own: str,
) -> list[tuple[str, str, str]]:
    """The ``member-of`` links of the parties working together in an unnamed joint desk.

    Parameters
    ----------
    text : str
        The document text.
    span : tuple of int
        The sentence's start and end.
    mentions : sequence of SentenceMention
        All mentions of the sentence (the desk is a role mention).
    parties : sequence of SentenceMention
        The sentence's parties (municipalities, organisations, bodies).
    own : str
        The profile's municipality.

    Returns
    -------
    list of tuple
        ``("member-of", party, desk)`` per party working in the desk.

    Examples
    --------
    >>> text = "Met het UWV werkt Teststad samen in het werkgeversservicepunt."
    >>> desk = SentenceMention("role/werkgeversservicepunt", "role", 40, 61, "", 0)
    >>> uwv = SentenceMention("organisation/uwv", "organisation", 8, 11, "UWV", 0)
    >>> desk_members(text, (0, len(text)), [desk], [uwv], "municipality/teststad")
    ... # doctest: +NORMALIZE_WHITESPACE
    [('member-of', 'organisation/uwv', 'role/werkgeversservicepunt'),
     ('member-of', 'municipality/teststad', 'role/werkgeversservicepunt')]
    """
    start, end = span
    out: list[tuple[str, str, str]] = []
    for desk in mentions:
        if not _desk_of(desk.entity):
            continue
        clause = _setting(text, start, end, desk)
        if clause is None:
            continue
        a, b = clause
        if not COOPERATION.search(text, a, b) or NEGATION.search(text, a, b):
            continue
        members = [p for p in parties if a <= p.start < b and p.kind in _MEMBERS]
        named = [p.entity for p in members]
        if _OWN.search(text, a, b) or not any(p.kind == "municipality" for p in members):
            named.append(own)
        out += [("member-of", e, desk.entity) for e in dict.fromkeys(named) if e != desk.entity]
    return out


def _setting(text: str, start: int, end: int, desk: SentenceMention) -> tuple[int, int] | None:
    """The clause whose cooperation the desk is the setting of: the relative clause after
    "…, waarin", else the clause around "in het …" (to a semicolon, colon or comma)."""
    rel = _WHEREIN.match(text, desk.end, end)
    if rel is not None:
        stop = _CLAUSE_END.search(text, rel.end(), end)
        return rel.end(), stop.start() if stop else end
    a = start
    for m in _CLAUSE_END.finditer(text, start, desk.start):
        a = m.end()
    if not (
        _IN_DESK.search(text, max(start, desk.start - 60), desk.start)
        or _OPENING.fullmatch(text, a, desk.start)
    ):
        return None
    stop = _CLAUSE_END.search(text, desk.end, end)
    return a, stop.start() if stop else end
