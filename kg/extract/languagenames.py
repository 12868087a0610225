"""A country's or region's adjective in -s or -sch used as the name of its language.

Dutch names a language by the uninflected adjective of its country, used as a noun:
"het Pools", "in het Arabisch", "spreekt onvoldoende Nederlands", "Turks leren". Such a
word names no place (the Algemene Nederlandse Spraakkunst, 7.3: "het Nederlands", the
adjective as a neuter noun). Two frames mark it without any word list of languages:

- "het" right before it with no capitalised name after it: an attributive adjective after
  "het" takes -e ("het Poolse consulaat"), so an uninflected one ends its noun phrase
  ("het Drents Archief", a name, is left as it is);
- a verb of speaking, learning or mastering a language at most two words before it
  ("spreekt (onvoldoende) Nederlands", "leren Turks"), with no noun of its own after it.

Examples
--------
>>> s = "Er is een spreekuur in het Pools gestart."
>>> names_language(s, s.index("Pools"), s.index("Pools") + 5)
True
>>> s = "Een derde spreekt onvoldoende Nederlands om te werken."
>>> names_language(s, s.index("Nederlands"), s.index("Nederlands") + 10)
True
>>> s = "Het Drents Archief bewaart de stukken."
>>> names_language(s, 4, 10)
False
>>> s = "Veel Pools personeel werkt in de kassen."
>>> names_language(s, 5, 10)
False
"""

from __future__ import annotations

import re

__all__ = ["names_language"]

#: "het" (also "in het", "naar het") right before the adjective.
_THE = re.compile(r"\bhet\s+$", re.IGNORECASE)
#: A verb of using, learning or mastering a language, up to two words before the adjective.
_SPEAK = re.compile(
    r"\b(?:spreekt|spreken|sprak|spraken|spreek|praat|praten|praatte|praatten|leert|leren"
    r"|leerde|leerden|beheerst|beheersen|beheerste|beheersten|verstaat|verstaan|verstond"
    r"|verstonden|schrijft|schrijven|les\s+in|cursus)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: What may follow a language's name: a mark, the end, or a word that opens no noun of its
#: own (a verb's particle or infinitive marker, a conjunction, a preposition).
_ENDS = re.compile(
    r"\s*(?:[.,;:!?)”’\"]|$|(?:om|te|en|of|maar|dan|als|met|bij|in|op|voor|is|was|zijn"
    r"|waren|gestart|geven|gegeven|aangeboden|spreken|leren|praten)\b)",
    re.IGNORECASE,
)


def names_language(text: str, start: int, end: int) -> bool:
    """Whether the adjective at ``text[start:end]`` (ending in -s or -sch) names a language.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The adjective's span.

    Returns
    -------
    bool
    """
    if not text[start:end].endswith(("s", "sch")):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if _THE.search(before):
        return not re.match(r"\s+[A-ZÀ-Þ]", after)
    return _SPEAK.search(before) is not None and _ENDS.match(after) is not None
