"""The cue words named before a figure: the subject of its clause, or a label before a colon.

"Het tekort op de jeugdhulp zal … oplopen tot € 3 miljoen" names its measure before the
figure; "Werkloosheid: 5,2%" names it in a label. Read for :mod:`kg.extract.indicators`,
which ranks them after the noun the figure quantifies and the words after it.
"""

from __future__ import annotations

import re

from kg.extract.figurecomparison import DENOMINATOR
from kg.extract.figureparts import qualifier_span
from kg.extract.measures import MeasureVocabulary
from kg.extract.numberform import Number
from kg.extract.numbers import WINDOW

__all__ = ["named_before"]

#: A quantity the vocabulary has no measure for, the subject of the figures after it: a
#: measure named before it is not theirs ("een aanbieder van jeugdhulp wijst erop dat de
#: tarieven met 10% zijn verlaagd").
_OWN_QUANTITY = re.compile(
    r"\b(?:tarie(?:f|ven)|prijs|prijzen|werkdruk|caseload|doorlooptijd(?:en)?|instroom"
    r"|uitstroom|verzuim)\b",
    re.IGNORECASE,
)
#: A noun the figure is the amount of, right before it: "een tekort van (ongeveer) € 3 ton".
_HEAD_OF = re.compile(r"\s+van\s+(?:(?:[^\W\d][\w'’]*)\s+){0,2}$")
#: Where the label of a figure after a colon begins: "…; huishoudens: 10.100".
_LABEL_BREAK = re.compile(r"[;:]\s*|\((?![^()]*\))\s*|(?<!\d)[,.]\s*|[,.](?!\d)\s*")


def named_before(
    vocab: MeasureVocabulary, text: str, start: int, number: Number, floor: int
) -> tuple[list[str], list[str]]:
    """The cue words of the clause before a figure (from ``start``), nearest first, then those
    of a label before a colon right before it (``floor``: where the sentence's reading starts);
    first, apart, a cue the figure is the amount of ("een tekort van € 3 ton"), which ranks
    before every other cue.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from kg.extract.measures import load_measures
    >>> s = "Werkloosheid: ruim 5,2%"
    >>> n = Number(19, 23, Decimal("5.2"), "percent", "digits")
    >>> named_before(load_measures(), s, 14, n, 0)
    ([], ['werkloosheid'])
    """
    before = DENOMINATOR.sub(lambda m: " " * len(m.group()), text[start : number.start])
    named = vocab.cues_before(before, 0, len(before))
    own = [m.end() for m in _OWN_QUANTITY.finditer(before)] if named else None
    if own:  # "de tarieven … met 10%": only what is named after the quantity is its
        named = vocab.cues_before(before, own[-1], len(before))
    of = _HEAD_OF.search(before) if named else None
    first: list[str] = []
    if of and before[: of.start()].lower().endswith(named[0]):
        first = [named[0]]  # "een overschot van € 1,2 miljoen … en een tekort …"
    cues = named
    colon = text.rfind(":", floor, number.start)
    q_start = qualifier_span(text, number.start, colon + 1)[1] if colon >= 0 else 0
    if colon >= 0 and not text[colon + 1 : q_start].strip(" €("):  # "…: ruim 22%"
        # "Aantal inwoners: 43.120", "Werkloosheid: 5,2%": the label names the measure
        lo = max(floor, colon - WINDOW)
        lo = max((m.end() for m in _LABEL_BREAK.finditer(text, lo, colon)), default=lo)
        cues = cues + [c for _, _, c in reversed(vocab.cues_in(text, lo, colon))]
    return first, cues
