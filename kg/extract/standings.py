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
  trajecten is beperkt``);
- a level word before a quantity noun (``de hoge kosten``, ``een lage werkloosheid``) or
  before a noun that names an amount, a bill or a rate (``kg/data/level-nouns.txt``:
  ``een hoge rekening``, ``de lage loonkostensubsidie``), not a benefit that defines a
  group (``mensen met een lage uitkering``).

Source: general Dutch of statistics and policy reports (CBS, Sociaal en
Cultureel Planbureau, waarstaatjegemeente.nl), written without reading any
profile. Every pattern is bounded, so the work per sentence is linear.
"""

from __future__ import annotations

import re

from kg.extract.changes import LEVELLED, Change, clause_start
from kg.extract.changewords import QUANTITY, RESOURCES, reference_in, reference_of
from kg.extract.direction import load as load_directions
from kg.extract.dutchwords import read_list
from kg.extract.prefixscan import finditer
from kg.extract.rulegates import RuleGates
from kg.extract.subjects import names_quantity

_BEHIND = re.compile(
    r"\b(?:blijft|blijven|bleef|bleven|ligt|liggen|lag|lagen|loopt|lopen)\s+"
    r"(?:(?:ver|sterk|fors|flink|iets|wat|nog|duidelijk)\s+)?achter\b"
    r"(?P<ref>\s+(?:bij|op)\s+(?:het\s+|de\s+)?[^,;:.()]{1,60})?"
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
    r"(?P<cmp>vergrijst|vergrijzen|vergrijsde|ontgroent|ontgroenen|ontgroende)\b"
    r"(?:\s+(?:(?:iets|wat|veel|fors|nog)\s+)?(?:sterker|sneller|harder|meer)\s+dan\s+"
    r"(?P<ref>[^,;:.()]{1,40}))?",
    re.IGNORECASE,
)
#: Aged more than a reference: "de gemeente is sterker vergrijsd dan het landelijk gemiddelde".
_AGED_MORE = re.compile(
    r"\b(?:is|zijn|was|waren|raakt|raken)\s+(?:(?:iets|wat|veel|fors|nog|duidelijk)\s+)?"
    r"(?P<deg>sterker|meer|verder|minder)\s+(?P<cmp>vergrijsd|ontgroend)\s+dan\s+"
    r"(?P<ref>[^,;:.()]{1,40})",
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
#: A good quantity judged by a predicate: "de gezondheid is (volgens de cijfers) goed". The
#: predicate is found first, then the quantity within five words before it.
_JUDGED = re.compile(
    r"\s(?:is|zijn|was|waren|blijft|blijven)\s+(?:volgens\s+(?:de\s+|het\s+)?[^\W\d][\w-]*\s+)?"
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|over\s+het\s+algemeen)\s+)*"
    r"(?P<cmp>goed|slecht|gunstig|ongunstig)\b(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
_GOOD_SUBJECT = re.compile(
    r"(?:\b(?:de|het)\s+)?(?:\b[^\W\d][\w-]*en?\s+)?\b(?P<what>[\w-]*(?:"
    + "|".join(_GOOD_HIGH)
    + r"))\b(?:\s+[^\W\d][\w-]*){0,4}$",
    re.IGNORECASE,
)
#: Not levels as adjectives: "een laag inkomen" defines a group ("huishoudens met een laag
#: inkomen"), "een hoog niveau" is mostly a verdict on quality.
_GROUPS = frozenset(("inkomen", "inkomens", "niveau"))
#: Amounts, bills and rates levelled only before them (``kg/data/level-nouns.txt``).
_ATTRIBUTIVE_ONLY = frozenset(read_list("level-nouns.txt"))
_LEVEL_NOUNS = "|".join(
    sorted((w for w in {*LEVELLED, *_ATTRIBUTIVE_ONLY} if w not in _VERDICTS | _GROUPS), key=len)[
        ::-1
    ]
)
#: "met (een) lage uitkering" defines a group by its benefit, as "een laag inkomen" does.
_WITH_BEFORE = re.compile(r"\bmet\s+(?:een\s+|de\s+)?(?:(?:relatief|zeer|erg|vrij)\s+)?$", re.I)
#: A level as an adjective of a quantity, also with a definite article or none: "het hoge
#: aantal jongeren", "de lage werkloosheid", "hoge kosten", "een hoge jeugdwerkloosheid".
_LEVEL_ADJ = re.compile(
    r"\b(?P<cmp>hoge|lage|hoog|laag)\s+(?P<what>[\w-]*(?:" + _LEVEL_NOUNS + r"))\b", re.IGNORECASE
)
#: What a generic quantity noun counts, after it: "het hoge aantal jongeren met jeugdhulp",
#: "het lage gebruik van de Wmo" (a plural noun, or a "van" phrase, and what it has).
_COUNTED = re.compile(
    r"\s+(?:(?:van|aan)\s+(?:de\s+|het\s+)?[^\W\d][\w-]*|(?:\d+-)?[^\W\d][\w-]{2,}(?:en|s)\b)"
    r"(?:\s+met\s+(?:een\s+)?[^\W\d][\w-]*)?",
    re.IGNORECASE,
)
_GENERIC = frozenset(("aantal", "aandeel", "percentage", "gebruik"))
#: A demonstrative before a level adjective of figures themselves ("die lage percentages",
#: "deze hoge cijfers", "zulke hoge scores"): the figures stated before, pointed back to; the
#: phrase states no amount of its own.
_POINTED_BACK = re.compile(r"\b(?:die|deze|dat|dit|zulke)\s+$", re.IGNORECASE)
_FIGURE_NOUNS = frozenset(
    ("cijfer", "cijfers", "percentage", "percentages", "getal", "getallen", "score", "scores")
)
#: The article and degree word before a level adjective, part of its quote.
_ARTICLE_BEFORE = re.compile(
    r"\b(?:een|het|de)\s+(?:(?:relatief|zeer|erg|vrij|bijzonder)\s+)?$", re.IGNORECASE
)
#: The age of a population: "een (relatief) jonge bevolking", "een oude bevolking".
_AGED = re.compile(
    r"\b(?:een|de)\s+(?:(?:relatief|zeer|erg|vrij|jonge|oude|iets|wat|veel)\s+)?"
    r"(?P<cmp>jonge|oude|jongere|oudere)\s+"
    r"(?:bevolking|bevolkingsopbouw|bevolkingssamenstelling)\b(?:\s+dan\s+(?P<ref>[^,;:.()]{1,40}))?",
    re.IGNORECASE,
)
#: The same level as a reference: "is even hoog als landelijk", "ligt op hetzelfde niveau als".
_SAME_LEVEL = re.compile(
    r"\b(?:(?:ongeveer|vrijwel|nagenoeg)\s+)?(?:even\s+(?:hoog|laag|groot|klein)"
    r"|op\s+(?:hetzelfde|een\s+vergelijkbaar)\s+niveau)\s+als\s+(?P<ref>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: A subject that only points elsewhere, or none: "Dat ligt op hetzelfde niveau als …".
_POINTER = re.compile(
    r"\s*(?:(?:het|dit|dat|die|deze|er|zij|ze|hij|wat|men)\b[\s\w]{0,12})?$", re.I
)
#: A share or count called large or small: "het aandeel eenpersoonshuishoudens is groot".
_SIZE = re.compile(
    r"\b(?P<what>(?:aandeel|aantal|percentage|deel|groep|beroep\s+op|vergrijzing|ontgroening"
    r"|omvang)\b[^,;:.()]{0,60}?)\s+(?:is|zijn|was|waren)\s+"
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|ook|daarentegen|juist|wel|opvallend|bijzonder)\s+)*"
    r"(?P<cmp>groot|klein)\b"
    r"(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
#: The strength of a demographic trend: "een sterke vergrijzing", "een gemiddelde krimp".
#: Without the article where the phrase opens a bullet, a line or a label's value, as in notes
#: and slides ("- Sterke vergrijzing → …", "Demografie: forse ontgroening").
_TREND_DEGREE = re.compile(
    r"\b(?:(?:een|de)\s+)?(?P<deg>sterke|forse|snelle|grote|beperkte|geringe|lichte|gemiddelde)"
    r"\s+(?P<what>vergrijzing|ontgroening|krimp|bevolkingskrimp|groei|bevolkingsgroei"
    r"|bevolkingsdaling)\b",
    re.IGNORECASE,
)
#: What may stand before an article-less trend phrase in its sentence: nothing but a bullet
#: mark, or a label and its colon ("Demografie: sterke vergrijzing").
_BARE_OPENING = re.compile(r"(?:[^\w:]*|[^.;:]*:\s*)$")
#: A demographic trend a place is said to have: "er is sprake van krimp", "kampt met vergrijzing".
_HAS_TREND = re.compile(
    r"\b(?:sprake\s+van|te\s+maken\s+(?:heeft\s+|hebben\s+)?met|kampt\s+met|kampen\s+met"
    r"|kent|kennen|last\s+van)\s+(?:een\s+|de\s+)?(?:(?:lichte|forse|sterke|snelle|grote)\s+)?"
    r"(?P<what>krimp|bevolkingskrimp|bevolkingsdaling|vergrijzing|ontgroening)\b",
    re.IGNORECASE,
)
#: The socio-economic or financial position judged: "de sociaaleconomische situatie is zwak".
_POSITION = re.compile(
    r"\b(?:de\s+)?(?P<what>(?:sociaal-?\s?economische|financiële)\s+(?:situatie|positie))\s+"
    r"(?:[^\W\d][\w-]*\s+){0,3}?(?:is|was|blijft)\s+(?:(?:erg|zeer|vrij|relatief|nog|ook)\s+)*"
    r"(?P<cmp>goed|slecht|gunstig|ongunstig|zwak|sterk|gezond|kwetsbaar)\b",
    re.IGNORECASE,
)
#: A population older or younger than a reference: "de bevolking is ouder dan gemiddeld";
#: not an age bound ("inwoners zijn ouder dan 65 (jaar)", "ouder dan vijfenzestig jaar").
_OLDER = re.compile(
    r"\b(?:bevolking|inwoners)\s+(?:is|zijn|was|waren)\s+(?:(?:gemiddeld|iets|wat|veel|relatief"
    r"|fors)\s+)*(?P<cmp>ouder|jonger)\s+dan\s+(?!\d|[^\W\d]+\s+jaar\b)(?P<ref>[^,;:.()]{1,40})",
    re.IGNORECASE,
)
#: A superlative among others: "een van de hoogste uitgaven in de regio", "behoren tot de
#: laagste van Nederland".
_SUPERLATIVE = re.compile(
    r"\b(?:een\s+van|tot)\s+de\s+(?P<cmp>hoogste|laagste|grootste|kleinste)\b"
    r"(?P<what>[^,;:.()]{0,60})",
    re.IGNORECASE,
)
#: A superlative as the predicate of a quantity, its field before or after it: "de
#: werkloosheid is in de regio het hoogst", "het aantal daklozen is het laagst van de
#: provincie".
_HIGHEST = re.compile(
    r"\s(?:is|zijn|was|waren|ligt|liggen|lag|lagen)\s+(?P<mid>(?:[^\W\d][\w-]*\s+){0,5}?)"
    r"(?:het|de)\s+(?P<cmp>hoogst|laagst|grootst|kleinst)e?\b(?P<what>\s+(?:van|in|binnen)\s+"
    r"[^,;:.()]{1,60})?(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)
#: A plural noun as a subject: "de banen (in de regio)", "de plekken".
_PLURAL_SUBJECT = re.compile(r"\s*de\s+(?:[\w-]+e\s+)?[\w-]+(?:en|s)\b", re.IGNORECASE)
#: A quantity whose level a predicate calls small: "het aantal trajecten is beperkt"; a plural
#: subject called scarce: "de banen zijn schaars".
_SMALL = re.compile(
    r"\s(?:is|zijn|was|waren|blijft|blijven)\s+(?:(?:erg|zeer|vrij|heel|nog|relatief)\s+)*"
    r"(?:beperkt|gering|(?P<scarce>schaars))(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
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
    return reference_of("dan " + words.strip()) or reference_in(words)


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
    """High or low as an adjective of a quantity; a share or count called large or small."""
    out: list[Change] = []
    for m in finditer(_LEVEL_ADJ, text, start, end):
        if m["what"].lower().endswith("uitkering") and _WITH_BEFORE.search(
            text, max(start, m.start() - 30), m.start()
        ):
            continue  # "huishoudens met een lage uitkering": a group, not a level
        if m["what"].lower() in _FIGURE_NOUNS and _POINTED_BACK.search(
            text, max(start, m.start() - 8), m.start()
        ):
            continue  # "die lage percentages": the figures before, no new amount
        art = _ARTICLE_BEFORE.search(text, max(start, m.start() - 25), m.start())
        s = art.start() if art else m.start()
        counted = _COUNTED.match(text, m.end(), end) if m["what"].lower() in _GENERIC else None
        e = counted.end() if counted else m.end()
        out.append(Change(s, e, text[m.start("what") : e], _LEVEL[m.group("cmp").lower()]))
    for m in finditer(_SIZE, text, start, end):
        cmp = "higher" if m.group("cmp").lower() == "groot" else "lower"
        out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    return out


def _same_or_aged(text: str, start: int, end: int) -> list[Change]:
    """A young or old population; the same level as a reference."""
    out: list[Change] = []
    for m in finditer(_AGED, text, start, end):
        word = m.group("cmp").lower()
        ref = reference_of("dan " + m.group("ref")) if m.group("ref") else None
        if ref is None and word.endswith("re"):  # "in vergelijking met Nederland … een oudere"
            ref = reference_in(text[clause_start(text, start, m.start()) : m.start()])
        what = "jongeren" if word.startswith("jong") else "ouderen"
        out.append(Change(m.start(), m.end(), what, "higher", ref))
    for m in finditer(_SAME_LEVEL, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        ref = reference_of("dan " + m.group("ref")) or "other municipalities"
        # against the national level any named subject is a quantity ("Jeugdhulp met
        # verblijf ligt op hetzelfde niveau als landelijk"); a pronoun names none
        national = ref == "national average" and not _POINTER.match(subject)
        if QUANTITY.search(subject) or _quantity_word(subject) or national:
            out.append(Change(c0, m.end(), subject, "equal", ref))
    return out


def _trends(text: str, start: int, end: int) -> list[Change]:
    """The strength of a demographic trend, an older or younger population."""
    out: list[Change] = []
    for m in finditer(_TREND_DEGREE, text, start, end):
        deg, what = m.group("deg").lower(), m.group("what").lower()
        if m.start() == m.start("deg") and not _BARE_OPENING.fullmatch(text, start, m.start()):
            continue  # "de groei van grote krimp…": an article-less phrase inside a clause
        falling = what.startswith(("ontgroening", "krimp", "bevolkingskrimp", "bevolkingsd"))
        if deg == "gemiddelde":
            out.append(Change(m.start(), m.end(), what, "equal", "national average"))
        else:
            cmp = "lower" if falling else "higher"
            subject = _TREND_SUBJECT.get(what, "bevolking")
            out.append(Change(m.start(), m.end(), subject, cmp, None, m.group("deg")))
    for m in finditer(_HAS_TREND, text, start, end):
        what = m.group("what").lower()
        up = what == "vergrijzing"
        if not any(c.start <= m.start("what") < c.end for c in out):
            subject = _TREND_SUBJECT.get(what, "bevolking")
            out.append(Change(m.start("what"), m.end(), subject, "higher" if up else "lower"))
    for m in finditer(_OLDER, text, start, end):
        older = m.group("cmp").lower() == "ouder"
        ref = reference_of("dan " + m.group("ref")) or "other municipalities"
        what = "ouderen" if older else "jongeren"
        out.append(Change(m.start(), m.end(), what, "higher", ref))
    return out


def _superlatives(text: str, start: int, end: int) -> list[Change]:
    """A superlative among others: "tot de hoogste van de regio", "is in de regio het hoogst".

    Examples
    --------
    >>> s = "De werkloosheid is in de regio het hoogst."
    >>> [(c.subject, c.comparison, c.reference) for c in _superlatives(s, 0, len(s))]
    [('De werkloosheid', 'higher', 'region')]
    >>> s = "De jeugdwerkloosheid behoort tot de hoogste van Nederland."
    >>> [(c.comparison, c.reference) for c in _superlatives(s, 0, len(s))]
    [('higher', 'national average')]
    >>> s = "De werkloosheid behoort tot de laagste van Limburg."
    >>> [(c.comparison, c.reference) for c in _superlatives(s, 0, len(s))]
    [('lower', 'province')]
    >>> _superlatives("De nood is hier het hoogst.", 0, 27)
    []
    """
    out: list[Change] = []
    for m in finditer(_SUPERLATIVE, text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()] + m.group("what")
        if QUANTITY.search(subject) or names_quantity(subject):
            cmp = "higher" if m.group("cmp").lower() in {"hoogste", "grootste"} else "lower"
            field = re.sub(r"^(?:van|binnen)\s+", "", m.group("what").strip())  # "van Limburg"
            ref = reference_of("dan " + field) or "other municipalities"
            out.append(Change(c0, m.end(), subject, cmp, ref))
    for m in finditer(_HIGHEST, text, start, end):
        if any(c.start <= m.end() and m.start() < c.end for c in out):
            continue  # "is een van de hoogste in de regio": the superlative among others said it
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if not (QUANTITY.search(subject) or names_quantity(subject)):
            continue
        cmp = "higher" if m.group("cmp").lower() in {"hoogst", "grootst"} else "lower"
        field = " ".join((m.group("mid") + (m.group("what") or "")).split())
        found = reference_of("dan " + re.sub(r"^(?:van|binnen)\s+", "", field)) if field else None
        out.append(Change(c0, m.end(), subject.strip(), cmp, found or "other municipalities"))
    return out


#: What a demographic trend changes, for its measure: the old, the young, the population.
_TREND_SUBJECT = {"vergrijzing": "vergrijzing", "ontgroening": "jongeren"}
_POSITION_WORDS = {"goed": "better", "gunstig": "better", "sterk": "better", "gezond": "better"}
_POSITION_WORDS.update(slecht="worse", ongunstig="worse", zwak="worse", kwetsbaar="worse")
_LEVEL = {"hoge": "higher", "hoog": "higher", "lage": "lower", "laag": "lower"}


def _behind(text: str, start: int, end: int) -> list[Change]:
    """Lagging behind or exceeding; over- or under-represented."""
    out: list[Change] = []
    for pattern, cmp in ((_BEHIND, "lower"), (_EXCEEDS, "higher")):
        for m in finditer(pattern, text, start, end):
            change = _with_subject(text, start, m, cmp, _reference(m.group("ref")))
            out += [change] if change else []
    for m in finditer(_REPRESENTED, text, start, end):
        c0 = clause_start(text, start, m.start())
        if text[c0 : m.start()].strip():
            cmp = _WORDS[m.group("cmp").lower()]
            out.append(Change(c0, m.end(), text[c0 : m.start()], cmp, "national average"))
    return out


def _ageing(text: str, start: int, end: int) -> list[Change]:
    """An ageing population as a verb ("de bevolking vergrijst")."""
    out: list[Change] = []
    for m in finditer(_AGEING, text, start, end):
        up = m.group("cmp").lower().startswith("vergrij")
        what = "vergrijzing" if up else "jongeren"
        if _ATTRIBUTIVE.search(text, max(start, m.start() - 20), m.start()):
            continue  # "een vergrijsde regio" characterises; the figures state the level
        c0 = clause_start(text, start, m.start())
        ref = reference_of("dan " + m.group("ref")) if m.group("ref") else None
        out.append(Change(c0, m.end(), what, "higher" if up else "lower", ref))
    for m in finditer(_AGED_MORE, text, start, end):
        up = m.group("cmp").lower() == "vergrijsd"
        what = "vergrijzing" if up else "jongeren"
        cmp = "higher" if up == (m.group("deg").lower() != "minder") else "lower"
        ref = reference_of("dan " + m.group("ref")) or "other municipalities"
        out.append(Change(clause_start(text, start, m.start()), m.end(), what, cmp, ref))
    return out


#: What makes a clause tell that something exists: "er" earlier in it ("er zijn te weinig X"),
#: a form of "zijn" right before ("in de kernen zijn te weinig X") or right after the noun
#: ("omdat te weinig plekken zijn").
_THERE = re.compile(r"\ber\b|\b(?:is|zijn|was|waren)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)
_THERE_AFTER = re.compile(r"\s+(?:is|zijn|was|waren)\b", re.IGNORECASE)


def _too(text: str, start: int, end: int) -> list[Change]:
    """Too little or too much of a resource; "er zijn te weinig X" says there is less of X
    than is needed (gold README, thirty-ninth session, point 18: `less`, reference `need`),
    while the object of a verb ("maakt te weinig capaciteit vrij") is a low level."""
    out = []
    for m in finditer(_TOO, text, start, end):
        words = " ".join(m.group("cmp").lower().split())
        there = _THERE.search(text, clause_start(text, start, m.start()), m.start())
        there = there or _THERE_AFTER.match(text, m.end(), end)
        if words == "te weinig" and there:
            out.append(Change(m.start(), m.end(), m.group("what"), "less", "need"))
        else:
            out.append(Change(m.start(), m.end(), m.group("what"), _WORDS[words]))
    return out


def _judged(text: str, start: int, end: int) -> list[Change]:
    """A good quantity judged good or bad; a quantity called small."""
    out: list[Change] = []
    for m in _JUDGED.finditer(text, start, end):
        subject = _GOOD_SUBJECT.search(text, max(start, m.start() - 80), m.start())
        if subject:
            cmp = _WORDS[m.group("cmp").lower()]
            out.append(Change(subject.start(), m.end(), subject.group("what"), cmp))
    for m in finditer(_POSITION, text, start, end):
        cmp = _POSITION_WORDS[m.group("cmp").lower()]
        out.append(Change(m.start(), m.end(), m.group("what"), cmp))
    for m in _SMALL.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        # what is scarce is few: "de banen in de regio zijn schaars"
        few = m.group("scarce") and _PLURAL_SUBJECT.match(text, c0, m.start())
        if few or QUANTITY.search(text, c0, m.start()):
            out.append(Change(c0, m.end(), text[c0 : m.start()], "lower"))
    return out


#: Each rule with the key words one of which its every match holds (checked per sentence).
_RULES = (
    (("achter", "overschr", "overst", "overtre", "vertegenwoordigd"), _behind),
    (("vergrij", "ontgroen"), _ageing),
    (("te weinig", "te veel", "onvoldoende"), _too),
    (
        ("goed", "slecht", "gunstig", "beperkt", "gering", "zwak", "sterk", "gezond", "kwetsba")
        + ("schaars",),
        _judged,
    ),
    (("hoge", "hoog", "lage", "laag", "groot", "klein"), _levels),
    (("jonge", "oude", "even ", "niveau"), _same_or_aged),  # "jongere", "oudere" hold them
    (("vergrijzing", "ontgroening", "krimp", "groei", "daling", "ouder", "jonger"), _trends),
    (("hoogst", "laagst", "grootst", "kleinst"), _superlatives),
)
#: Which rules a sentence's key words open, the key words found once per document.
_RULE_GATES = RuleGates(_RULES)
#: Key words one of which every match holds (a cheap gate per sentence).
GATE_WORDS = tuple(sorted({w for words, _ in _RULES for w in words}))


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
    for rule in _RULE_GATES.open(text, start, end):
        out += rule(text, start, end)
    return sorted(out, key=lambda c: (c.start, c.end))
