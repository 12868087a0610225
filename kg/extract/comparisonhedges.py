"""A comparison without a figure that is hedged: "iets onder het landelijk gemiddelde".

"Iets", "licht", "nagenoeg", "vrijwel", "ongeveer" before a word of comparison or
change, "rond" before an average, and a verb of appearance with "te" ("meer mensen
lijken op de bank te slapen"; ANS: "lijken" and "schijnen" as semi-auxiliaries) say
the level or change is about as stated, not exactly: the observation is approximate,
the hedge its qualifier. An intensifier
("veel hoger", "fors lager") or "net zo" (just as) hedges nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["hedged"]

_HEDGE = re.compile(
    r"\b(?P<q>iets|licht|lichtjes|ietwat|enigszins|nagenoeg|vrijwel|ongeveer|ruwweg)\s+"
    r"(?:(?:hoger|lager|boven|onder|beneden|meer|minder|vaker|groter|kleiner|gelijk|even"
    r"|gestegen|gedaald|toegenomen|afgenomen|gegroeid|op\s+(?:vooruit|achteruit)|op)\b)"
    r"|\b(?P<around>rond)\s+(?:het|de)\s+(?:\w+\s+)?(?:gemiddelde|niveau)\b"
    # a verb of appearance with "te": "lijken te slapen", "schijnt te groeien"
    r"|\b(?P<seem>lijken|lijkt|leek|leken|schijnen|schijnt|scheen|schenen)\s+te\b",
    re.IGNORECASE,
)


def hedged(text: str, ind: Indicator) -> Indicator:
    """``ind``, a comparison without a figure, approximate when a hedge qualifies it.

    Examples
    --------
    >>> s = "De inkomens liggen rond het gemiddelde."
    >>> ind = Indicator(0, len(s) - 1, 0, "income", "inkomens", None, None, comparison="equal")
    >>> h = hedged(s, ind)
    >>> h.approximate, h.qualifier
    (True, 'rond')
    >>> s = "Het aandeel is veel hoger dan gemiddeld."
    >>> hedged(s, replace(ind, end=len(s) - 1)).approximate
    False
    """
    if ind.value is not None or ind.approximate:
        return ind
    m = _HEDGE.search(text, ind.start, ind.end)
    if m is None:
        return ind
    return replace(ind, approximate=True, qualifier=m["q"] or m["around"] or m["seem"])
