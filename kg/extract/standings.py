"""Standings: a quantity's level stated by a verb or a predicate, without a figure.

Besides comparatives and verbs of change (:mod:`kg.extract.changes`), Dutch
statistics prose states where a quantity stands in a few more general ways.
Each becomes a :class:`~kg.extract.changes.Change`:

- lagging behind or exceeding: ``de arbeidsparticipatie blijft achter bij het
  landelijk gemiddelde`` (lower), ``de uitgaven overschrijden het budget``
  (higher); the subject must name a quantity;
- a group over- or under-represented: ``ouderen zijn oververtegenwoordigd``;
- ageing of the population as a verb: ``de bevolking vergrijst`` (more people of 65
  and over), ``ontgroent`` (fewer young people); not the adjective (``een vergrijsde
  gemeente`` characterises a place whose figures the text gives);
- too little or too much of a resource (``kg/data/quantity-resources.txt``):
  ``te weinig capaciteit``, ``onvoldoende personeel``, ``te veel uren``;
- a good or bad level of a quantity judged good to have high
  (``kg/data/quantity-direction.toml``): ``de gezondheid is goed``, ``de
  participatie is (volgens de cijfers) laag``, ``scoort slecht op
  gezondheid``; a low level as ``beperkt`` or ``gering`` (``het aantal
  trajecten is beperkt``).

Source: general Dutch of statistics and policy reports (CBS, Sociaal en
Cultureel Planbureau, waarstaatjegemeente.nl), written without reading any
profile. Every pattern is bounded, so the work per sentence is linear.
"""

from __future__ import annotations

import re

from kg.extract.changes import LEVELLED, Change, clause_start
from kg.extract.changewords import QUANTITY, RESOURCES, reference_of
from kg.extract.direction import load as load_directions

#: Key words one of which every match holds (a cheap gate per sentence).
GATE_WORDS = (
    "achter",
    "overschr",
    "overst",
    "overtre",
    "vertegenwoordigd",
    "vergrij",
    "ontgroen",
    "te weinig",
    "te veel",
    "onvoldoende",
    "goed",
    "slecht",
    "gunstig",
    "beperkt",
    "gering",
    "hoge",
    "hoog",
    "lage",
    "laag",
    "jonge",
    "oude",
    "even ",
    "niveau",
    "groot",
    "klein",
    "vergrijzing",
    "ontgroening",
    "krimp",
    "groei",
    "daling",
    "ouder",
    "jonger",
    "hoogste",
    "laagste",
    "grootste",
    "kleinste",
)

_BEHIND = re.compile(
    r"\b(?:blijft|blijven|bleef|bleven|ligt|liggen|lag|lagen|loopt|lopen)\s+"
    r"(?:(?:ver|sterk|fors|flink|iets|wat|nog|duidelijk)\s+)?achter\b"
    r"(?P<ref>\s+bij\s+(?:het\s+|de\s+)?[^,;:.()]{1,60})?"
    r"|\b(?:achterblijft|achterblijven|achterbleef|achterbleven|achtergebleven)\b",
    re.IGNORECASE,
)
_EXCEEDS = re.compile(
    r"\b(?:overschrijdt|overschrijden|overschreed|overschreden|overstijgt|overstijgen"
    r"|oversteeg|overstegen|overtreft|overtreffen|overtrof|overtroffen)\b"
    r"(?P<ref>\s+(?:het|de)\s+[^,;:.()]{1,60})?",
    re.IGNORECASE,
)
_REPRESENTED = re.compile(r"\b(?P<cmp>over|onder)vertegenwoordigd\b", re.IGNORECASE)
_AGEING = re.compile(
    r"\b(?:(?:sterk|snel|fors|flink|relatief|sterker|sneller)\s+)?"
    r"(?P<cmp>vergrijst|vergrijzen|vergrijsde|ontgroent|ontgroenen|ontgroende)\b",
    re.IGNORECASE,
)
_ATTRIBUTIVE = re.compile(r"\b(?:een|de|het|steeds|meer)\s+$", re.IGNORECASE)
_TOO = re.compile(
    r"\b(?P<cmp>te\s+weinig|te\s+veel|onvoldoende)\s+(?P<what>(?:"
    + "|".join(re.escape(r) for r in RESOURCES)
    + r"))\b",
    re.IGNORECASE,
)
#: Quantities of work rather than of the population ("de kwaliteit is goed" is a verdict).
_VERDICTS = frozenset(("kwaliteit", "zicht", "inzicht", "samenhang"))
_GOOD_HIGH = sorted(
    (w for w, sign in load_directions().quantities.items() if sign > 0 and w not in _VERDICTS),
    key=len,
    reverse=True,
)
#: A good quantity judged by a predicate: "de gezondheid is (volgens de cijfers) goed".
_JUDGED = re.compile(
    r"(?:\b[^\W\d][\w-]*en?\s+)?\b(?P<what>[\w-]*(?:" + "|".join(_GOOD_HIGH) + r"))\b"
    r"(?:\s+[^\W\d][\w-]*){0,4}?"
    r"\s+(?:is|zijn|was|waren|blijft|blijven)\s+"
    r"(?:volgens\s+(?:de\s+|het\s+)?[^\W\d][\w-]*\s+)?"
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|over\s+het\s+algemeen)\s+)*"
    r"(?P<cmp>goed|slecht|gunstig|ongunstig)\b(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
