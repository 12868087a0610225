"""Money received short or paid in: "€ 800.000 minder ontvangt", "moet er geld bij leggen".

A municipality's budget for a task is a quantity good to have high
(``kg/data/quantity-direction.toml``: "budget"), and two verb phrases say it falls short
without naming it:

- an amount with "minder" or "meer" and a verb of receiving ("verwacht tot 2018 € 800.000
  minder te ontvangen", "krijgt de gemeente 4 ton meer"): less received is a loss
  (negative), more a gain (positive);
- "geld bijleggen" (Van Dale "bijleggen": een tekort aanvullen; "er geld bij moeten
  leggen"): the municipality makes up a shortfall from its own funds, negative.

Each is a cue on the phrase, which a negator before it turns ("hoeft er geen geld bij te
leggen").
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["funding_shortfalls"]

#: An amount of money: "€ 800.000", "€ 1,2 miljoen", "4 ton", "2 miljoen euro".
_AMOUNT = (
    r"(?:€\s*\d[\d.,]*(?:\s+(?:miljoen|miljard|duizend))?"
    r"|\d[\d.,]*\s+(?:ton|miljoen|miljard)(?:\s+euro)?|\d[\d.,]*\s+euro)"
)
#: Forms of the verbs of receiving.
_RECEIVE = r"(?:ontvangt|ontvangen|ontving|ontvingen|krijgt|krijgen|kreeg|kregen|binnenkrijgt)"
_FUNDING = re.compile(
    _AMOUNT + r"\s+(?:(?P<less>minder)|meer)\s+(?:te\s+)?" + _RECEIVE + r"\b"
    # the verb second in a main clause: "krijgt de gemeente in 2017 € 1,2 miljoen minder"
    r"|\b" + _RECEIVE + r"\s+(?:[\w-]+\s+){0,5}?" + _AMOUNT + r"\s+(?:(?P<less2>minder)|meer)\b"
    # "er geld bij (moet) leggen", "geld bijleggen", "legt er geld bij"
    r"|\b(?P<paid>geld\s+bij\s+(?:\w+\s+)?leggen|geld\s+bij(?:leggen|legt|legde|legden|gelegd)"
    r"|(?:legt|leggen|legde|legden)\s+(?:er\s+)?(?:\w+\s+){0,2}?geld\s+bij)\b",
    re.IGNORECASE,
)


def funding_shortfalls(text: str, start: int, end: int) -> list[Cue]:
    """The cues of money received less or more, or paid in, in ``text[start:end]``.

    Examples
    --------
    >>> s = "De gemeente verwacht tot 2018 circa 4 ton minder te ontvangen."
    >>> [(s[c.start:c.end], c.sign) for c in funding_shortfalls(s, 0, len(s))]
    [('4 ton minder te ontvangen', -1)]
    >>> s = "De gemeente moet er jaarlijks geld bij leggen."
    >>> [(s[c.start:c.end], c.sign) for c in funding_shortfalls(s, 0, len(s))]
    [('geld bij leggen', -1)]
    >>> s = "Zij ontvangen minder klachten dan vorig jaar."
    >>> funding_shortfalls(s, 0, len(s))
    []
    """
    if text.find("geld", start, end) < 0 and not any(
        text.find(w, start, end) >= 0 for w in ("ontv", "krijg", "kreeg")
    ):
        return []  # most claims
    return [
        Cue(m.start(), m.end(), -1 if m.group("less") or m.group("less2") or m.group("paid") else 1)
        for m in _FUNDING.finditer(text, start, end)
    ]
