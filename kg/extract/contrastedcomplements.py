"""Contrasted complements: "zegt dat A, maar dat B" grants A and sets B against it.

A reporting verb with two "dat"-clauses joined by "maar" ("De Wmo-raad zegt dat hij
serieus genomen wordt, maar dat adviezen laat gevraagd worden", "licht toe dat het UWV en
de gemeente samen in het Werkplein zitten, maar dat de systemen niet aansluiten") reports
two findings of one speaker and turns the second against the first: the first is what the
speaker grants, so the claim is mixed even when only one side holds a judgement word.
General Dutch grammar: "maar" coordinates two complements of one verb and contrasts them
(ANS 10.3.4, nevenschikking met "maar"). Where neither side judges ("geven aan dat
begonnen werd met A, maar dat werd besloten tot B") the claim stays unjudged, and where
both do the ordinary weighing of :func:`kg.extract.tone.polarity` decides.
"""

from __future__ import annotations

import re

from kg.extract.dutchwords import is_verb
from kg.extract.prefixscan import search

#: A "dat"-clause, then a comma and "maar dat" in the same sentence part.
PAIRED = re.compile(r"\bdat\b[^.;:?!]*?,\s+maar\s+dat\b", re.IGNORECASE)
#: The word after "maar dat".
_NEXT = re.compile(r"\s+(\w+)")
#: Irregular finite verbs (and "zijn"): right after "dat" they make it the pronoun, a main
#: clause with the verb second ("maar dat is nog niet zo"), not a complement (verb last).
_FINITE = frozenset(
    {"is", "was", "zijn", "waren", "gaat", "ging", "gingen", "staat", "stond", "komt", "kwam",
     "doet", "deed", "ligt", "lag", "zit", "zat", "geldt", "gold", "wil", "zal", "zou", "mag",
     "moet", "kon", "hoeft"}
)  # fmt: skip


def turn(text: str, start: int, end: int) -> int:
    """Where "maar dat" of two contrasted complements stands in ``text[start:end]``, or -1.

    Examples
    --------
    >>> s = "Zij zeggen dat het loket bekend is, maar dat de wachttijd oploopt."
    >>> s[turn(s, 0, len(s)):][:8]
    'maar dat'
    >>> turn("Het loket is bekend, maar dat zegt weinig.", 0, 42)
    -1
    >>> s = "Het doel is dat jongeren werk vinden, maar dat lukt nog niet."
    >>> turn(s, 0, len(s))
    -1
    """
    at = text.find(", maar dat", start, end)
    if at < 0:
        return -1  # most claims
    m = search(PAIRED, text, start, end)
    if m is None:
        return -1
    nxt = _NEXT.match(text, m.end(), end)
    if nxt and (nxt[1].lower() in _FINITE or is_verb(nxt[1].lower())):
        return -1  # "…, maar dat lukt nog niet": the pronoun "dat" and its verb, no complement
    return m.end() - len("maar dat")


def one_sided(text: str, start: int, end: int, judged: list[tuple[tuple[int, int], bool]]) -> bool:
    """Whether the claim has contrasted complements and its judged clauses (``judged``: each
    clause's span and whether it judges) stand on one side of the turn only, so that the
    other side is granted or conceded without a word.

    Examples
    --------
    >>> s = "Zij zeggen dat het loket in het dorp zit, maar dat de wachttijd te lang is."
    >>> at = s.index("maar")
    >>> one_sided(s, 0, len(s), [((0, at - 2), False), ((at, len(s)), True)])
    True
    >>> one_sided(s, 0, len(s), [((0, at - 2), True), ((at, len(s)), True)])
    False
    >>> one_sided(s, 0, len(s), [((0, len(s)), False)])
    False
    """
    spans = [clause for clause, judges in judged if judges]
    if not spans:
        return False
    at = turn(text, start, end)
    if at < 0:
        return False
    return all(a >= at for a, _b in spans) or all(b <= at for _a, b in spans)