#: Not levels as adjectives: "een laag inkomen" defines a group ("huishoudens met een laag
#: inkomen"), "een hoog niveau" is mostly a verdict on quality.
_GROUPS = frozenset(("inkomen", "inkomens", "niveau"))
_LEVEL_NOUNS = "|".join(w for w in LEVELLED if w not in _VERDICTS | _GROUPS)
#: A level as an adjective of a quantity, also with a definite article or none: "het hoge
#: aantal jongeren", "de lage werkloosheid", "hoge kosten", "een hoge jeugdwerkloosheid".
_LEVEL_ADJ = re.compile(
    r"(?:\b(?:een|het|de)\s+(?:(?:relatief|zeer|erg|vrij|bijzonder)\s+)?)?\b"
    r"(?P<cmp>hoge|lage|hoog|laag)\s+(?P<what>[\w-]*(?:" + _LEVEL_NOUNS + r"))\b",
    re.IGNORECASE,
)
#: The age of a population: "een (relatief) jonge bevolking", "een oude bevolking".
_AGED = re.compile(
    r"\b(?:een|de)\s+(?:(?:relatief|zeer|erg|vrij|jonge|oude)\s+)?(?P<cmp>jonge|oude)\s+"
    r"(?:bevolking|bevolkingsopbouw|bevolkingssamenstelling)\b",
    re.IGNORECASE,
)
#: The same level as a reference: "is even hoog als landelijk", "ligt op hetzelfde niveau als".
_SAME_LEVEL = re.compile(
    r"\b(?:(?:ongeveer|vrijwel|nagenoeg)\s+)?(?:even\s+(?:hoog|laag|groot|klein)"
    r"|op\s+(?:hetzelfde|een\s+vergelijkbaar)\s+niveau)\s+als\s+(?P<ref>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: A share or count called large or small: "het aandeel eenpersoonshuishoudens is groot".
_SIZE = re.compile(
    r"\b(?P<what>(?:aandeel|aantal|percentage|deel)\b[^,;:.()]{0,60}?)\s+(?:is|zijn|was|waren)\s+"
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|daarentegen)\s+)*(?P<cmp>groot|klein)\b"
    r"(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
#: The strength of a demographic trend: "een sterke vergrijzing", "een gemiddelde krimp".
_TREND_DEGREE = re.compile(
    r"\b(?:een|de)\s+(?P<deg>sterke|forse|snelle|grote|beperkte|geringe|lichte|gemiddelde)\s+"
    r"(?P<what>vergrijzing|ontgroening|krimp|bevolkingskrimp|groei|bevolkingsgroei"
    r"|bevolkingsdaling)\b",
    re.IGNORECASE,
)
#: A population older or younger than a reference: "de bevolking is ouder dan gemiddeld".
_OLDER = re.compile(
    r"\b(?:bevolking|inwoners)\s+(?:is|zijn|was|waren)\s+(?:(?:gemiddeld|iets|wat|veel|relatief"
    r"|fors)\s+)*(?P<cmp>ouder|jonger)\s+dan\s+(?P<ref>[^,;:.()]{1,40})",
    re.IGNORECASE,
)
#: A superlative among others: "een van de hoogste uitgaven in de regio", "behoren tot de
#: laagste van Nederland".
_SUPERLATIVE = re.compile(
    r"\b(?:een\s+van|tot)\s+de\s+(?P<cmp>hoogste|laagste|grootste|kleinste)\b"
    r"(?P<what>[^,;:.()]{0,60})",
    re.IGNORECASE,
)
#: A quantity whose level a predicate calls small: "het aantal trajecten is beperkt".
_SMALL = re.compile(
    r"\s(?:is|zijn|was|waren|blijft|blijven)\s+(?:(?:erg|zeer|vrij|heel|nog|relatief)\s+)*"
    r"(?:beperkt|gering)(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
_WORDS = {
    "over": "higher",
    "onder": "lower",
    "te weinig": "lower",
    "onvoldoende": "lower",
    "te veel": "higher",
    "goed": "higher",
    "gunstig": "higher",
    "slecht": "lower",
    "ongunstig": "lower",
}


def _reference(words: str | None) -> str | None:
    """The reference after "achter bij" / "overschrijdt": an average, a plan or none."""
    if not words:
        return None
    if re.search(r"\b(?:budget|begroting|raming|norm|plafond)\w*", words, re.IGNORECASE):
        return "expected"
    return reference_of("dan " + words.strip())


def _with_subject(text: str, s0: int, m: re.Match, cmp: str, ref: str | None) -> Change | None:
    """The change of ``m`` with the clause before it as subject, if that names a quantity."""
    c0 = clause_start(text, s0, m.start())
    subject = text[c0 : m.start()]
    if not QUANTITY.search(subject) and not _quantity_word(subject):
        return None
    return Change(c0, m.end(), subject, cmp, ref)


def _quantity_word(words: str) -> bool:
    """True when ``words`` hold a quantity of ``kg/data/quantity-direction.toml``."""
    quantities = load_directions().quantities
    return any(w.strip(".,;:()").lower() in quantities for w in words.split())


def _levels(text: str, start: int, end: int) -> list[Change]:
    """High or low as an adjective of a quantity; a young or old population; the same level."""
    out: list[Change] = []
    for m in _LEVEL_ADJ.finditer(text, start, end):
        out.append(Change(m.start(), m.end(), m.group("what"), _LEVEL[m.group("cmp").lower()]))
    for m in _AGED.finditer(text, start, end):
        young = m.group("cmp").lower() == "jonge"
        out.append(Change(m.start(), m.end(), "jongeren" if young else "ouderen", "higher"))
    for m in _SAME_LEVEL.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if QUANTITY.search(subject) or _quantity_word(subject):
            ref = reference_of("dan " + m.group("ref")) or "other municipalities"
            out.append(Change(c0, m.end(), subject, "equal", ref))
    for m in _SIZE.finditer(text, start, end):
        cmp = "higher" if m.group("cmp").lower() == "groot" else "lower"
        out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    return out + _trends(text, start, end)


def _trends(text: str, start: int, end: int) -> list[Change]:
    """The strength of a demographic trend, an older population, a superlative."""
    out: list[Change] = []
    for m in _TREND_DEGREE.finditer(text, start, end):
        deg, what = m.group("deg").lower(), m.group("what").lower()
        falling = what.startswith(("ontgroening", "krimp", "bevolkingskrimp", "bevolkingsd"))
        if deg == "gemiddelde":
            out.append(Change(m.start(), m.end(), what, "equal", "national average"))
        else:
            cmp = "lower" if falling else "higher"
            out.append(Change(m.start(), m.end(), what, cmp, None, m.group("deg")))
    for m in _OLDER.finditer(text, start, end):
        older = m.group("cmp").lower() == "ouder"
        ref = reference_of("dan " + m.group("ref")) or "other municipalities"
        what = "ouderen" if older else "jongeren"
        out.append(Change(m.start(), m.end(), what, "higher", ref))
    for m in _SUPERLATIVE.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()] + m.group("what")
        if QUANTITY.search(subject) or _quantity_word(subject):
            cmp = "higher" if m.group("cmp").lower() in {"hoogste", "grootste"} else "lower"
            ref = reference_of("dan " + m.group("what").strip()) or "other municipalities"
            out.append(Change(c0, m.end(), subject, cmp, ref))
    return out


