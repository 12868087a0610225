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
from decimal import Decimal

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["BASE_BEFORE", "INDEX_BEFORE", "index_figures"]

#: The words before the base 100: "met 2010 als", "2010 =", "(2010=".
BASE_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*(?:als|=)\s*$", re.IGNORECASE)
#: The word before an index figure: "op index 94", "een indexcijfer van 94".
INDEX_BEFORE = re.compile(r"\bindex(?:cijfer)?(?:\s+van)?\s+$", re.IGNORECASE)
_BASE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*(?:als|=)\s*100\b", re.IGNORECASE)
#: The national level right after an index figure, in its clause: "index 91 ten opzichte van
#: het landelijk gemiddelde", "op index 96, iets onder het landelijk niveau" (the country is
#: the index's 100).
_NATIONAL_AFTER = re.compile(
    r"[^.;:()]{0,40}?\blandelijke?\s+(?:gemiddelde|niveau|cijfer)\b", re.IGNORECASE
)
#: A figure in apposition before an index: "€ 430 per inwoner, index 91" (its measure).
_APPOSITION = re.compile(r"\s*,\s*(?:op\s+)?index(?:cijfer)?(?:\s+van)?\s+$", re.IGNORECASE)
_NATIONAL = "national average"


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
        if ind.unit != "index" or ind.value is None or ind.reference not in (None, _NATIONAL):
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        base = _BASE.search(doc.text, sentence.start, sentence.end)
        if base is None or ind.reference is not None:
            if _NATIONAL_AFTER.match(doc.text, ind.end, sentence.end):
                out[i] = _against_country(doc.text, ind, out[i - 1] if i else None)
            continue
        cmp = "equal" if ind.value == 100 else "increase" if ind.value > 100 else "decrease"
        out[i] = replace(ind, comparison=ind.comparison or cmp, reference=base.group("year"))
    return out


def _against_country(text: str, ind: Indicator, before: Indicator | None) -> Indicator:
    """``ind``, an index against the national level: the country is 100, below it lower; a
    figure right before it in apposition ("€ 430 per inwoner, index 91") gives its measure.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het budget is € 430 per inwoner, index 91 ten opzichte van het landelijk gemiddelde."
    >>> a = Indicator(14, 31, 1, "euro-per-inhabitant", "", Decimal(430), "EUR per inhabitant")
    >>> b = Indicator(s.index("91"), s.index("91") + 2, 1, None, "", Decimal(91), "index")
    >>> i = _against_country(s, b, a)
    >>> i.measure, i.comparison, i.reference, i.national_value
    ('euro-per-inhabitant', 'lower', 'national average', Decimal('100'))
    """
    value = ind.value if ind.value is not None else Decimal(100)
    cmp = "equal" if value == 100 else "higher" if value > 100 else "lower"
    measure = ind.measure
    if (
        measure is None
        and before is not None
        and before.value is not None
        and before.sentence == ind.sentence
        and _APPOSITION.search(text, before.end, ind.start)
    ):
        measure = before.measure
    return replace(
        ind,
        measure=measure,
        comparison=ind.comparison or cmp,
        reference=ind.reference or _NATIONAL,
        national_value=ind.national_value or Decimal(100),
    )
