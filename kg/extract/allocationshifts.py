"""What a municipality gains or loses in the new allocation model is set against the old one.

From 2015 the Rijk divides the social-domain budget over the municipalities by an
objective allocation model ("objectief verdeelmodel") that replaces the historical
allocation (by past care use). Profiles state its effect with the Dutch idiom "er op
achteruitgaan" / "er op vooruitgaan" (to be worse or better off): "Door het objectieve
verdeelmodel gaat de gemeente er 4 ton op achteruit", "In het verdeelmodel gaat de gemeente
er voor de Wmo licht op vooruit". The change is measured against what the historical
allocation gave: reference ``historical allocation`` (gold README: "A gain or loss the text
puts down to the objective allocation model … sets the new model against the historical
one"; settled in the twenty-eighth session, point 3). The idiom is read in every tense, as
the model's expected or past effect ("gaat … op achteruit", "is er … op achteruit gegaan
t.o.v. het historisch verdeelmodel"), and so are plain verbs of loss or gain at the change
to the model: "verliest", "moet … inleveren", "minder/meer te ontvangen". Such a verb is a
change over time, so a figure it gives with no comparison of its own is a ``decrease``
(``increase`` for a gain). A year the text names stays the reference ("€ 1,3 miljoen op
achteruit ten opzichte van 2015").

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
#: Better or worse off in any tense: "gaat … er … op achteruit", "is er op achteruit gegaan",
#: "er op vooruitgaat".
_OFF = re.compile(r"\bop\s*(?:achter|voor)uit", re.IGNORECASE)
#: A verb of loss at the change to the model: "verliest", "(geld) moet inleveren", "minder
#: te ontvangen / krijgen", "het verdeelmodel kost ons …".
_LOSS = re.compile(
    r"\b(?:verlie(?:st|zen)|verloren|inleveren|inlevert"
    r"|minder\b[^.;:]{0,40}?\b(?:ontvangen|ontvangt|krijgen|krijgt)"
    # the model as the subject of "kosten": "het nieuwe verdeelmodel kost ons een paar ton"
    r"|verdeel(?:model|sleutel)\b[^.;:]{0,40}?\bkost(?:t|en)?)\b",
    re.IGNORECASE,
)
#: A verb of gain: "meer te ontvangen / krijgen".
_GAIN = re.compile(r"\bmeer\b[^.;:]{0,40}?\b(?:ontvangen|ontvangt|krijgen|krijgt)\b", re.IGNORECASE)
_CHANGES = frozenset(("increase", "decrease"))
#: Where a clause of its own begins (for the national budget's clause below).
_CLAUSE = re.compile(r";|\b(?:maar|omdat|doordat|terwijl|want)\b", re.IGNORECASE)
#: The national total the Rijk divides ("het macrobudget daalt"): its change is one over time,
#: not the municipality's shift in the model (gold README, twenty-eighth session, point 3).
_NATIONAL_TOTAL = re.compile(r"\bmacro-?budget", re.IGNORECASE)


def _national_total(text: str, start: int, at: int) -> bool:
    """Whether the clause of a figure at ``at`` (its sentence starting at ``start``) names the
    national macro budget before it.

    Examples
    --------
    >>> s = "Het gaat op achteruit, maar dit komt omdat het macrobudget met 5% daalt."
    >>> _national_total(s, 0, s.index("5%")), _national_total(s, 0, s.index("achteruit"))
    (True, False)
    """
    left = start
    for m in _CLAUSE.finditer(text, start, at):
        left = m.end()
    return _NATIONAL_TOTAL.search(text, left, at) is not None


def _deficit(ind: Indicator) -> bool:
    """Whether ``ind`` measures a deficit (gold README, twenty-eighth session, point 3: "a
    deficit that the text blames on the model" keeps no reference of the model)."""
    return str(ind.measure or "").rstrip("/").rsplit("/", 1)[-1] == "deficit"


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
    ['historical allocation']
    >>> s = "Door het verdeelmodel verwacht de gemeente 4 ton minder te ontvangen."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> b = Indicator(0, len(s) - 1, 1, None, "", 400000, "EUR")
    >>> [(i.comparison, i.reference) for i in allocation_shifts(doc, [b])]
    [('decrease', 'historical allocation')]
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.reference is not None or ind.sentence <= 0:
            continue
        if ind.comparison not in _CHANGES and (ind.comparison or ind.unit != "EUR"):
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        if doc.text.find("verde", sentence.start, sentence.end) < 0:
            continue  # a cheap test first: the model is named
        lo, hi = sentence.start, sentence.end
        if not _MODEL.search(doc.text, lo, hi):
            continue
        if _deficit(ind) or _national_total(doc.text, lo, ind.start):
            continue  # a deficit blamed on the model, a change of the national total
        comparison = ind.comparison
        if _OFF.search(doc.text, lo, hi) is None:
            # a plain verb of loss (gain) is the figure's own change only in its direction
            if _LOSS.search(doc.text, lo, hi) and comparison in (None, "decrease"):
                comparison = "decrease"
            elif _GAIN.search(doc.text, lo, hi) and comparison in (None, "increase"):
                comparison = "increase"
            else:
                continue
        if comparison in _CHANGES:
            out[i] = replace(ind, comparison=comparison, reference=HISTORICAL_ALLOCATION)
    return out