_LEVEL = {"hoge": "higher", "hoog": "higher", "lage": "lower", "laag": "lower"}


def find_standings(text: str, start: int, end: int) -> list[Change]:
    """Return the standings of quantities stated in ``text[start:end]``, in text order.

    Examples
    --------
    >>> s = "De arbeidsparticipatie blijft achter bij het landelijk gemiddelde."
    >>> [(c.comparison, c.reference) for c in find_standings(s, 0, len(s))]
    [('lower', 'national average')]
    >>> s = "Het UWV maakt te weinig capaciteit vrij."
    >>> [(s[c.start : c.end], c.comparison) for c in find_standings(s, 0, len(s))]
    [('te weinig capaciteit', 'lower')]
    >>> find_standings("Hij blijft achter bij de groep.", 0, 31)
    []
    """
    out: list[Change] = []
    for m in _BEHIND.finditer(text, start, end):
        change = _with_subject(text, start, m, "lower", _reference(m.group("ref")))
        out += [change] if change else []
    for m in _EXCEEDS.finditer(text, start, end):
        change = _with_subject(text, start, m, "higher", _reference(m.group("ref")))
        out += [change] if change else []
    for m in _REPRESENTED.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        if text[c0 : m.start()].strip():
            cmp = _WORDS[m.group("cmp").lower()]
            out.append(Change(c0, m.end(), text[c0 : m.start()], cmp, "national average"))
    for m in _AGEING.finditer(text, start, end):
        up = m.group("cmp").lower().startswith("vergrij")
        what = "vergrijzing" if up else "jongeren"
        if _ATTRIBUTIVE.search(text, max(start, m.start() - 20), m.start()):
            continue  # "een vergrijsde gemeente" characterises; the figures state the level
        c0 = clause_start(text, start, m.start())
        out.append(Change(c0, m.end(), what, "higher" if up else "lower"))
    for m in _TOO.finditer(text, start, end):
        cmp = _WORDS[" ".join(m.group("cmp").lower().split())]
        out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    for m in _JUDGED.finditer(text, start, end):
        s = m.start()
        art = re.search(r"\b(?:de|het)\s+$", text[max(start, s - 4) : s], re.IGNORECASE)
        s -= len(art.group()) if art else 0
        out.append(Change(s, m.end(), m.group("what"), _WORDS[m.group("cmp").lower()]))
    out += _levels(text, start, end)
    for m in _SMALL.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        if QUANTITY.search(text, c0, m.start()):
            out.append(Change(c0, m.end(), text[c0 : m.start()], "lower"))
    return sorted(out, key=lambda c: (c.start, c.end))
