"""Counted practices: "in vier praktijken", "een praktijk in X" are general practices.

In the social domain a counted "praktijk" is a general practice (huisartsenpraktijk): the
praktijkondersteuner (POH-GGZ, POH-jeugd) works in them, and a profile counts the
practices that take part ("In twee praktijken is afgesproken …", "sinds 2016 in zes
praktijken", "in een aantal praktijken"). The idiom "in de praktijk" (in practice) is
never counted, so only a practice right after a numeral or the article "een", or plural
practices after a vague quantity ("een aantal", "enkele", "meerdere", "verschillende",
"alle") or the possessive "hun" (the practices of the practitioners just named: "een
praktijkondersteuner in hun praktijken"), is read, and only in a document that names
general practitioners (the lexicon's role), so that the practices are theirs (gold
README, thirty-seventh session's settlement, point 5).
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention
from kg.extract.numberwords import WORD_NUMBERS

__all__ = ["counted_practices"]

_NUMERAL = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
#: A numeral (digits, a number word or "een") right before "praktijk(en)", or a vague
#: quantity or "hun" right before "praktijken".
_COUNTED = re.compile(
    rf"\b(?:(?:\d+|{_NUMERAL})\s+(?P<noun>praktijk(?:en)?)"
    r"|(?:een\s+aantal|enkele|meerdere|verschillende|alle|hun)\s+(?P<plural>praktijken))\b",
    re.IGNORECASE,
)


def counted_practices(
    text: str, start: int, end: int, found: list[Mention], practitioners: Mention
) -> list[Mention]:
    """The counted practices in ``[start, end)`` as mentions of ``practitioners``' entity.

    Examples
    --------
    >>> gp = Mention("role/general-practitioners", "role", 0, 0, "")
    >>> text = "Sinds 2016 werkt in zes praktijken een POH. In de praktijk gaat het goed."
    >>> [m.text for m in counted_practices(text, 0, len(text), [], gp)]
    ['praktijken']
    >>> text = "Een praktijk in Halsteren merkt het; een aantal praktijken niet."
    >>> [(m.start, m.text) for m in counted_practices(text, 0, len(text), [], gp)]
    [(4, 'praktijk'), (48, 'praktijken')]
    >>> text = "Zij willen een POH in hun praktijken; lokale praktijken verschillen."
    >>> [m.text for m in counted_practices(text, 0, len(text), [], gp)]
    ['praktijken']
    """
    out = []
    for m in _COUNTED.finditer(text, start, end):
        group = "noun" if m.group("noun") else "plural"
        s, e = m.span(group)
        if not any(f.start < e and s < f.end for f in found):
            out.append(Mention(practitioners.entity, practitioners.kind, s, e, m.group(group)))
    return out
