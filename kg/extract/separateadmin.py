"""Separate administration: the same billing or accounting done apart for each funder.

"Aanbieders moeten voor iedere gemeente afzonderlijk factureren", "zij declareert op drie
verschillende manieren", "per gemeente apart verantwoorden": since 2015 a provider that
works for several municipalities bills, registers and reports to each of them in its own
way, and the administrative burden this brings is the common complaint of providers and
professionals in the study of the decentralisation. A claim that states such separate
administration and judges nothing else reads as that complaint, negative (asked by
:func:`kg.extract.unjudged.unjudged` after :mod:`kg.extract.duplicatework`, which reads
the same record kept twice).

Two forms count, each with a verb (or noun) of billing, registering or reporting in the
claim:

- a distributive phrase over the funders ("per gemeente", "voor iedere gemeente", "voor
  elke financier") with an obligation or a word of separateness ("moeten", "afzonderlijk",
  "apart", "telkens"): "moeten voor iedere gemeente afzonderlijk factureren";
- "op twee (drie, …, verschillende) manieren": "declareert op drie verschillende manieren".

A claim that denies it ("hoeven niet meer per gemeente te factureren", "geen aparte
declaratie") is not read.
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lower_span

#: Stems of billing, registering and reporting (general Dutch of administration, Van Dale:
#: factureren, declareren, registreren, verantwoorden, rapporteren, aanleveren,
#: administreren), matched at a word's start; also the cheap gate of :func:`separate`.
_STEMS = ("factu", "declar", "registr", "verantwoord", "rapporte", "aanlever", "administr")
_ADMIN = re.compile(r"\b(?:" + "|".join(_STEMS) + r")")

#: A distributive phrase over the funders: "per gemeente", "voor iedere gemeente", "voor
#: elke opdrachtgever" (the parties a provider bills; not a time: "per kwartaal").
_EACH_FUNDER = re.compile(
    r"\b(?:per|voor\s+(?:elke|iedere|ieder|elk))\s+(?:afzonderlijke\s+|aparte\s+)?"
    r"(?:gemeente|financier|opdrachtgever|regio|zorgverzekeraar|wet|instantie)\w*"
)
#: An obligation or a word of separateness beside the distributive phrase.
_APART = re.compile(
    r"\b(?:moet|moeten|moest|moesten|afzonderlijk|apart|telkens|steeds\s+opnieuw)\b"
)
#: Several ways of doing it: "op drie (verschillende) manieren".
_WAYS = re.compile(
    r"\bop\s+(?:(?:twee|drie|vier|vijf|zes|[2-9])\s+(?:verschillende\s+)?|verschillende\s+)"
    r"manieren\b"
)
#: Words that deny or lift the burden: "hoeven niet meer", "niet langer", "geen".
_DENIED = re.compile(r"\b(?:niet|geen|nooit|hoeft|hoeven|hoefde|hoefden)\b")


def separate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states billing, registering or reporting done apart
    for each funder, or in several ways.

    Examples
    --------
    >>> s = "Aanbieders moeten voor iedere gemeente afzonderlijk factureren."
    >>> separate(s, 0, len(s))
    True
    >>> s = "Een thuiszorgorganisatie declareert op drie verschillende manieren."
    >>> separate(s, 0, len(s))
    True
    >>> s = "Aanbieders hoeven niet meer per gemeente te factureren."
    >>> separate(s, 0, len(s))
    False
    >>> s = "De gemeente rapporteert per kwartaal aan de raad."
    >>> separate(s, 0, len(s))
    False
    """
    low = lower_span(text, start, end)
    for stem in _STEMS:
        if stem in low:
            break
    else:
        return False  # most claims: no word of administration
    if _ADMIN.search(low) is None or _DENIED.search(low) is not None:
        return False
    if _WAYS.search(low) is not None:
        return True  # "declareert op drie verschillende manieren"
    return _EACH_FUNDER.search(low) is not None and _APART.search(low) is not None
