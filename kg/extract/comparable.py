"""Comparable municipalities as a reference: "hoger dan in vergelijkbare gemeenten".

"Vergelijkbare gemeenten" (a CBS comparison group) and "gemeenten van deze
grootteklasse", "gemeenten van deze omvang", "kleine gemeenten" (the size class) name the
comparable municipalities, one reference (the gold's ``comparable-municipalities``,
settled in the thirty-fifth session); "de omliggende gemeenten", "de naburige gemeenten",
"de buurgemeenten" the neighbouring municipalities; "andere gemeenten" any others. The
readers of levels and figures give comparable or other municipalities; this module names
the comparison group where the observation's words do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["COMPARABLE", "NEIGHBOURING", "comparable_group"]

COMPARABLE = "comparable municipalities"
NEIGHBOURING = "neighbouring municipalities"
#: The first municipalities the words after an observation's start name.
_MUNICIPALITIES = re.compile(
    r"\b(?:(?P<like>vergelijkbare\s+)|(?P<near>(?:omliggende|omringende|naburige|aangrenzende)"
    r"\s+))?(?:(?-i:[A-Z])[\w-]+e\s+)?(?P<buur>buur)?[\w-]*gemeenten\b"
    r"(?P<size>\s+(?:van\s+(?:een\s+)?(?:vergelijkbare|dezelfde|gelijke|deze)\s+(?:omvang|grootte)"
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
    ...                 reference="comparable municipalities")
    >>> [i.reference for i in comparable_group(doc, [ind])]
    ['comparable municipalities']
    >>> text = "Het aandeel is hoger dan in de omliggende gemeenten."
    >>> doc = N(text=text, sentences=[N(end=len(text))])
    >>> other = replace(ind, reference="other municipalities")
    >>> [i.reference for i in comparable_group(doc, [other])]
    ['neighbouring municipalities']
    """
    out = list(found)
    for k, ind in enumerate(out):
        if ind.reference not in {"comparable municipalities", "other municipalities"}:
            continue
        # a sentence's index counts from one
        known = 0 < ind.sentence <= len(doc.sentences)
        sentence = doc.sentences[ind.sentence - 1] if known else None
        end = min(sentence.end if sentence else len(doc.text), ind.start + _REACH)
        m = _MUNICIPALITIES.search(doc.text, ind.start, end)
        if m is None:
            continue
        if m.group("size") or m.group("like"):  # also "andere gemeenten van deze omvang"
            out[k] = replace(ind, reference=COMPARABLE)
        elif m.group("near") or m.group("buur"):
            out[k] = replace(ind, reference=NEIGHBOURING)
    return out
