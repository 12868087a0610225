"""Contrasts: a quantity set against a reference in words, without a figure.

Besides comparatives with "dan" (:mod:`kg.extract.changes`) and standings
(:mod:`kg.extract.standings`), statistical profiles compare a quantity with
the country, the province or region, similar municipalities, a plan or an
earlier year in a few more general forms. Each becomes a
:class:`~kg.extract.changes.Change`:

- a level followed by what it is set against: ``het zorggebruik is hoog in
  vergelijking met het landelijk beeld``, ``ligt lager ten opzichte van 2014``;
- a quantifier in a clause that names a reference: ``ten opzichte van de regio
  wonen er veel ouderen``, ``weinig jongeren in vergelijking met andere
  gemeenten`` (``veel`` alone mostly introduces a group, so a reference is
  required);
- hardly differing from a reference: ``wijkt nauwelijks af van het landelijk
  gemiddelde``, ``verschilt weinig van de regio`` (equal);
- above or below a reference other than an average: ``ligt onder dat van
  vergelijkbare gemeenten``, ``de kosten komen boven de begroting uit``,
  ``ver beneden de doelstelling``;
- a superlative among others: ``is het hoogste van de regio``, ``de gemeente
  met de laagste werkloosheid``.

Every subject must name a quantity (a quantity noun of
:mod:`kg.extract.changewords` or a quantity of
``kg/data/quantity-direction.toml``) unless the reference is an average.
Source: general Dutch of statistics reports (CBS, waarstaatjegemeente.nl,
Sociaal en Cultureel Planbureau), written without reading any profile. Every
pattern is bounded, so the work per sentence is linear.
"""

from __future__ import annotations

import re

from kg.extract.changes import _PARTICLES as PARTICLES
from kg.extract.changes import Change, against_reference, clause_start
from kg.extract.changewords import DIRECTION, QUANTIFIER_WORDS, compared_with
from kg.extract.ellipsis import RULES as ELLIPSIS_RULES
from kg.extract.figureless import RULES as FIGURELESS_RULES
from kg.extract.numberwords import FUNCTION_WORDS
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.prefixscan import may_hold_in
from kg.extract.rulegates import RuleGates
from kg.extract.subjects import names_quantity as _quantity

