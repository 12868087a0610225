"""A buffer that lasts a limited time: a reserve granted, its end set against it.

"De reserve is genoeg voor ongeveer twee jaar", "met de buffer kunnen we het tekort twee
jaar opvangen", "de reserve biedt nog drie jaar ruimte", "een buffer voor de komende jaren":
a reserve or buffer said to cover a shortfall for a stated time grants the money that is
there and, in the same words, that it will run out. It reads as a concession ("enough, but
only for two years"), mixed, as "weliswaar …, maar …" does (:func:`kg.extract.concessions.
concessive`). A reserve said to be used up ("is binnen twee jaar op", "uitgeput") is no
buffer granted: negative (:mod:`kg.extract.usedup`), and a reserve that covers with no time
named ("ruim voldoende om tegenvallers op te vangen") is no limit.

General Dutch: the nouns "reserve" and "buffer", the verbs and adjectives of covering a
need ("opvangen", "dekken", "overbruggen", "genoeg", "voldoende", "ruimte bieden") and a
stretch of years.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search

#: A stretch of years: "twee jaar", "een paar jaar", "de komende jaren", "de jaren waarin".
_PERIOD = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|\d+|enkele|een\s+paar|anderhalf)\s+(?:jaar|jaren)"
    r"|(?:de\s+)?komende\s+jaren|de\s+jaren\s+waarin)\b"
)
#: A verb of covering a shortfall, in its infinitive and finite forms.
_COVER = (
    r"(?:opvangen|op\s+te\s+vangen|opgevangen|vangt|vangen|dekken|te\s+dekken|gedekt"
    r"|overbruggen|te\s+overbruggen)\b"
)
#: A buffer's time stated with what it covers: "genoeg/voldoende voor (nog) twee jaar",
#: "biedt nog twee jaar ruimte", "twee jaar opvangen", "de tekorten van de komende jaren op te
#: vangen", "een buffer voor de komende jaren".
_LASTS = re.compile(
    rf"\b(?:genoeg|voldoende|toereikend)\s+(?:\w+\s+){{0,2}}?voor\s+(?:[\w'’]+\s+){{0,2}}?{_PERIOD}"
    rf"|\b(?:biedt|bieden|geeft|geven|bood)\s+(?:[\w'’]+\s+){{0,8}}?{_PERIOD}\s+(?:\w+\s+)?ruimte\b"
    rf"|\b{_PERIOD}[^.;:?!]{{0,60}}?\b{_COVER}"
    rf"|\b{_COVER}[^.;:?!]{{0,60}}?\b{_PERIOD}"
    rf"|\bbuffer\s+voor\s+{_PERIOD}",
    re.IGNORECASE,
)
#: Words of a reserve or a buffer (one of which the claim must hold).
_BUFFERS = ("reserve", "buffer")


def lasts(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` names a reserve or buffer that covers a
    shortfall for a stated time.

    Examples
    --------
    >>> s = "De reserve bedraagt nog € 2 miljoen, genoeg voor ongeveer twee jaar."
    >>> lasts(s, 0, len(s))
    True
    >>> s = "De reserve is bij dit tempo binnen twee jaar op."
    >>> lasts(s, 0, len(s))
    False
    >>> s = "De reserve is ruim voldoende om tegenvallers op te vangen."
    >>> lasts(s, 0, len(s))
    False
    """
    if all(text.find(w, start, end) < 0 for w in _BUFFERS):
        return False  # most claims: two string finds
    return search(_LASTS, text, start, end) is not None
