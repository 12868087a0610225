"""Comparable municipalities as a reference: "hoger dan in vergelijkbare gemeenten".

"Vergelijkbare gemeenten" names the municipalities like the profile's in more than
size (a CBS comparison group); "gemeenten van deze grootteklasse", "kleine gemeenten"
name the size class, "andere gemeenten" any others. The readers of levels and
figures give a size class or other municipalities; this module names the comparison
group where the observation's words do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["COMPARABLE", "comparable_group"]

COMPARABLE = "comparable municipalities"
#: The first municipalities the words after an observation's start name.
_MUNICIPALITIES = re.compile(
    r"\b(?P<like>vergelijkbare\s+)?(?:(?-i:[A-Z])[\w-]+e\s+)?[\w-]*gemeenten\b"
    r"(?P<size>\s+(?:van\s+(?:een\s+)?(?:vergelijkbare|dezelfde|gelijke)\s+(?:omvang|grootte)"
    r"|van\s+(?:deze|dezelfde)\s+grootteklasse))?",
    re.IGNORECASE,
)
_REACH = 160


def comparable_group(doc: Document, found: Sequence[Indicator]) -> list[Indicator]:
    """``found`` with "vergelijkbare gemeenten" as the comparable municipalities.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> text = "Het aandeel is hoger dan in vergelijkbare gemeenten."
    >>> doc = N(text=text, sentences=[N(end=len(text))])
    >>> ind = Indicator(0, 20, 0, None, "", None, None, comparison="higher",
    ...                 reference="size class")
    >>> [i.reference for i in comparable_group(doc, [ind])]
    ['comparable municipalities']
    """
    out = list(found)
    for k, ind in enumerate(out):
        if ind.reference not in {"size class", "other municipalities"}:
            continue
        # a sentence's index counts from one
        known = 0 < ind.sentence <= len(doc.sentences)
        sentence = doc.sentences[ind.sentence - 1] if known else None
        end = min(sentence.end if sentence else len(doc.text), ind.start + _REACH)
        m = _MUNICIPALITIES.search(doc.text, ind.start, end)
        if m and m.group("like") and not m.group("size"):
            out[k] = replace(ind, reference=COMPARABLE)
    return out
