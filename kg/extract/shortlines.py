"""Short lines of communication: "korte lijnen met X" is working together with X.

"Korte lijnen" is the Dutch idiom of public administration for direct, informal contact
between parties who work together (Van Dale: *korte lijnen*, "directe contacten, weinig
bureaucratie"). The profile's municipality is the party of the lines where the text names
only the other one:

- "de korte lijnen met de huisartsen", "kortere lijnen met de aanbieders";
- "de lijnen met de huisartsen zijn kort" (the adjective as the predicate);
- "de korte lijnen tussen het Vechtdal College en de sociale teams": one side is the
  municipality's own (its teams, its staff), the other is the partner.

Every party named in the coordinated list after "met" / "tussen" is a partner, except the
municipality's own side (the municipality, its social teams, its civil servants). Negated
lines ("geen korte lijnen", "de lijnen zijn niet kort") give none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import SentenceMention
from kg.extract.wordtokens import lowered

__all__ = ["has_lines", "in_document", "short_line_partners"]

_F = re.IGNORECASE
#: "korte lijnen met / tussen", or "lijnen met X zijn kort" (the predicate after the list).
_LINES = re.compile(
    r"\b(?:(?:korte|kortere)\s+lijnen?\s+(?:met|tussen)\b"
    r"|lijnen\s+(?:met|tussen)\b(?=[^.;:]{0,80}?\b(?:zijn|waren|blijven|bleven)\s+(?:\w+\s+)?kort\b))",
    _F,
)
#: A negation before the lines or of their predicate.
_NEGATED = re.compile(r"\b(?:geen|niet|nauwelijks|weinig)\s+(?:\w+\s+)?(?:korte|lijnen|kort)\b", _F)
#: Between "met"/"tussen" and the first party, and between two parties of the list.
_FIRST_GAP = re.compile(r"\s*(?:(?:de|het|een|onze)\s+)?(?:[a-zà-ÿ-]+e\s+)?", _F)
_LIST_GAP = re.compile(r"\s*(?:,|\s(?:en|of))\s*(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ-]+e\s+)?", _F)
#: The municipality's own side of the lines.
_OWN_SIDE = ("/role/social-team", "/role/civil-servants")
_PARTNER_KINDS = frozenset({"role", "organisation", "body", "municipality"})


def in_document(lowered: str) -> bool:
    """Whether a document (lower case) may speak of short lines.

    Examples
    --------
    >>> in_document("de korte lijnen met de huisartsen"), in_document("de regio groeit")
    (True, False)
    """
    return "lijnen" in lowered


def has_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks of short lines with someone.

    Examples
    --------
    >>> text = "De korte lijnen met de school helpen."
    >>> has_lines(text, 0, len(text)), has_lines("De lijnen zijn lang.", 0, 20)
    (True, False)
    """
    low = lowered(text)  # the document's lower case: every match holds "lijn"
    if (low.find("lijn", start, end) if low is not None else 0) < 0:
        return False  # almost every sentence
    return _LINES.search(text, start, end) is not None


def short_line_partners(
    text: str, start: int, end: int, mentions: Sequence[SentenceMention], own: str
) -> list[str]:
    """The partners the sentence ``text[start:end]`` has short lines with.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The sentence span.
    mentions : sequence of SentenceMention
        The sentence's mentions, in text order.
    own : str
        The IRI of the profile's municipality.

    Returns
    -------
    list of str
        The partners' IRIs, in text order, without repeats.

    Examples
    --------
    >>> text = "De lijnen met de huisartsen zijn kort."
    >>> GP = SentenceMention("concept/role/gps", "role", 17, 27, "huisartsen", 0)
    >>> short_line_partners(text, 0, len(text), [GP], "municipality/x") == [GP.entity]
    True
    >>> text = "Er zijn geen korte lijnen met de huisartsen."
    >>> GP = SentenceMention("concept/role/gps", "role", 33, 43, "huisartsen", 0)
    >>> short_line_partners(text, 0, len(text), [GP], "municipality/x")
    []
    """
    found: list[str] = []
    for m in _LINES.finditer(text, start, end):
        if _NEGATED.search(text, max(start, m.start() - 20), min(end, m.end() + 90)):
            continue
        at = m.end()
        gap = _FIRST_GAP
        for p in mentions:
            if p.start < at:
                continue
            if not gap.fullmatch(text, at, p.start):
                break
            if (
                p.kind in _PARTNER_KINDS
                and p.entity != own
                and not p.entity.endswith(_OWN_SIDE)
                and p.entity not in found
            ):
                found.append(p.entity)
            at, gap = p.end, _LIST_GAP
    return found
