"""A share's level in parts of the municipality, said right after the share itself.

A profile often gives a share for the whole municipality and then, in the same sentence,
its level in some districts or villages, pointing back to the share with "dat aandeel", "dit
percentage" or "het": "Ongeveer 14% van de huishoudens heeft een laag inkomen, en in de
wijken Kerkelanden en Nieuwstraatkwartier ligt dat aandeel boven de 20%", "…; in de dorpen
Termunten, Woldendorp en Spijk ligt dat aandeel nog hoger", "…; in Tiel-Oost en Passewaaij
ligt het boven de 25%". The later figure or level measures what the share measures, and a
comparison it states ("nog hoger", "twee keer zo hoog") is one with the municipality's own
average (the whole the districts are part of).

Source: general Dutch (a demonstrative or "het" pointing back to the noun phrase before;
"in de wijken/dorpen/kernen …" as the parts of a municipality).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["MUNICIPAL_AVERAGE", "district_levels"]

MUNICIPAL_AVERAGE = "municipal average"
#: Parts of the municipality, then the share pointed back to as the subject of "ligt":
#: "in de wijken Kerkelanden en Nieuwstraatkwartier ligt dat aandeel", "in Tiel-Oost en
#: Passewaaij ligt het", "in sommige dorpen is dit percentage".
_PARTS_THEN_SHARE = re.compile(
    r"\b(?:in|bij)\s+(?:(?:de|het|sommige|een\s+aantal|enkele|veel)\s+)?"
    r"(?:(?:wijken|wijk|dorpen|dorp|kernen|kern|buurten|buurt|stadsdelen|stadsdeel|[\w-]+wijken)\b"
    r"|(?-i:[A-Z]))[^,;:.()]{0,70}?\s(?:ligt|lag|liggen|lagen|is|was|zit)\s+"
    r"(?:(?:dat|dit)\s+(?:aandeel|percentage|cijfer)|het)\b",
    re.IGNORECASE,
)


def district_levels(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each figure or level of a share in parts of the municipality (said
    after the share in its sentence) measuring the share's measure, and its comparison
    against the municipal average.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = ("Ongeveer 14% van de huishoudens heeft een laag inkomen, en in de wijken Noord "
    ...      "en Oost ligt dat aandeel twee keer zo hoog.")
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a, b = s.index("14%"), s.index("twee keer")
    >>> share = Indicator(a, a + 3, 1, "share-low-income", "", Decimal(14), "percent")
    >>> ratio = Indicator(b, b + 19, 1, None, "", Decimal(2), "ratio")
    >>> later = district_levels(doc, [share, ratio])[1]
    >>> later.measure, later.comparison, later.reference
    ('share-low-income', 'higher', 'municipal average')
    """
    out = list(found)
    for i, ind in enumerate(out):
        if i == 0 or ind.sentence <= 0 or (ind.measure is not None and ind.reference is not None):
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        lo = max(sentence.start, ind.start - 120)
        if doc.text.find("ligt", lo, ind.start) < 0 and doc.text.find(" is ", lo, ind.start) < 0:
            continue  # a cheap test before the pattern
        parts = None
        for m in _PARTS_THEN_SHARE.finditer(doc.text, lo, min(sentence.end, ind.end)):
            if m.start() < ind.start:
                parts = m  # the last before the figure (it may hold the level's own words)
        if parts is None or doc.text[parts.end() : ind.start].strip(" ,") not in _BETWEEN:
            continue
        share = next(
            (
                o
                for o in reversed(out[:i])
                if o.sentence == ind.sentence
                and o.end <= parts.start()
                and o.unit == "percent"
                and o.measure
                and o.value is not None
            ),
            None,
        )
        if share is None:
            continue
        comparison = ind.comparison
        if comparison is None and ind.unit == "ratio" and ind.value is not None:
            comparison = "higher" if ind.value > 1 else "lower"  # "twee keer zo hoog"
        out[i] = replace(
            ind,
            measure=ind.measure or share.measure,
            comparison=comparison,
            reference=ind.reference or (MUNICIPAL_AVERAGE if comparison else None),
        )
    return out


#: What may stand between the pointing back and the figure: nothing, or a degree or hedge
#: ("nog", "naar schatting", "zelfs").
_BETWEEN = frozenset(("", "nog", "naar schatting", "zelfs", "ruim", "ook", "nog ruim"))
