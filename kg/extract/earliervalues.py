"""An earlier value of a figure, pointed back to with "dat": "In 2014 was dat nog 1.000".

Dutch reports give the value of an earlier moment right after the current one, referring
back with a demonstrative and a past tense: "Het aandeel 65-plussers is 24%. Tien jaar
geleden was dat nog 17%", "…; in 2015 waren dat er 800", "dat lag toen op 5%", "dat was in
2014 nog 1.100". The earlier value names no measure of its own: it is a value of the figure
it points back to, in the same sentence or the one before, and takes that figure's measure
when the two are stated in the same unit. So does a value set against the current one with
its moment after it ("1.250, tegen 1.100 een jaar eerder", "5,1% (2014: 5,8%)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator
from kg.extract.nationalvalues import unit_family
from kg.extract.placedrecipients import placed_recipients

__all__ = ["earlier_values"]

_PAST = r"(?:was|waren|bedroeg|bedroegen|lag|lagen|telde|telden)"
_POINTER = r"(?:(?:dat|dit|het)\s+(?:aantal|percentage|aandeel|cijfer|bedrag)|dat|dit|het|deze|die)"
#: An adverb or a moment between the verb and the earlier value: "nog", "toen", "in 2014",
#: "tien jaar geleden", "op", "er".
_BETWEEN = (
    r"(?:(?:nog|toen|destijds|pas|maar|slechts|er|op|ongeveer|circa|ruim|bijna"
    r"|in\s+\d{4}|\d{4}|vorig\s+jaar|[^\W\d]+\s+jaar\s+geleden)\s+)*"
)
#: The words right before an earlier value: "was dat nog", "dat was in 2014 nog", "waren
#: dat er", "lag dat toen op".
_EARLIER = re.compile(
    rf"\b(?:{_PAST}\s+{_POINTER}|{_POINTER}\s+{_PAST})\s+{_BETWEEN}$",
    re.IGNORECASE,
)
#: An earlier value set against the current one, its moment after it: "tegen 1.100 een jaar
#: eerder", "tegenover 5,8% in 2014", "vergeleken met 900 vorig jaar"; or a year as the label
#: of a value in brackets: "5,1% (2014: 5,8%)".
_AGAINST_BEFORE = re.compile(
    r"\b(?:tegen(?:over)?|t\.o\.v\.?|ten\s+opzichte\s+van|vergeleken\s+met)\s*$", re.IGNORECASE
)
_MOMENT_AFTER = re.compile(
    r"\s*(?:(?:een|[^\W\d]+)\s+jaar\s+(?:eerder|geleden|daarvoor|terug)|in\s+(?:19|20)\d\d"
    r"|vorig\s+jaar|het\s+jaar\s+(?:ervoor|daarvoor))\b",
    re.IGNORECASE,
)
_YEAR_LABEL = re.compile(r"\(\s*(?:19|20)\d\d\s*:\s*$")


def _earlier(text: str, start: int, ind: Indicator) -> bool:
    """Whether ``ind`` is the value of an earlier moment (``start``: its sentence's start)."""
    lo = max(start, ind.start - 60)
    if _EARLIER.search(text, lo, ind.start):
        return True
    if _YEAR_LABEL.search(text, max(start, ind.start - 10), ind.start):
        return True  # "5,1% (2014: 5,8%)"
    against = _AGAINST_BEFORE.search(text, max(start, ind.start - 25), ind.start)
    return bool(against) and _MOMENT_AFTER.match(text, ind.end) is not None


def earlier_values(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the measure of the figure each earlier value points back to.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Het aandeel ouderen is 24%. In 2010 was dat nog 15%."
    >>> doc = N(text=s, sentences=[N(start=0, end=27), N(start=28, end=len(s))])
    >>> now = Indicator(23, 26, 1, "share-65-plus", "", Decimal(24), "percent")
    >>> then = Indicator(48, 51, 2, None, "", Decimal(15), "percent")
    >>> earlier_values(doc, [now, then])[1].measure
    'share-65-plus'
    """
    # a count of recipients placed in work has no measure to lend ("64 mensen met een
    # uitkering aan het werk, tegen 48 in 2015")
    out = placed_recipients(doc, found)
    for i, ind in enumerate(out):
        if ind.measure is not None or ind.value is None or i == 0:
            continue
        # a sentence's index counts from one
        start = (
            doc.sentences[ind.sentence - 1].start if 0 < ind.sentence <= len(doc.sentences) else 0
        )
        if not _earlier(doc.text, start, ind):
            continue
        family = unit_family(ind.unit)
        for before in reversed(out[:i]):
            if before.sentence < ind.sentence - 1:
                break
            if before.measure is not None and unit_family(before.unit) == family:
                out[i] = replace(ind, measure=before.measure)
                break
    return out
