"""One provision per place: "een jeugdarts aan elk team", "op iedere school een spreekuur".

A singular noun phrase with "een" set beside "elk(e)"/"ieder(e)" and a place or unit of
organisation where services are provided (``kg/data/provision-units.txt``: a school, a
village or neighbourhood, a team, a practice, a location) says how many of the thing
each unit has: one, a count of 1, as "één per gebied" (gold README: an amount in words).
Three orders carry it:

- the provision first: "een vaste contactpersoon op elke school", "een consulent van het
  team bij iedere huisartsenpraktijk" (at most five words between noun and preposition);
- the unit first, after a preposition: "in elke kern een spreekuur", "op iedere
  basisschool sinds 2016 een vaste contactpersoon";
- the unit as subject with a verb of having: "elk team heeft een eigen coördinator",
  "dat elke school sinds 2016 een aanspreekpunt heeft", "werkt elk team met een vaste
  huisarts".

Not read: a denied or restricted unit ("niet op elke school", "lang niet iedere wijk"),
plural provisions ("wijkteams in elke wijk", no "een"), a vague amount after "een" ("een
paar", "een aantal", "een deel") and units outside the list (the municipality, an
application, an hour, a child: a procedure per unit is left open).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.datafiles import word_list
from kg.extract.numbers import Number
from kg.extract.problemclauses import alternation
from kg.extract.wordtokens import lowered

__all__ = ["one_per_unit"]

_EACH = r"(?:elke|elk|iedere|ieder)"
#: The unit: an optional adjective, then a noun ending in one of the list's heads.
_UNIT = (
    r"(?:(?:sociaal|[^\W\d][\w-]*e)\s+)?[^\W\d]*?(?:"
    + alternation(sorted(word_list("provision-units.txt")))
    + r")(?![\w-])"
)
_PREP = r"(?:op|bij|aan|in|voor|per)"
#: Words after "een" that make it a vague amount or a span of time, not one thing, and
#: nouns of manner or character, which say how the units differ ("elke wijk heeft een eigen
#: aanpak"), not how many of a thing each has.
_NOT_ONE = (
    r"(?!(?:paar|aantal|deel|beetje|keer|tijd|ander|andere|zelfde|jaar|maand|week|dag|uur)\b)"
    r"(?!(?:eigen\s+)?(?:aanpak|werkwijze|manier|karakter|cultuur|sfeer|identiteit|profiel"
    r"|beleid|systeem|invulling|tarief|tarieven)\b)"
)
#: "een" and its noun phrase: modifiers (in -e or -lijks, "eigen", "vast"), then the noun.
_ONE = (
    r"\been\s+" + _NOT_ONE + r"(?:(?:[^\W\d][\w-]*(?:e|lijks)|eigen|vast|apart)\s+){0,2}"
    r"[^\W\d][\w-]{2,}"
)
_GAP = r"(?:[^\s.,;:!?()]+\s+)"  # one word of the gap between the parts, no punctuation
_HAVE = r"(?:heeft|hebben|had|hadden|krijgt|kreeg|kregen|houdt|hield|telt)"
_PER_UNIT = re.compile(
    # "een jeugdarts aan elk team"
    rf"{_ONE}\s+{_GAP}{{0,5}}?{_PREP}\s+{_EACH}\s+{_UNIT}"
    # "op elke school een contactpersoon"
    rf"|\b{_PREP}\s+{_EACH}\s+{_UNIT}\s+{_GAP}{{0,3}}?{_ONE}"
    # "elk team heeft een …", "heeft elk team een …", "elk team met een …"
    rf"|\b(?:{_HAVE}\s+)?{_EACH}\s+{_UNIT}\s+(?:{_HAVE}\s+{_GAP}{{0,3}}?|met\s+)?{_ONE}"
    # "dat elke school sinds 2016 een aanspreekpunt heeft"
    rf"|\b{_EACH}\s+{_UNIT}\s+{_GAP}{{0,3}}?{_ONE}(?=\s+{_HAVE}\b)",
    re.IGNORECASE,
)
#: A denial or restriction right before: "niet op elke school", "lang niet iedere wijk".
_DENIED = re.compile(r"\b(?:niet|nauwelijks|zelden)\s+(?:\w+\s+)?$", re.IGNORECASE)


def one_per_unit(text: str, start: int, end: int) -> list[Number]:
    """The provisions of one per place or unit in ``text[start:end]`` (``Number`` 1, unit
    ``count``, form ``each``; the span is the whole phrase), in text order.

    Examples
    --------
    >>> s = "Sinds 2016 werkt er een jeugdverpleegkundige op elke basisschool."
    >>> [(s[n.start : n.end], n.value) for n in one_per_unit(s, 0, len(s))]
    [('een jeugdverpleegkundige op elke basisschool', Decimal('1'))]
    >>> s = "Het wijkteam houdt in iedere dorpskern een inloopspreekuur."
    >>> [s[n.start : n.end] for n in one_per_unit(s, 0, len(s))]
    ['in iedere dorpskern een inloopspreekuur']
    >>> s = "Elk gebiedsteam heeft sinds vorig jaar een eigen gedragswetenschapper."
    >>> [s[n.start : n.end] for n in one_per_unit(s, 0, len(s))]
    ['Elk gebiedsteam heeft sinds vorig jaar een eigen gedragswetenschapper']
    >>> s = "Volgens de wethouder heeft elke wijk een eigen buurtcoach."
    >>> [s[n.start : n.end] for n in one_per_unit(s, 0, len(s))]
    ['heeft elke wijk een eigen buurtcoach']
    >>> one_per_unit("Er is lang niet op elke school een vaste contactpersoon.", 0, 56)
    []
    >>> one_per_unit("Bij elke aanvraag hoort een nieuw formulier.", 0, 44)
    []
    """
    low = lowered(text)
    if low is not None and low.find("elk", start, end) < 0 and low.find("ieder", start, end) < 0:
        return []  # most sentences: no "elk(e)" or "ieder(e)"
    found = []
    for m in _PER_UNIT.finditer(text, start, end):
        if _DENIED.search(text, max(start, m.start() - 20), m.start()):
            continue
        found.append(Number(m.start(), m.end(), Decimal(1), "count", "each"))
    return found
