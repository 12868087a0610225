"""Index figures: "Met 2010 als 100 stond het aantal banen in 2015 op index 94".

Statistics state a series as an index against a base year set to 100 (CBS: "index
(2010=100)"): "met 2010 als 100", "2010 = 100", "(2010=100)". The base 100 is no figure
of its own (:data:`BASE_BEFORE`, read by :mod:`kg.extract.notfigures`); the figure after
"index" is in unit ``index``, set against the base year: below 100 it has fallen since then,
above 100 risen (reference: the base year).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["BASE_BEFORE", "INDEX_BEFORE", "index_figures"]

#: The words before the base 100: "met 2010 als", "2010 =", "(2010=".
BASE_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*(?:als|=)\s*$", re.IGNORECASE)
#: The word before an index figure: "op index 94", "een indexcijfer van 94".
INDEX_BEFORE = re.compile(r"\bindex(?:cijfer)?(?:\s+van)?\s+$", re.IGNORECASE)
_BASE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*(?:als|=)\s*100\b", re.IGNORECASE)


def index_figures(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each index figure set against the base year its sentence names.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Met 2010 als 100 stond het aantal banen in 2015 op index 94."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> ind = Indicator(s.index("94"), s.index("94") + 2, 1, None, "", Decimal(94), "index")
    >>> [(i.comparison, i.reference) for i in index_figures(doc, [ind])]
    [('decrease', '2010')]
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.unit != "index" or ind.value is None or ind.reference is not None:
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        base = _BASE.search(doc.text, sentence.start, sentence.end)
        if base is None:
            continue
        cmp = "equal" if ind.value == 100 else "increase" if ind.value > 100 else "decrease"
        out[i] = replace(ind, comparison=ind.comparison or cmp, reference=base.group("year"))
    return out