#: What a quantity is set against, named by a preposition phrase.
_AGAINST = r"(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.?)"
_BE = r"(?:is|zijn|was|waren|ligt|liggen|lag|lagen|blijft|blijven|bleef|bleven|scoort|scoren)"
_DEGREE = r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|wat|iets|fors|veel|duidelijk|flink)\s+)*"
_LEVEL_AGAINST = re.compile(
    rf"\s{_BE}\s+{_DEGREE}(?P<cmp>hoog|laag|hoger|lager|groot|klein|groter|kleiner)\s*,?\s+"
    rf"(?P<ref>{_AGAINST}\s+[^,;:.()]{{1,60}})",
    re.IGNORECASE,
)
_AGAINST_PHRASE = re.compile(rf"\b{_AGAINST}\s+[^,;:.()]{{1,60}}", re.IGNORECASE)
#: A quantifier on a plural noun: "veel ouderen", "relatief weinig jongeren", "meer cliënten".
_QUANTIFIED = re.compile(
    r"\b(?:(?:relatief|opvallend|erg|zeer|heel|nog)\s+)?(?P<cmp>veel|"
    + "|".join(QUANTIFIER_WORDS)
    + r")\s+"
    r"(?P<what>[^\W\d][\w’'-]*(?:en|s))\b",
    re.IGNORECASE,
)
#: Words before a quantifier that make it no statement of a level: "in veel gevallen",
#: "te veel" (a judgement, read by standings), "net zo veel", "onder meer", "niet meer".
_NOT_LEVEL = re.compile(r"\b(?:in|te|zo|net|onder|niet|geen|steeds|hoe|des)\s+$", re.IGNORECASE)
#: Clause ends for the quantifier rule: a reference in another clause compares another thing.
_SEGMENT_END = re.compile(r"[;:]|\.(?=\s)|\b(?:maar|terwijl)\b", re.IGNORECASE)
_HARDLY = (
    r"(?:niet\s+of\s+nauwelijks|nauwelijks|amper|weinig|maar\s+weinig|niet\s+(?:veel|sterk)"
    r"|(?:vrijwel|nagenoeg|bijna)\s+niet|niet)"
)
#: Hardly differing from a reference: "wijkt nauwelijks af van het gemiddelde".
_DEVIATES = re.compile(
    r"\b(?:wijkt|wijken|week|weken)\s+(?P<mid>(?:[^\W\d][\w-]*\s+){0,6}?)"
    + _HARDLY
    + r"\s+af\s+van\s+(?P<ref>[^,;:.()]{1,60})"
    r"|\b(?:verschilt|verschillen|verschilde|verschilden)\s+(?:(?:daarin|hierin|ook|dus)\s+)?"
    + _HARDLY
    + r"\s+(?:van|met)\s+(?P<ref2>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: Above or below a named reference that is not an average ("ligt/is boven het gemiddelde"
#: is read by :mod:`kg.extract.comparisons`): another place's level, a plan or a norm.
_ABOVE = re.compile(
    r"\b(?:ligt|liggen|lag|lagen|is|zijn|was|waren|blijft|blijven|bleef|bleven|zit|zitten|zat"
    r"|zaten|komt|komen|kwam|kwamen|uitkomt|uitkomen|uitkwam)\s+(?:(?:uit|daarmee|ook|nog|dus"
    r"|daarmee)\s+)*(?:(?:ruim|ver|net|fors|iets|wat|flink|duidelijk|sterk|licht|ruimschoots"
    r"|royaal)\s+)?(?P<cmp>boven|onder|beneden)\s+(?P<ref>(?:dat|die)\s+(?:van|in)\s+"
    r"[^,;:.()]{1,60}|(?:het|de)\s+(?:(?:landelijke?|nederlandse?|provinciale|regionale"
    r"|gestelde|afgesproken)\s+)?(?:budget|begroting|raming|norm|streefwaarde|streefcijfer"
    r"|doelstelling|doel|verwachting|prognose|gemiddelde|niveau)\w*"
    r"(?:\s+(?:van|in|voor)\s+[^,;:.()]{1,40})?)",
    re.IGNORECASE,
)
#: A superlative among others: "is het hoogste van de regio", "met de laagste werkloosheid".
_TOP = re.compile(
    r"\b(?P<verb>is|zijn|was|waren|ligt|liggen|heeft|hebben|had|kent|kennen|telt|tellen|met)\s+"
    r"(?:(?:veruit|verreweg|ook|nog\s+steeds)\s+)?(?:het|de)\s+"
    r"(?P<cmp>hoogste|laagste|grootste|kleinste)\b(?P<what>(?:\s+[^\W\d][\w’'-]*){0,4}?)"
    r"(?:\s+(?P<ref>(?:van|in|binnen|onder)\s+(?:de\s+|het\s+|heel\s+|alle\s+)?"
    r"(?:regio|provincie|land|nederland|\w*gemeenten|(?-i:[A-Z])[\w-]+)\b)|(?=\s*[,.;:)]|\s*$))",
    re.IGNORECASE,
)
#: The end of a predicate: punctuation, the sentence's end or a coordinating word.
_ENDS = r"(?=\s*(?:[,.;:)]|$|en\b|maar\b))"
_TOP_WORDS = {"hoogste": "higher", "grootste": "higher", "laagste": "lower", "kleinste": "lower"}
_BELOW = {"boven": "higher", "onder": "lower", "beneden": "lower"}
#: A level as the last word of a subordinate clause: "dat het aantal cliënten hoog is".
_FINAL = re.compile(
    r"\b" + _DEGREE + r"(?P<cmp>hoog|laag|hoger|lager)\s+(?:is|zijn|was|waren|ligt|liggen|lag"
    r"|lagen|blijft|blijven|uitvalt|uitvallen)\b" + _ENDS,
    re.IGNORECASE,
)
#: A comparative predicate with words between copula and comparative and no reference:
#: "het aantal cliënten is iets hoger", "is in de gemeente lager".
_HIGHER = re.compile(
    r"\s(?:is|zijn|was|waren)\s+(?:(?!dan\b|als\b)[^\W\d][\w-]*\s+){1,4}?"
    r"(?P<cmp>hoger|lager)" + _ENDS,
    re.IGNORECASE,
)
#: "ligt … hoog": a level after the verb "liggen" and words between ("ligt onder jongeren hoog").
_LIES = re.compile(
    r"\s(?:ligt|liggen|lag|lagen)\s+(?:(?!dan\b|als\b)[^\W\d][\w-]*\s+){0,5}?"
    r"(?P<cmp>hoog|laag)\b" + _ENDS,
    re.IGNORECASE,
)
#: A level after an insertion between commas: "is, in vergelijking met de regio, laag".
_INSERTED = re.compile(
    r"\s(?:is|zijn|was|waren|ligt|liggen|lag|lagen|blijft|blijven)\s*,\s*(?P<ins>[^,;:.()]{1,60}),"
    r"\s*" + _DEGREE + r"(?P<cmp>hoog|laag|hoger|lager|groot|klein)\b" + _ENDS,
    re.IGNORECASE,
)
#: A label and its level: "Aandeel ouderen: hoog", "Wmo-gebruik: bovengemiddeld".
_LABELLED = re.compile(
    r"(?P<what>\b[^\W\d][^:;.,()\n]{1,60}?)\s*:\s*" + _DEGREE + r"(?P<cmp>hoog|laag"
    r"|bovengemiddeld|ondergemiddeld)\b" + _ENDS,
    re.IGNORECASE,
)
#: How much a service is used: "er wordt veel gebruik gemaakt van", "weinig beroep op".
_USE = re.compile(
    r"\b(?:(?:relatief|opvallend|erg|zeer|heel|naar\s+verhouding|bovengemiddeld)\s+)?"
    r"(?P<cmp>veel|weinig|meer|minder)\s+(?P<what>gebruik\s+(?:\w+\s+){0,2}?van|beroep\s+"
    r"(?:\w+\s+){0,2}?op|vraag\s+naar)\s+(?P<of>(?:de\s+|het\s+)?[^,;:.()]{1,40}?)"
    r"(?:\s+dan\s+(?P<ref>[^,;:.()]{1,40}))?(?=\s*(?:[,.;:)]|$)|\s+(?:en|maar|door|bij|in|voor)\b)",
    re.IGNORECASE,
)
#: Lengths of time as levels: "de wachttijd is lang", "lange wachtlijsten" (longer is higher).
_TIME_NOUN = r"[\w-]*(?:wachttijd|wachtlijst|doorlooptijd|wachttermijn|behandeltermijn)(?:en)?"
#: The nouns of :data:`_TIME_NOUN`: every match of :data:`_LONG` holds one.
_TIME_NOUNS = ("wachttijd", "wachtlijst", "doorlooptijd", "wachttermijn", "behandeltermijn")
_LONG = re.compile(
    r"\b(?P<what>" + _TIME_NOUN + r")\b(?:\s+[^\W\d][\w-]*){0,4}?\s+(?:is|zijn|was|waren|blijft"
    r"|blijven)\s+"
    + _DEGREE
    + r"(?:te\s+)?(?P<cmp>lang|kort)\b"
    + _ENDS
    + r"|\b(?P<cmp2>lange|korte)\s+(?P<what2>"
    + _TIME_NOUN
    + r")\b",
    re.IGNORECASE,
)
#: The same as a reference or as before: "nagenoeg hetzelfde als vorig jaar", "even groot
#: gebleven", and a comparative outcome: "zijn hoger uitgevallen".
_SAME = re.compile(
    r"\b(?:(?:nagenoeg|vrijwel|ongeveer|bijna|grotendeels)\s+)?(?:hetzelfde\s+als\s+"
    r"(?P<ref>[^,;:.()]{1,40})|even\s+(?:groot|hoog)\s+gebleven\b)",
    re.IGNORECASE,
)
_TURNED_OUT = re.compile(
    r"\b(?P<cmp>hoger|lager)\s+(?:uitgevallen|uitgekomen|uitvalt|uitvallen|uitkomt|uitkomen"
    r"|uit(?=\s*(?:[,.;:)]|$|dan\b|en\b|maar\b)))\b",  # "vallen hoger uit": a split verb
    re.IGNORECASE,
)
_LABEL_WORDS = {"bovengemiddeld": "higher", "ondergemiddeld": "lower"}
#: The subject after its copula (inversion after a fronted phrase): "vooral onder ouderen is
#: het gebruik van de Wmo hoog".
_INVERTED_LEVEL = re.compile(
    r"\b(?:is|zijn|was|waren|ligt|liggen|lag|lagen)\s+(?P<subject>(?:het|de)\s+[^,;:.()]{1,60}?)"
    r"\s+" + _DEGREE + r"(?P<cmp>hoog|laag|hoger|lager)\b" + _ENDS,
    re.IGNORECASE,
)
#: A quantity set against another thing: "de vraag is groter dan het aanbod", "de uitgaven
#: zijn hoger dan de inkomsten", "de wachttijden zijn langer dan de norm".
_THAN_OTHER = re.compile(
    r"\s(?:is|zijn|was|waren|ligt|liggen|lag|lagen|blijft|blijven)\s+"
    + _DEGREE
    + r"(?P<cmp>hoger|lager|groter|kleiner|langer|korter)\s+dan\s+"
    # the reference ends before a clause joined by "en"/"maar" that opens on an
    # article ("lager dan gemiddeld en het aandeel ouderen hoger")
    + r"(?P<ref>(?:(?!\s(?:en|maar|terwijl)\s+(?:de|het|een)\s)[^,;:.()]){1,60})",
    re.IGNORECASE,
)
#: Becoming higher or longer: "de wachtlijsten worden langer".
_BECOMES = re.compile(
    r"\b(?:wordt|worden|werd|werden)\s+" + _DEGREE + r"(?P<cmp>hoger|lager|groter|kleiner"
    r"|langer|korter)\b" + _ENDS,
    re.IGNORECASE,
)
#: A score on a quantity: "scoort laag op gezondheid", "scoort goed op zelfredzaamheid".
_SCORES = re.compile(
    r"\b(?:scoort|scoren|scoorde|scoorden)\s+(?:(?:erg|zeer|vrij|heel|relatief|nog|ook"
    r"|daarentegen)\s+)*(?P<cmp>hoog|laag|goed|slecht|gunstig|ongunstig)\s+(?:op|bij|voor)\s+"
    r"(?P<what>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: Less favourable or less high than a reference: "minder gunstig dan gemiddeld".
_LESS_THAN = re.compile(
    r"\bminder\s+(?P<cmp>gunstig|goed|hoog|groot|sterk)\s+(?:(?:is|zijn|was|waren|ligt|uitvalt)"
    r"\s+)?(?:dan|als)\s+(?P<ref>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: A trend that goes on: "de vergrijzing zet door", "de krimp houdt aan".
_TRENDS = (
    "vergrijzing",
    "ontgroening",
    "krimp",
    "groei",
    "daling",
    "stijging",
    "toename",
    "afname",
)
_GOES_ON = re.compile(
    r"\b(?P<what>[\w-]*(?:" + "|".join(_TRENDS) + r"))\s+"
    r"(?:zet|zette|zetten|houdt|hield|hielden)\s+(?:[^\W\d][\w-]*\s+){0,3}?(?:door|aan)\b",
    re.IGNORECASE,
)
_SCORE_WORDS = {"hoog": "higher", "goed": "higher", "gunstig": "higher"}
_SCORE_WORDS.update(laag="lower", slecht="lower", ongunstig="lower")
_LESS_WORDS = {"gunstig": "worse", "goed": "worse"}
_LONGER = {"langer": "higher", "korter": "lower"}


#: A quantity that does not change: "het budget groeit niet mee", "is niet gestegen".
_UNCHANGED = re.compile(
    r"\bniet\s+(?:meer\s+)?(?:mee(?:groeit|groeien|groeide|stijgt|stijgen|steeg)|gestegen"
    r"|gedaald|gegroeid|toegenomen|afgenomen|gekrompen|verhoogd|verlaagd)\b"
    r"|\b(?:groeit|groeien|groeide|stijgt|stijgen|steeg|neemt|nemen|nam|daalt|dalen|daalde)\s+"
    r"(?:[^\W\d][\w-]*\s+){0,4}?niet(?:\s+meer)?(?:\s+(?:mee|toe|af))?"
    r"(?=\s*(?:[,.;:)]|$|met\b|en\b|maar\b))",
    re.IGNORECASE,
)


#: Key words one of which every match of :data:`_UNCHANGED` holds.
UNCHANGED_WORDS = tuple(
    "niet " + w
    for w in ("mee", "meer", "toe", "af", "met", "en", "maar", "gestegen", "gedaald", "gegroeid")
    + ("toegenomen", "afgenomen", "gekrompen", "verhoogd", "verlaagd")
) + ("niet.", "niet,", "niet;", "niet:", "niet)")


def find_unchanged(text: str, start: int, end: int) -> list[Change]:
    """Return the quantities said not to change in ``text[start:end]`` (equal).

    A negated change is no change: read before the words of change, which
    would otherwise give its direction.

    Examples
    --------
    >>> s = "Het budget voor de teams groeit niet mee met de vraag."
    >>> [(s[c.start : c.end], c.comparison) for c in find_unchanged(s, 0, len(s))]
    [('Het budget voor de teams groeit niet mee', 'equal')]
    >>> find_unchanged("Het aantal groeit niet alleen hier.", 0, 35)
    []
    """
    out: list[Change] = []
    for m in prefixed_finditer(_UNCHANGED, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if _quantity(subject):
            out.append(Change(c0, m.end(), subject, "equal"))
    return out


def _levels_against(text: str, start: int, end: int) -> list[Change]:
    """A level followed by its reference: "is hoog in vergelijking met het landelijk beeld"."""
    out: list[Change] = []
    for m in _LEVEL_AGAINST.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        ref = against_reference(m.group("ref"))
        if ref is None or not _quantity(subject):
            continue
        out.append(Change(c0, m.end(), subject, DIRECTION[m.group("cmp").lower()], ref))
    return out


def _quantified(text: str, start: int, end: int) -> list[Change]:
    """A quantifier on a plural noun in a clause that names what it is set against."""
    out: list[Change] = []
    for m in prefixed_finditer(_QUANTIFIED, text, start, end):
        if _NOT_LEVEL.search(text, max(start, m.start() - 6), m.start()):
            continue
        if m.group("what").lower() in FUNCTION_WORDS | PARTICLES:
            continue  # "werken meer samen": an adverb, not a counted noun
        lo = _segment_start(text, start, m.start())
        stop = _SEGMENT_END.search(text, m.end(), end)
        hi = stop.start() if stop else end
        against = _AGAINST_PHRASE.search(text, lo, hi)
        ref = against_reference(against.group()) if against else None
        if ref is None or against is None:
            continue
        s, e = min(m.start(), against.start()), max(m.end(), against.end())
        out.append(Change(s, e, m.group("what"), DIRECTION[m.group("cmp").lower()], ref))
    return out


def _segment_start(text: str, floor: int, pos: int) -> int:
    """Where the segment holding ``pos`` starts (after the last ";", ":" or "maar")."""
    start = max(floor, pos - 150)
    for m in _SEGMENT_END.finditer(text, start, pos):
        start = m.end()
    return start


def _deviations(text: str, start: int, end: int) -> list[Change]:
    """Hardly differing from a reference: equal to it."""
    out: list[Change] = []
    for m in prefixed_finditer(_DEVIATES, text, start, end):
        words = m.group("ref") or m.group("ref2")
        ref = compared_with(words)
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()] + " " + (m.group("mid") or "")
        if ref is None or not (_quantity(subject) or ref == "national average"):
            continue
        out.append(Change(c0, m.end(), subject, "equal", ref))
    return out


def _above(text: str, start: int, end: int) -> list[Change]:
    """Above or below another place's level, a plan or a norm."""
    out: list[Change] = []
    for m in prefixed_finditer(_ABOVE, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        ref = compared_with(m.group("ref"))
        if ref is None or not _quantity(subject):
            continue
        out.append(Change(c0, m.end(), subject, _BELOW[m.group("cmp").lower()], ref))
    return out


def _superlatives(text: str, start: int, end: int) -> list[Change]:
    """The highest or lowest among others: "heeft de laagste werkloosheid van de regio"."""
    out: list[Change] = []
    for m in prefixed_finditer(_TOP, text, start, end):
        c0 = clause_start(text, start, m.start())
        among = m.group("ref") or ""
        if m.group("verb").lower() == "met":
            c0 = max(c0, m.start())  # "de gemeente met de hoogste kosten": the phrase says it
            if not re.search(r"gemeenten?\s+$", text[max(start, m.start() - 12) : m.start()]):
                continue
            among = among or "gemeenten"
        subject = text[c0 : m.start()] + m.group("what")
        if not among or not _quantity(subject):
            continue
        ref = compared_with(among) or "other municipalities"
        out.append(Change(c0, m.end(), subject, _TOP_WORDS[m.group("cmp").lower()], ref))
    return out


#: The patterns of :func:`_predicates` with words one of which their every match holds: a
#: span with none of them is not searched (the rule opens on any of its comparatives).
_PREDICATE_WORDS = (
    (_FINAL, ("hoog", "laag", "hoger", "lager")),
    (_HIGHER, ("hoger", "lager")),
    (_BECOMES, ("hoger", "lager", "groter", "kleiner", "langer", "korter")),
)


def _predicates(text: str, start: int, end: int) -> list[Change]:
    """A level last in its clause; a comparative after other words; becoming higher."""
    out: list[Change] = []
    for pattern, words in _PREDICATE_WORDS:
        if not may_hold_in(text, start, end, words):
            continue  # none of the words its every match holds (the rule opened on another)
        for m in pattern.finditer(text, start, end):
            c0 = clause_start(text, start, m.start())
            subject = text[c0 : m.start()]
            if not _quantity(subject):
                continue
            word = m.group("cmp").lower()
            out.append(Change(c0, m.end(), subject, _LONGER.get(word) or DIRECTION[word]))
    for m in (
        _THAN_OTHER.finditer(text, start, end) if may_hold_in(text, start, end, ("dan",)) else ()
    ):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if _quantity(subject):
            word = m.group("cmp").lower()
            cmp = _LONGER.get(word) or DIRECTION[word]
            out.append(Change(c0, m.end(), subject, cmp, compared_with(m.group("ref"))))
    for m in prefixed_finditer(_INVERTED_LEVEL, text, start, end):
        if _quantity(m.group("subject")):
            c0 = clause_start(text, start, m.start())
            cmp = DIRECTION[m.group("cmp").lower()]
            out.append(Change(c0, m.end(), m.group("subject"), cmp))
    return out


def _inserted(text: str, start: int, end: int) -> list[Change]:
    """A level after "ligt …", after an insertion between commas, or after a label."""
    out: list[Change] = []
    # every match of _INSERTED holds two commas, every one of _LABELLED a colon
    comma = text.find(",", start, end)
    commas = comma >= 0 and text.find(",", comma + 1, end) >= 0
    # every match of _LIES holds "hoog" or "laag" (the rule opens on other levels too)
    patterns = [_LIES] if may_hold_in(text, start, end, ("hoog", "laag")) else []
    if commas:
        patterns.append(_INSERTED)
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            c0 = clause_start(text, start, m.start())
            subject = text[c0 : m.start()]
            if _quantity(subject):
                ins = m.groupdict().get("ins") or ""
                ref = against_reference(ins) if _AGAINST_PHRASE.search(ins) else None
                out.append(Change(c0, m.end(), subject, DIRECTION[m.group("cmp").lower()], ref))
    for m in _LABELLED.finditer(text, start, end) if _may_label(text, start, end) else ():
        if _quantity(m.group("what")):
            word = m.group("cmp").lower()
            ref = "national average" if word in _LABEL_WORDS else None
            cmp = _LABEL_WORDS.get(word) or DIRECTION[word]
            out.append(Change(m.start(), m.end(), m.group("what"), cmp, ref))
    return out


def _may_label(text: str, start: int, end: int) -> bool:
    """Whether :data:`_LABELLED` may match in ``text[start:end]``: its every match holds a
    colon with "hoog", "laag" or "(boven|onder)gemiddeld" after it.

    Examples
    --------
    >>> _may_label("Aandeel ouderen: hoog.", 0, 22), _may_label("Hoog: de kosten.", 0, 16)
    (True, False)
    """
    colon = text.find(":", start, end)
    return colon >= 0 and may_hold_in(text, colon, end, ("hoog", "laag", "gemiddeld"))


def _use(text: str, start: int, end: int) -> list[Change]:
    """How much a service is used or asked for: "maken weinig gebruik van de Wmo"."""
    out: list[Change] = []
    for m in prefixed_finditer(_USE, text, start, end):
        if _NOT_LEVEL.search(text, max(start, m.start() - 6), m.start()):
            continue
        ref = compared_with(m.group("ref")) if m.group("ref") else None
        if m.group("ref") and ref is None:
            continue  # "meer gebruik van X dan van Y" compares two services
        cmp = DIRECTION[m.group("cmp").lower()]
        what = m.group("what").split()[0] + " " + m.group("of")
        out.append(Change(m.start(), m.end(), what, cmp, ref))
    return out


def _lengths_and_outcomes(text: str, start: int, end: int) -> list[Change]:
    """A length of time as a level; the same as before; a comparative outcome."""
    out: list[Change] = []
    for m in _LONG.finditer(text, start, end) if may_hold_in(text, start, end, _TIME_NOUNS) else ():
        word = (m.group("cmp") or m.group("cmp2")).lower()
        cmp = "higher" if word.startswith("lang") else "lower"
        out.append(Change(m.start(), m.end(), m.group("what") or m.group("what2"), cmp))
    for m in prefixed_finditer(_SAME, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        ref = compared_with(m.group("ref")) if m.group("ref") else "previous year"
        if ref is not None and _quantity(subject):
            out.append(Change(c0, m.end(), subject, "equal", ref))
    for m in prefixed_finditer(_TURNED_OUT, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if _quantity(subject):
            out.append(Change(c0, m.end(), subject, DIRECTION[m.group("cmp").lower()]))
    return out


def _scores(text: str, start: int, end: int) -> list[Change]:
    """A score on a quantity; less favourable than a reference."""
    out: list[Change] = []
    for m in prefixed_finditer(_SCORES, text, start, end):
        if _quantity(m.group("what")):
            c0 = clause_start(text, start, m.start())
            out.append(Change(c0, m.end(), m.group("what"), _SCORE_WORDS[m.group("cmp").lower()]))
    for m in prefixed_finditer(_LESS_THAN, text, start, end):
        ref = compared_with(m.group("ref"))
        c0 = clause_start(text, start, m.start())
        if ref is not None and text[c0 : m.start()].strip():
            cmp = _LESS_WORDS.get(m.group("cmp").lower(), "lower")
            out.append(Change(c0, m.end(), text[c0 : m.start()], cmp, ref))
    return out


def _goes_on(text: str, start: int, end: int) -> list[Change]:
    """A trend that goes on: "de vergrijzing zet door"."""
    out: list[Change] = []
    if not may_hold_in(text, start, end, ("zet", "houdt", "hield")):
        return out  # every match holds a form of "doorzetten" or "aanhouden"
    for m in _GOES_ON.finditer(text, start, end):
        what = m.group("what").lower()
        down = what.endswith(("ontgroening", "krimp", "daling", "afname"))
        out.append(Change(m.start(), m.end(), what, "lower" if down else "higher"))
    return out


#: Each rule with the key words one of which its every match holds (checked per sentence).
_RULES = (
    (("vergelijk", "vergeleken", "opzichte", "t.o.v"), _levels_against),
    (("vergelijk", "vergeleken", "opzichte", "t.o.v"), _quantified),
    (("af van", "verschil"), _deviations),
    ((" boven", " onder", " beneden"), _above),
    (("hoogste", "laagste", "grootste", "kleinste"), _superlatives),
    (("hoog", "laag", "hoger", "lager", "langer", "korter", "groter", "kleiner"), _predicates),
    (("scoort", "scoren", "scoorde", "minder"), _scores),
    (_TRENDS, _goes_on),
    (("hoog", "laag", "hoger", "lager", "groot", "klein", "gemiddeld"), _inserted),
    (("gebruik", "beroep", "vraag naar"), _use),
    (
        ("wacht", "doorloop", "termijn", "hetzelfde", "gebleven", "uitgevallen", "uitgekomen")
        + ("uitval", "uitkom", "hoger uit", "lager uit"),
        _lengths_and_outcomes,
    ),
    *FIGURELESS_RULES,
    *ELLIPSIS_RULES,
)
#: Which rules a span's key words open, the key words found once per document.
_RULE_GATES = RuleGates(_RULES)
#: Key words one of which every match holds (a cheap gate per sentence).
GATE_WORDS = tuple(sorted({w for words, _ in _RULES for w in words}))


def find_contrasts(text: str, start: int, end: int) -> list[Change]:
    """Return the contrasts of quantities with a reference in ``text[start:end]``.

    Overlapping contrasts keep the first found; the result is in text order.

    Examples
    --------
    >>> s = "Het zorggebruik is hoog in vergelijking met het landelijk beeld."
    >>> [(c.comparison, c.reference) for c in find_contrasts(s, 0, len(s))]
    [('higher', 'national average')]
    >>> s = "Het gebruik wijkt nauwelijks af van het landelijk gemiddelde."
    >>> [(s[c.start : c.end], c.comparison) for c in find_contrasts(s, 0, len(s))]
    [('Het gebruik wijkt nauwelijks af van het landelijk gemiddelde', 'equal')]
    >>> find_contrasts("In veel gevallen, vergeleken met vroeger, gaat het goed.", 0, 56)
    []
    """
    out: list[Change] = []
    for rule in _RULE_GATES.open(text, start, end):
        for change in rule(text, start, end):
            if not any(change.start < c.end and c.start < change.end for c in out):
                out.append(change)
    return sorted(out, key=lambda c: (c.start, c.end))
