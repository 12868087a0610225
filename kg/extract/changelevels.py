"""The new level a change reaches, measured as the change is.

"Het aantal bijstandsgerechtigden is met 8 procent gestegen naar 1.350", "daalde met 5%
tot 2.300", "nam met 12% toe tot 2.400": the amount of the change takes its measure from
the subject of the clause, but the level after "naar" or "tot" stands after it, beyond
where the reader of :mod:`kg.extract.indicators` looks for the words before a figure. The
level is the subject's figure too: it takes the measure the subject names in its own
unit (a count of clients after a change in percent), else the change's measure when that
fits its unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator

__all__ = ["reached_levels"]

#: Between the amount of a change and the level it reaches: "8% gestegen naar", "12% toe
#: tot", "5 procent naar" (at most three words, none a figure).
_TO_LEVEL = re.compile(
    r"\s+(?:[^\W\d][\w’'-]*\s+){0,3}?(?:naar|tot)\s+$",
    re.IGNORECASE,
)
_CHANGES = frozenset(("increase", "decrease"))


def reached_levels(doc: Document, found: list[Indicator], vocab: MeasureVocabulary) -> list:
    """``found`` with a measure for each level a change reaches (new objects where changed).

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations, in text order.
    vocab : MeasureVocabulary
        The measure vocabulary.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.measures import load_measures
    >>> s = "Het aantal cliënten daalde met 5% naar 2.300."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> change = Indicator(s.index("5%"), s.index("5%") + 2, 1, "clients", "", Decimal(5),
    ...                    "percent", comparison="decrease")
    >>> level = Indicator(s.index("2.300"), s.index("2.300") + 5, 1, None, "",
    ...                   Decimal(2300), "count", comparison="decrease")
    >>> reached_levels(doc, [change, level], load_measures())[1].measure
    'clients'
    """
    out = list(found)
    for i in range(1, len(out)):
        ind, before = out[i], out[i - 1]
        if (
            ind.measure is not None
            or ind.value is None
            or ind.sentence != before.sentence
            or ind.comparison not in _CHANGES
            or before.comparison != ind.comparison
            or before.end >= ind.start
            or _TO_LEVEL.fullmatch(doc.text, before.end, ind.start) is None
        ):
            continue
        # a sentence's index counts from one
        start = (
            doc.sentences[ind.sentence - 1].start if 0 < ind.sentence <= len(doc.sentences) else 0
        )
        cues = vocab.cues_before(doc.text, min(start, before.start), before.start)
        measure = vocab.choose(cues, ind.unit, ind.value)
        own = vocab.measures.get(before.measure or "")
        if measure is None and own is not None and ind.unit in own.units:
            measure = own
        if measure is not None:
            out[i] = replace(ind, measure=measure.key)
    return out
