"""The inhabitants of the profile's municipality named by their demonym ("Veel Haarlemmers
werken in Amsterdam", "Leidenaren", "Apeldoorners").

A demonym is a mention of the municipality, as its adjectival form is, and of the
residents (tests/gold/README.md: "A demonym ("Apeldoorners") is a mention of the
municipality, as its adjectival form is, and of `role/residents`"). Dutch forms a demonym
from the place name with "-er" (Apeldoorner, Tilburger), with the final consonant doubled
after a short vowel (Haarlemmer, Amsterdammer), or with "-aar"/"-naar" and "-enaar"
(Bredanaar, Leidenaar, Zwollenaar, Delftenaar); the plural adds "-s" or "-en"
(Algemene Nederlandse Spraakkunst, "inwonersnamen"; taaladvies.net). Only the plural is
read: a singular "Haarlemmer" is also an adjective ("Haarlemmer Hout"). A name in -ingen
drops its -en (Groningers, Vlissingers, Wageningers). A name of more than one word has no
such form and is not tried.

The uninflected adjective in -er of a name in -en ("de Ommer contracten", "het Emmer
beleid") stands for the municipality as its -se adjective does; it names no residents, so
it is a mention of the municipality only, read after an article and before a noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.model import SentenceMention
from kg.namespaces import CONCEPT

__all__ = ["RESIDENTS", "demonym_mentions", "demonyms_of"]

#: The actor role of the inhabitants.
RESIDENTS = CONCEPT + "role/residents"


@lru_cache(maxsize=8)
def _pattern(name: str) -> re.Pattern[str] | None:
    """The plural demonyms of a one-word municipality name, or None for another name.

    Examples
    --------
    >>> p = _pattern("Haarlem")
    >>> [bool(p.fullmatch(w)) for w in ("Haarlemmers", "Haarlemmer", "Haarlemse", "Haarlem")]
    [True, False, False, False]
    >>> [bool(_pattern(n).fullmatch(w)) for n, w in (("Leiden", "Leidenaren"),
    ...     ("Zwolle", "Zwollenaren"), ("Breda", "Bredanaars"), ("Apeldoorn", "Apeldoorners"),
    ...     ("Delft", "Delftenaren"))]
    [True, True, True, True, True]
    >>> _pattern("Alphen aan den Rijn") is None
    True
    """
    if not name.isalpha() or not name[0].isupper():
        return None
    last = re.escape(name[-1]) + "?" if name[-1] not in "aeiouy" else ""
    forms = rf"{re.escape(name)}{last}(?:ers|(?:e?n)?aren|(?:e?n)?aars)"
    if name.endswith("ingen"):  # a name in -ingen drops its -en: Groningers, Vlissingers
        forms += rf"|{re.escape(name[:-2])}ers"
    return re.compile(rf"\b(?:{forms})\b")


@lru_cache(maxsize=8)
def _attributive(name: str) -> re.Pattern[str] | None:
    """The uninflected adjective in -er of a one-word name in -en, after an article and
    before a noun ("de Ommer contracten", "het Emmer beleid"), or None for another name.

    Examples
    --------
    >>> p = _attributive("Ommen")
    >>> [bool(p.search(t)) for t in ("de Ommer contracten", "De Ommer", "Ommers", "de Ommen")]
    [True, False, False, False]
    >>> _attributive("Haarlem") is None
    True
    """
    if not name.isalpha() or not name[0].isupper() or len(name) < 5 or not name.endswith("en"):
        return None
    return re.compile(
        rf"\b(?:[Dd]e|[Hh]et|[Ee]en|[Oo]nze)\s+(?P<adj>{re.escape(name[:-2])}er)\s+(?=[a-z])"
    )


def demonyms_of(iri: str) -> re.Pattern[str] | None:
    """The plural demonyms of the municipality ``iri``, from its one-word key (None for a
    key of more words).

    Examples
    --------
    >>> bool(demonyms_of("id/municipality/leiden").search("Veel Leidenaren werken elders."))
    True
    >>> demonyms_of("id/municipality/den-helder") is None
    True
    """
    return _pattern(iri.rsplit("/", 1)[-1].capitalize())


def demonym_mentions(
    text: str, sentences: list[tuple[int, int, int]], name: str, iri: str
) -> list[SentenceMention]:
    """The mentions of the municipality ``iri`` (named ``name``) and of the residents where a
    sentence ``(start, end, index)`` names its inhabitants by their demonym.

    Examples
    --------
    >>> text = "Veel Haarlemmers werken in Amsterdam."
    >>> found = demonym_mentions(text, [(0, 37, 0)], "Haarlem", "m/h")
    >>> [(m.entity.rsplit("/", 1)[-1], m.text) for m in found]
    [('h', 'Haarlemmers'), ('residents', 'Haarlemmers')]
    """
    pattern = _pattern(name)
    stem = name[:-2] if name.endswith("en") else name
    if pattern is None or stem not in text:
        return []
    adjective = _attributive(name) if stem + "er " in text else None
    out = []
    for start, end, index in sentences:
        for m in pattern.finditer(text, start, end):
            out.append(SentenceMention(iri, "municipality", m.start(), m.end(), m.group(), index))
            out.append(SentenceMention(RESIDENTS, "role", m.start(), m.end(), m.group(), index))
        for m in adjective.finditer(text, start, end) if adjective else ():
            a, b = m.span("adj")
            out.append(SentenceMention(iri, "municipality", a, b, m.group("adj"), index))
    return out
