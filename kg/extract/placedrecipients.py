"""People on benefit who found work are a job placement, not the benefit caseload.

A count of benefit recipients ("mensen met een uitkering", "bijstandsgerechtigden") in a
clause that says they went to work counts the placements of the year, which the measure
vocabulary does not have (the gold's ``job-placements``): "In 2016 kwamen 64 mensen met een
uitkering aan het werk", "In 2015 vonden 34 mensen met een bijstandsuitkering werk", "het
werkbedrijf heeft 180 mensen met een uitkering aan een baan geholpen", "het
Werkgeversservicepunt plaatste 140 mensen uit de bijstand", and so is the outflow ("de
uitstroom uit de bijstand bedroeg 120"). The figure keeps no measure then.

The family of phrasings (general Dutch of work and benefit, the language of the
Participatiewet's job services): "aan (het) werk", "aan een (betaalde) baan", "(vond,
vonden, gevonden) … werk / een baan", "plaatste(n)", "geplaatst", and "uitstroom",
"uitgestroomd" before the figure. Not: "niet aan het werk", "geen werk vinden" (people
without work are the caseload), a phrase after a clause break or a conjunction ("800
uitkeringen, omdat weinig mensen aan het werk komen": the caseload), nor "naar werk
begeleid" (a re-integration trajectory).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator

__all__ = ["placed_recipients"]

#: The measures of the benefit caseload whose count a placement is not.
_RECIPIENTS = frozenset({"benefit-recipients", "benefit-recipients-share"})
#: Words one of which every placement phrase holds: a cheap test before the patterns.
_KEYS = ("werk", "baan", "plaats", "stroom")
#: Going to work, in the figure's clause (before or after the figure).
_PLACED = re.compile(
    r"\b(?:aan\s+(?:het\s+)?werk|aan\s+(?:een\s+)?(?:betaalde\s+)?baan"
    r"|(?:vond|vonden|gevonden|vinden|vindt)\b[^,;:.]{0,60}?\b(?:werk|een\s+(?:betaalde\s+)?baan)"
    r"|plaatste|plaatsten|geplaatst|uitgestroomd|stroomden\s+uit|stroomde\s+uit)\b",
    re.IGNORECASE,
)
#: The outflow named before the figure: "de uitstroom uit de bijstand bedroeg 120".
_OUTFLOW = re.compile(r"\buitstroom\b", re.IGNORECASE)
#: A negation right before the phrase: people who did not find work are on benefit.
_NEGATED = re.compile(r"\b(?:niet|geen|nooit|nauwelijks)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A negation inside the phrase: "vonden geen werk".
_NEGATION = re.compile(r"\b(?:geen|niet)\b", re.IGNORECASE)
#: Where the figure's clause ends or begins: a punctuation mark or a conjunction.
_BREAK = re.compile(
    r"[,;:()]|\b(?:omdat|doordat|dankzij|terwijl|maar|want|hoewel|zodat|waardoor|en)\b",
    re.IGNORECASE,
)


def placed_recipients(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` without the benefit measure of each count of recipients placed in work.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "In 2016 kwamen 64 mensen met een uitkering aan het werk."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> a = s.index("64")
    >>> ind = Indicator(a, a + 2, 1, "benefit-recipients", "", Decimal(64), "count")
    >>> placed_recipients(doc, [ind])[0].measure is None
    True
    >>> s = "In 2016 kwamen 64 mensen met een uitkering niet aan het werk."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> placed_recipients(doc, [ind])[0].measure
    'benefit-recipients'
    """
    out = list(found)
    for i, ind in enumerate(out):
        if ind.measure not in _RECIPIENTS or ind.unit != "count" or ind.sentence <= 0:
            continue
        if ind.sentence > len(doc.sentences):
            continue
        sentence = doc.sentences[ind.sentence - 1]  # counted from one
        start, end = _clause(doc.text, sentence.start, sentence.end, ind.start, ind.end)
        low = doc.text[start:end].lower()
        if not any(key in low for key in _KEYS):
            continue
        if _placed(doc.text, start, end) or _OUTFLOW.search(doc.text, start, ind.start):
            out[i] = replace(ind, measure=None)
    return out


def _clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The span of the clause holding ``text[a:b]`` within its sentence ``[start, end)``.

    Examples
    --------
    >>> s = "Er zijn 800 uitkeringen, omdat weinig mensen aan het werk komen."
    >>> s[slice(*_clause(s, 0, len(s), 8, 11))]
    'Er zijn 800 uitkeringen'
    """
    lo = start
    for m in _BREAK.finditer(text, start, a):
        lo = m.end()
    after = _BREAK.search(text, b, end)
    return lo, after.start() if after else end


def _placed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says that people went to work, not negated.

    Examples
    --------
    >>> s = "In 2015 vonden 34 mensen met een bijstandsuitkering werk"
    >>> _placed(s, 0, len(s))
    True
    >>> s = "34 mensen met een bijstandsuitkering vinden geen werk"
    >>> _placed(s, 0, len(s))
    False
    """
    return any(
        not _NEGATED.search(text, max(start, m.start() - 25), m.start())
        and not _NEGATION.search(text, m.start(), m.end())
        for m in _PLACED.finditer(text, start, end)
    )
