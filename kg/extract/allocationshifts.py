"""What a municipality gains or loses in the new allocation model is set against the old one.

From 2015 the Rijk divides the social-domain budget over the municipalities by an
objective allocation model ("objectief verdeelmodel") that replaces the historical
allocation (by past care use). Profiles state its effect with the Dutch idiom "er op
achteruitgaan" / "er op vooruitgaan" (to be worse or better off): "Door het objectieve
verdeelmodel gaat de gemeente er 4 ton op achteruit", "In het verdeelmodel gaat de gemeente
er voor de Wmo licht op vooruit". The change is measured against what the historical
allocation gave: reference ``historical allocation`` (gold README: "A gain or loss the text
puts down to the objective allocation model … sets the new model against the historical
one"). The idiom is read in the present tense, as the model's expected effect ("gaat … op
achteruit"); a year the text names stays the reference ("€ 1,3 miljoen op achteruit ten
opzichte van 2015").

Source: the Dutch idiom (Van Dale: "erop achteruitgaan", to be worse off) and the
allocation of the Gemeentefonds' integration fund for the social domain (BZK, 2015).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["HISTORICAL_ALLOCATION", "allocation_shifts"]

HISTORICAL_ALLOCATION = "historical allocation"
#: The allocation model named in the sentence.
_MODEL = re.compile(r"\bverdeelmodel\w*|\bverdeling\b", re.IGNORECASE)
#: Better or worse off in the present tense: "gaat … er … op achteruit", "er op vooruitgaat".
_OFF = re.compile(
    r"\b(?:gaat|gaan)\b[^.;:]{0,80}?\bop\s+(?:achter|voor)uit\b(?!\s+gegaan)"
    r"|\bop\s+(?:achter|voor)uit(?:gaat|gaan)\b",
    re.IGNORECASE,
)
_CHANGES = frozenset(("increase", "decrease"))


def allocation_shifts(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each change the allocation model brings set against the historical
    allocation.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations.

    Returns
    -------
    list of Indicator
        The same observations; a change without a reference in a sentence that names the
        allocation model and says the municipality is better or worse off in it has the
        reference ``historical allocation``.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Door het nieuwe verdeelmodel gaat de gemeente er op achteruit."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = Indicator(0, len(s) - 1, 1, None, "", None, None, comparison="decrease")
    >>> [i.reference for i in allocation_shifts(doc, [a])]
    ['historical allocation']
    >>> s = "De gemeente is er in de verdeling op achteruit gegaan."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> [i.reference for i in allocation_shifts(doc, [a])]
    [None]
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.reference is not None or ind.comparison not in _CHANGES or ind.sentence <= 0:
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        if doc.text.find("uit", sentence.start, sentence.end) < 0:
            continue  # a cheap test first: every idiom holds "…uit"
        if _MODEL.search(doc.text, sentence.start, sentence.end) and _OFF.search(
            doc.text, sentence.start, sentence.end
        ):
            out[i] = replace(ind, reference=HISTORICAL_ALLOCATION)
    return out
