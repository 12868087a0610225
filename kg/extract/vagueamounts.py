"""Vague amounts of a group or of time: the quantifier words Dutch states them with.

A profile often says how many without a figure: "enkele zorgaanbieders", "sommige
cliënten", "meerdere regio's", "een deel van de daklozen", "een grote groep",
"maanden te laat". Each is an amount with no value (an indicator that is
approximate, its quantifier the qualifier):

- a quantifier before a plural noun of a countable group (people, organisations,
  places, cases: :func:`counts_group`): ``enkele``, ``sommige``, ``meerdere``,
  ``diverse``, ``verschillende``, ``veel``, ``weinig``, ``een aantal`` (a count; the
  noun gives the measure), and ``de meeste``, ``vrijwel alle``, ``lang niet alle`` (a
  share in percent);
- a part of a group: ``een deel van`` (a share in percent), also with a word of
  size or change before ``deel`` that the vague shares of
  :mod:`kg.extract.numberphrases` do not read (``een groeiend deel van``);
- a group of a size: ``een grote groep``, ``een kleine groep jongeren`` (a count);
- a bare plural unit of time, a span of days, weeks or months: ``maanden te laat``,
  ``weken vertraging``.

Not vague amounts: ``voor een deel`` (partly: no ``van`` follows), ``geen enkele``
(none: :mod:`kg.extract.noneof`), a quantifier before a mass noun, an abstract noun or
a kind (``veel ruimte``, ``een aantal zaken``, ``verschillende disciplines``), after an
article or a number (``de verschillende visies``: different) or after a word of
comparison or judgement (``relatief veel``, ``te weinig``: a level), a
span of a named time (``de eerste maanden van 2015``, ``de komende weken``: a
determiner, number or adjective before the unit).

The patterns are anchored on their quantifier words
(:class:`kg.extract.wordruns.Anchors`, held by :mod:`kg.extract.numberphrases`), so
a sentence without any of them is passed over at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.datafiles import word_list
from kg.extract.numberform import Number
from kg.extract.numberwords import WORD_NUMBERS

__all__ = ["ANCHORS", "vague_amounts"]

#: A vague quantifier before the noun it counts, at most two adjectives between ("enkele
#: grote residentiële instellingen", "de vele inwoners"); the noun is read apart
#: (:func:`counts_group`).
_QUANTIFIER = re.compile(
    r"\b(?P<q>enkele|sommige|meerdere|diverse|verschillende|veel|(?:de\s+)?vele|weinig|zoveel)"
    r"(?=\s+(?:[^\W\d][\w-]*e\s+){0,2}(?P<noun>[^\W\d][\w’'-]*)\b)",
    re.IGNORECASE,
)
#: "een aantal" before a noun (not "een klein aantal": :mod:`kg.extract.numberphrases`).
_SOME = re.compile(
    r"\b(?P<q>een\s+aantal)(?=\s+(?:[^\W\d][\w-]*e\s+){0,2}(?P<noun>[^\W\d][\w’'-]*)\b)",
    re.IGNORECASE,
)
#: Vague shares of a group: "de meeste gemeenten", "vrijwel alle dorpen", "lang niet alle".
_MOST = re.compile(
    r"\b(?P<q>de\s+meeste|(?:vrijwel|bijna|nagenoeg|lang\s+niet)\s+alle)"
    r"(?=\s+(?:[^\W\d][\w-]*e\s+){0,2}(?P<noun>[^\W\d][\w’'-]*)\b)",
    re.IGNORECASE,
)
#: Words right before a quantifier that make it no amount: an article, a demonstrative
#: or a number ("de verschillende visies", "vijf verschillende systemen": different), a
#: comparison or a judgement ("relatief veel", "te weinig": a level, read elsewhere), and
#: "geen enkele" (none) or "een enkele" (a single one).
_NOT_BEFORE = frozenset(
    """de het die deze dit dat een geen twee drie vier vijf zes zeven acht negen tien
    hun haar zijn onze uw mijn relatief verhouding opvallend bovengemiddeld
    ondergemiddeld te zo erg""".split()  # noqa: SIM905
)
#: Quantifiers that may follow an article ("de vele inwoners" is "veel inwoners").
_ARTICLED = frozenset({"de vele", "de meeste"})
#: A part of a group: "een deel van de daklozen", "een groeiend deel daarvan" (a share).
_PART = re.compile(
    r"\been\s+(?:(?:groeiend|toenemend|stijgend|afnemend|dalend|substantieel|wisselend)\s+)?"
    r"deel(?=\s+(?:van|daarvan|hiervan|ervan)\b)",
    re.IGNORECASE,
)
#: A group of a size: "een grote groep", "een vrij kleine groep jongeren" (a count).
_GROUP = re.compile(
    r"\been\s+(?:(?:zeer|heel|vrij|relatief|betrekkelijk)\s+)?"
    r"(?:grote|kleine|flinke|aanzienlijke|beperkte|omvangrijke)\s+groep\b",
    re.IGNORECASE,
)
#: A bare plural unit of time: "maanden te laat", "hoor je weken niets" (no number,
#: article, demonstrative, possessive or adjective before it; "jaren" also names a decade).
_TIME = re.compile(
    r"(?<![\d%])(?<!\d\s)(?<!\bde\s)(?<!\bhet\s)(?<!\bdie\s)(?<!\bdeze\s)(?<!\bzijn\s)(?<!\bhun\s)"
    r"(?<!\bhaar\s)(?<!\bpaar\s)(?<!\bvele\s)(?<!\balle\s)(?<!\btal\s)"
    r"(?<![^\W\d]e\s)(?<!afgelopen\s)(?<!voorgaande\s)"
    r"\b(?P<unit>dagen|weken|maanden)\b"
    r"(?!\s+(?:van|na|voor|voordat|nadat|geleden|eerder)\b|\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: The words each pattern's every match holds as a whole run, for
#: :class:`kg.extract.wordruns.Anchors`.
ANCHORS: dict[re.Pattern, list[str]] = {
    _QUANTIFIER: ["enkele|sommige|meerdere|diverse|verschillende|veel|vele|weinig|zoveel"],
    _SOME: ["een", "aantal"],
    _MOST: ["meeste|alle"],
    _PART: ["een", "deel"],
    _GROUP: ["een", "groep"],
    _TIME: ["dagen|weken|maanden"],
}
#: Countable groups a quantifier counts: people, organisations, places, cases
#: (``kg/data/quantity-groups.txt``), also as the last part of a compound.
GROUPS = word_list("quantity-groups.txt")
#: Plural endings of nouns of persons: agent nouns ("inwoners", "budgethouders"),
#: nominalised participles and adjectives ("werkzoekenden", "gerechtigden", "daklozen")
#: and "-ist" ("specialisten").
_PERSON_ENDINGS = ("ers", "enden", "igden", "lozen", "isten")
#: Words with such an ending that name no person.
_NOT_GROUPS = frozenset({"cijfers", "nummers", "letters", "computers", "anders", "papers"})


def counts_group(noun: str) -> bool:
    """Whether a plural noun names a countable group a vague quantifier can count.

    Examples
    --------
    >>> [counts_group(w) for w in ("zorgaanbieders", "wijkteams", "regio’s", "dorpen")]
    [True, True, True, True]
    >>> [counts_group(w) for w in ("cijfers", "visies", "ruimte", "disciplines", "teamleden")]
    [False, False, False, False, True]
    """
    word = noun.lower().replace("’", "'")
    if word in _NOT_GROUPS:
        return False
    if word in GROUPS:
        return True
    if word.endswith(_PERSON_ENDINGS):
        return len(word) > 5
    # a compound whose last part is a group ("zorgaanbieders", "oud-mijnwerkers")
    return any(word.endswith(head) and len(word) - len(head) >= 3 for head in _HEADS)


#: The group nouns by length, longest first, for the compound test.
_HEADS = sorted((g for g in GROUPS if len(g) >= 5), key=len, reverse=True)
#: The unit of a bare plural unit of time.
_TIME_UNITS = {"dagen": "days", "weken": "weeks", "maanden": "months"}


def vague_amounts(
    scan: Callable[[re.Pattern], Iterable[re.Match]], text: str, start: int
) -> list[Number]:
    """The vague amounts in a sentence, each a :class:`Number` without a value.

    Parameters
    ----------
    scan : callable
        ``scan(pattern)`` gives the pattern's matches in the sentence (its
        anchors looked up once: :meth:`kg.extract.wordruns.Anchors.scanner`).
    text : str
        The document's text.
    start : int
        Where the sentence starts.

    Returns
    -------
    list of Number
        The quantifier's span (the noun it quantifies follows), with the unit
        ``count``, ``percent`` or a unit of time and the form ``vague``.

    Examples
    --------
    >>> def scan(s):
    ...     return lambda pattern: pattern.finditer(s)
    >>> s = "Enkele grote aanbieders en sommige cliënten, maar geen enkele school."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('Enkele', 'count'), ('sommige', 'count')]
    >>> s = "Een deel van de jongeren wacht maanden op hulp; voor een deel klopt dat."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('Een deel', 'percent'), ('maanden', 'months')]
    >>> s = "In de eerste maanden van 2016 bleef een kleine groep jongeren buiten beeld."
    >>> [(n.qualifier, n.unit) for n in vague_amounts(scan(s), s, 0)]
    [('een kleine groep', 'count')]
    """
    found: list[Number] = []
    for pattern, unit in ((_QUANTIFIER, "count"), (_SOME, "count"), (_MOST, "percent")):
        for m in scan(pattern):
            if counts_group(m.group("noun")) and _counts(text, m, start):
                found.append(Number(m.start(), m.end("q"), None, unit, "vague", m.group("q")))
    for pattern, unit in ((_PART, "percent"), (_GROUP, "count")):
        for m in scan(pattern):
            found.append(Number(m.start(), m.end(), None, unit, "vague", m.group()))
    for m in scan(_TIME):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        if m.start() >= start and (before is None or before[1].lower() not in _TIME_NOT_BEFORE):
            unit = _TIME_UNITS[m.group("unit").lower()]
            found.append(Number(m.start(), m.end(), None, unit, "vague", m.group()))
    found.sort(key=lambda n: n.start)
    return found


_WORD_BEFORE = re.compile(r"([^\W\d]+|\d)\s+$")
#: Words before a bare unit of time that make it no vague span: a number word the
#: figures leave out ("per vier weken": a rate's span) and "per", "om de".
_TIME_NOT_BEFORE = frozenset({*WORD_NUMBERS, "per", "de"})


def _counts(text: str, m: re.Match, start: int) -> bool:
    """Whether the quantifier of ``m`` counts: no article, number or degree word before it."""
    if m.group("q").lower() in _ARTICLED:
        return True
    before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
    return before is None or before.group(1).lower() not in _NOT_BEFORE
