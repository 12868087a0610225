"""Figures that are phrases: shares, ratios, multiples, vague amounts and spans of time.

:func:`phrases` finds, in one stretch of text (a sentence), the figures that are
no number in digits or a number word alone, for :func:`kg.extract.numbers.find_numbers`:

- shares: ``1 op de 8`` (12.5 percent), ``drie van de tien``, ``de helft``,
  ``twee derde``; vague shares: ``een groot deel``, ``de meerderheid``;
- one of a scale: ``een half miljoen``, ``een ton``;
- ratios and multiples: ``tweemaal zo hoog``, ``dubbel zo groot``, ``verdubbeld``;
- one of an event or a resource: ``een keer per week``, ``een extra medewerker``;
- spans of time: ``een half jaar``, ``binnen een week``, ``enkele weken``;
- vague or round counts: ``duizenden``, ``een tiental``, ``een jaar of twee``,
  ``een klein aantal``.

Each pattern holds anchor words (:mod:`kg.extract.wordruns`), so a sentence
without any of them is passed over at once; every match is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from kg.extract.changewords import RESOURCES
from kg.extract.countforms import FOLD, HELD_VOTES, fold_counts, held_votes
from kg.extract.notfigures import NUM as _NUM
from kg.extract.notfigures import WINDOW
from kg.extract.numberform import Number, scaled
from kg.extract.numberwords import (
    COMPOUND,
    DURATIONS,
    FRACTIONS,
    MINUTES_IN,
    TEENS,
    TENS,
    UNITS,
    VAGUE_NUMBERS,
    WORD_NUMBERS,
    compound_value,
    word_value,
)
from kg.extract.rulegates import KeyGate
from kg.extract.vagueamounts import ANCHORS as _VAGUE_AMOUNTS
from kg.extract.vagueamounts import vague_amounts
from kg.extract.wordruns import Anchors
from kg.vocab import Unit

__all__ = ["NUMBER_WORDS", "phrases"]

#: The number words but "een": a span without one of them (a compound holds one of its
#: parts: "vijfentwintig", "tweehonderd") and without a digit holds no figure of a share
#: (``_ONE_IN``; a test cheaper than an anchor tried on every run of the document).
NUMBER_WORDS = KeyGate(w for w in WORD_NUMBERS if w != "een")
_DIGIT = re.compile(r"\d")

_ONE_IN = re.compile(
    rf"\b(?P<a>{_NUM}|één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+"
    # "1 op de 8", "een op de elf", "één op de twintig"
    rf"(?:op\s+(?P<de>de\s+)?(?P<b>{_NUM}|twee|drie|vier|vijf|zes|zeven|acht|negen|{COMPOUND}"
    rf"|{TEENS}|{TENS}|honderd)"
    r"|van\s+de\s+(?:(?P<base>10|100|1\.000|tien|honderd|duizend)|(?P<few>drie|vier|vijf)))\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(  # "duizenden (euro's)", "een paar honderd euro", "enkele tonnen" (euros)
    r"\b(?:enkele\s+)?(?P<word>" + "|".join(VAGUE_NUMBERS) + r")\b(?P<euros>\s+euro['’]?s\b)?"
    r"|\b(?:een\s+paar|enkele)\s+(?:honderd|duizend)\b(?P<euro>\s+euro\b)?"
    r"|\b(?P<tons>(?:een\s+paar|enkele)\s+(?:ton|tonnen)|tonnen)\b",
    re.I,
)
_FRACTION = re.compile(
    r"\b(?:(?P<det>de|een|één|eén|twee|drie|vier)\s+|(?P<closed>twee|drie|vier)|(?<=\bnog\sgeen\s))"
    r"(?P<frac>" + "|".join(FRACTIONS) + r")\b",
    re.I,
)
#: The denominator of each fraction word ("twee derde" is 66.7 percent, not 2 × 33.3).
_DENOMINATORS = {"helft": 2, "derde": 3, "kwart": 4, "vijfde": 5, "tiende": 10}
_FRACTION_NEXT = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:van|deel|daarvan|is|was|zijn|waren|had|heeft|hebben|hoger|lager"
    r"|meer|minder|groter|kleiner|boven|onder)\b",
    re.IGNORECASE,
)
#: Words before "een derde" / "een vijfde" that make it a share, not an ordinal: an
#: approximation, a bound ("minder dan een derde", "ten minste een vijfde"), a partitive.
_FRACTION_BEFORE = re.compile(
    r"\b(?:ongeveer|ruim|bijna|circa|zo['’]n|nog geen|ruwweg|met|waarvan|daarvan|hiervan"
    r"|van\s+wie|van\s+hen|(?:minder|meer)\s+dan|minstens|ten\s+minste|hooguit|maximaal"
    r"|slechts|zeker)\s+$"
)
#: A noun an ordinal counts: "meer dan een derde keer" is no share.
_ORDINAL_NEXT = re.compile(r"\s+(?:keer|maal|ronde|plaats|poging|termijn)\b", re.IGNORECASE)
#: Half a unit of time, also in one word: "een half jaar", "een halfjaar", "een halfuur", and
#: with the inflected "halve" before a noun of common gender: "een halve dag", "een halve week".
_HALF = re.compile(
    r"\been\s+(?:half\s*(?P<unit>jaar|uur)|halve\s+(?P<unit2>dag|werkdag|week|maand))\b",
    re.IGNORECASE,
)
#: One whole unit of time, "heel"/"vol" stressing it lasts the unit through: "een hele dag",
#: "een volle week", "een heel jaar", "een vol uur" (a span of one; Dutch grammar, ANS: the
#: adjective of completeness in a measure phrase).
_WHOLE = re.compile(
    r"\been\s+(?:(?:hele|volle)\s+(?P<unit>dag|werkdag|week|maand)"
    r"|(?:heel|vol)\s+(?P<unit2>jaar|uur|kwartier))\b",
    re.IGNORECASE,
)
#: Half a full-time job: "een halve formatieplaats", "een halve fte" (0.5 fte).
_HALF_FTE = re.compile(r"\been\s+halve\s+(?:fte|formatieplaats|arbeidsplaats)\b", re.I)
#: Half a year is six months, half an hour thirty minutes (a fraction of a unit is counted
#: in the smaller unit).
_HALVES: dict[str, tuple[Decimal, Unit, str]] = {
    "jaar": (Decimal(6), "months", "half"),
    "uur": (Decimal(30), "minutes", "duration"),
    "dag": (Decimal("0.5"), "days", "duration"),
    "werkdag": (Decimal("0.5"), "days", "duration"),
    "week": (Decimal("0.5"), "weeks", "duration"),
    "maand": (Decimal("0.5"), "months", "duration"),
}
#: "een jaar later": a span counted on from a moment the text names is a duration of one.
#: "een jaar later", and the span of "lang" ("een kwartaal lang papierwerk", "een week lang").
_LATER = re.compile(r"\s+(?:later|lang)\b", re.IGNORECASE)
#: "binnen een week", "al een jaar": one unit of time after a preposition of time, an
#: approximation, "van" of a noun it measures ("een huisbezoek van een uur"; not the complex
#: prepositions "in de loop van", "voor de duur van": during), a focus
#: particle or an adverb of frequency ("wacht soms een uur", "pas een
#: week voor de vergadering", "vaak een uur te laat"; Dutch grammar, ANS: the adverbs that
#: qualify a measure phrase), or a verb of lasting or waiting ("duurt een dag").
_ONE_UNIT = re.compile(
    # the unit first (a rare word, where a scan may begin), its "een" right before it
    r"(?<=\b(?:een|één|eén)\s)(?P<unit>uur|dag|week|maand|kwartaal|jaar|kwartier)\b"
    # a point in time or the span a change is counted over, not a duration
    r"(?!\s+(?:eerder|geleden|ervoor|daarvoor|tijd|na|van)\b)"
    r"(?!\s+per\s+(?!dag|week|maand|jaar))",
    re.IGNORECASE,
)
_ONE_UNIT_BEFORE = re.compile(
    r"\b(?:binnen|na|al|over|sinds|gedurende|ruim|bijna|ongeveer|circa|dan|geen|(?<!loop\s)(?<!duur\s)van"
    r"|soms|vaak|meestal|doorgaans|gemiddeld|pas|nog|slechts|maar|nauwelijks|hooguit"
    r"|minstens|maximaal|zeker|duurt|duurde|duren|wacht|wachten|wachtte|wachtten)\s+"
    r"(?:een|één|eén)\s$",
    re.IGNORECASE,
)
#: Vague shares: a part of a group without a figure ("een groot deel van", "het merendeel").
_VAGUE_SHARE = re.compile(
    r"(?<!\bvoor\s)(?<!\bin\s)\b(?:een\s+(?:(?:relatief|betrekkelijk|vrij|zeer|heel)\s+)?"
    r"(?:groot|klein|aanzienlijk|flink|belangrijk|gering)"
    r"\s+deel|het\s+(?:(?:grootste|overgrote)\s+deel|merendeel|gros)|de\s+meerderheid"
    r"|een\s+(?:(?:ruime|grote|kleine|krappe|overgrote)\s+)?(?:meerderheid|minderheid)"
    r"|de\s+overgrote\s+meerderheid)\b",
    re.IGNORECASE,
)
#: Vague counts: "een klein aantal", "een beperkt aantal"; a pronoun "enkele" ("er enkele al").
_VAGUE_COUNT = re.compile(
    r"\been\s+(?:klein|beperkt|groot|gering|flink|aanzienlijk|enorm|toenemend|groeiend|stijgend"
    r"|afnemend|dalend|teruglopend|krimpend)\s+aantal\b"
    # the definite and the plural forms: "het beperkte aantal", "kleine aantallen"
    r"|(?<=\bhet\s)(?:beperkte?|kleine|grote|geringe|enorme)\s+aantal\b"
    r"|\b(?:kleine|grote|beperkte|geringe|enorme)\s+aantallen\b|\been\s+handvol\b|\benkele(?=\s+(?:al|nog|ook|zelfs|pas|daarvan|van|zijn|waren)\b|\s*[,.;:)])",
    re.IGNORECASE,
)
#: "driemaal per jaar" counts events, "tweemaal zo hoog" is a ratio: (unit, form).
_TIMES_UNITS: dict[bool, tuple[Unit, str]] = {
    True: ("count", "frequency"),
    False: ("ratio", "ratio"),
}
#: The unit of each kind of vague amount.
_VAGUE_UNITS: tuple[tuple[re.Pattern, Unit], ...] = (
    (_VAGUE_SHARE, "percent"),
    (_VAGUE_COUNT, "count"),
)
#: One of a scale: "een miljoen", "een half miljoen", "een ton" (the scale is the match's).
_ONE_SCALE = re.compile(
    r"\b(?:een|één|eén)\s+(?:(?P<part>half|kwart)\s+)?(?P<scale>miljoen|miljard|ton)\b"
    r"(?P<euro>\s+euro\b)?",
    re.IGNORECASE,
)
#: A multiple written as one word: "tweemaal zo hoog", "driemaal zoveel", "tweemaal per jaar";
#: so many times an event: "tweemaal een themabijeenkomst" (a count).
_TIMES_WORD = re.compile(
    r"\b(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien)maal\s+(?:(?P<per>per\s+(?:dag|week"
    r"|maand|kwartaal|jaar))|zo\s+(?:hoog|laag|groot|veel|klein|vaak|duur)|zoveel|hoger|lager"
    r"|groter|meer|minder|(?P<event>een\s+(?!half\b|kwart\b)[^\W\d]{4,}))\b",
    re.IGNORECASE,
)
#: A ratio in a word: "dubbel zo hoog", "half zo groot", "het dubbele van".
_DOUBLE = re.compile(
    r"\b(?P<n>dubbel|half)\s+zo\s+(?:hoog|laag|groot|veel|klein|vaak|duur)\b"
    r"|\bhet\s+(?P<d>dubbele|driedubbele)\s+van\b",
    re.IGNORECASE,
)
#: A multiple said by a verb or noun of change: "bijna verdubbeld", "een verdubbeling van",
#: "gehalveerd" (the new level as a ratio of the old one).
_MULTIPLES = {"verdubbel": 2, "verdrievoudig": 3, "verviervoudig": 4, "halveer": 0.5}
_MULTIPLIED = re.compile(
    r"\b(?P<w>verdubbel(?:d|de|den|t|en|ing)|verdrievoudig(?:d|de|den|t|en|ing)"
    r"|verviervoudig(?:d|de|den|t|en|ing)|gehalveerd|halveer(?:de|den|t)|halvering)\b",
    re.IGNORECASE,
)
#: The end figure of a multiple in its clause: "verdubbeld tot 96 personen", "halveerde
#: tussen 2013 en 2015 van 96 naar 48", also after a comma or a colon ("verdubbelde bijna,
#: van 520 naar 990", "verdubbeld, tot ruim 140") (the change keeps its end value, gold
#: README batch 9 decision 6; not a year: "tot 2020").
_MULTIPLE_END = re.compile(
    r"(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,40}?(?:[,:]\s+(?:van\s+(?:€\s*)?\d[\d.,]*\s+)?)?"
    r"\b(?:tot|naar)\s+(?:(?:ruim|bijna|ongeveer|circa|zo['’]n)\s+)?"
    r"(?:€\s*)?(?!(?:19|20)\d\d\b)\d"
    # its values year by year in brackets: "gehalveerd (2014: 1.020; 2016: 510)"
    r"|\s*\((?:19|20)\d\d:\s",
    re.IGNORECASE,
)
#: The article of a noun of change, which a qualifier precedes: "bijna een verdubbeling".
_ARTICLE_BEFORE = re.compile(r"\b(?:een|één|eén)\s+$", re.IGNORECASE)
#: Once in a span of time: "een keer per week", "één maal per jaar", and "eens per maand"
#: with "eens" as the numeral one (not "nog eens": once more).
_ONCE = re.compile(
    r"\b(?:(?:een|één|eén)\s+(?:keer|maal)|(?<!nog\s)eens)\s+per\s+"
    r"(?:dag|week|maand|kwartaal|jaar)\b",
    re.I,
)
#: A round number as a collective: "een tiental aanbieders", "een twintigtal" (about so many).
_ABOUT = re.compile(
    rf"\been\s+(?P<n>{UNITS}|{TEENS}|{TENS}|honderd)tal\b(?!\s+(?:jaren|jaar)\b)",
    re.IGNORECASE,
)
#: A round figure after its unit, about so many: "een jaar of twee", "een stuk of tien".
_UNIT_OR = re.compile(
    rf"\been\s+(?P<unit>dag|week|maand|jaar|stuk|man)\s+of\s+(?P<n>{UNITS}|{TEENS}|{TENS}|\d+)\b",
    re.IGNORECASE,
)
#: One more of a resource: "een extra medewerker", "één extra fte" (the article counts one).
_ONE_EXTRA = re.compile(
    r"\b(?:een|één|eén)(?=\s+extra\s+(?:[^\W\d][\w-]*\s+)?(?:" + "|".join(RESOURCES) + r")\b)",
    re.IGNORECASE,
)
#: Plural units of time, and "jaar" of "een paar jaar".
_TIME_PLURALS: dict[str, Unit] = dict(
    dagen="days", weken="weeks", maanden="months", jaren="years", jaar="years"
)
#: Vague spans of time: "enkele weken", "een paar maanden", "maanden later".
_VAGUE_TIME = re.compile(
    r"\b(?P<q>enkele|een\s+paar|vele|meerdere)\s+(?P<unit>dagen|weken|maanden|jaren)\b"
    r"|\b(?P<q2>een\s+paar)\s+(?P<unit3>jaar)\b(?!\s+(?:oud|ouder|jonger)\b)"
    # "de eerste maanden": an unstated number of months (not a part of a named year: "de
    # eerste maanden van 2015")
    r"|\b(?P<q3>de\s+eerste)\s+(?P<unit5>weken|maanden|jaren)\b(?!\s+van\b)"
    r"|\b(?P<unit2>dagen|weken|maanden)\s+(?:later|lang|duren|duurt|duurde)\b"
    # one word: "maandenlang", "jarenlang" (for months, for years)
    r"|\b(?P<unit4>dagen|weken|maanden|jaren)lang\b",
    re.IGNORECASE,
)
#: Words every match of a ``_phrases`` pattern holds whole (see :mod:`kg.extract.wordruns`).
_GATES = Anchors({
    _ONE_IN: ["op|van"],  # and a digit or a number word (:data:`NUMBER_WORDS`)
    FOLD: ["(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)voud"],
    HELD_VOTES: ["stemmen"],
    _FRACTION: ["(?:twee|drie|vier)?(?:" + "|".join(FRACTIONS) + ")"],
    _ONE_SCALE: ["miljoen|miljard|ton"],
    _TIMES_WORD: ["(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)maal"],
    _DOUBLE: ["dubbel|half|dubbele|driedubbele"],
    _MULTIPLIED: [_MULTIPLIED.pattern[2:-2]],
    _ONCE: ["keer|maal|eens", "per"],
    _ONE_EXTRA: ["extra"],
    _HALF: ["half|halfjaar|halfuur|halve"],
    _WHOLE: ["hele|volle|heel|vol"],
    _HALF_FTE: ["halve"],
    _ONE_UNIT: ["uur|dag|week|maand|kwartaal|jaar|kwartier"],
    _VAGUE: ["|".join(VAGUE_NUMBERS) + "|honderd|duizend|ton|tonnen"],
    _ABOUT: [f"(?:{UNITS}|{TEENS}|{TENS}|honderd)tal"],
    _UNIT_OR: ["of", "dag|week|maand|jaar|stuk|man"],
    _VAGUE_SHARE: ["deel|merendeel|gros|meerderheid|minderheid"],
    _VAGUE_COUNT: ["aantal|aantallen|handvol|enkele"],
    _VAGUE_TIME: ["dagen|weken|maanden|jaren|jaar|dagenlang|wekenlang|maandenlang|jarenlang"],
    **_VAGUE_AMOUNTS,
})  # fmt: skip


def _halves_and_wholes(halves: Iterable[re.Match], wholes: Iterable[re.Match]) -> list[Number]:
    """Half a unit of time ("een half jaar", "een halve dag") and a whole one ("een hele
    dag", "een vol uur"), an hour and its quarter counted in minutes."""
    found = []
    for m in halves:
        value, unit, form = _HALVES[(m.group("unit") or m.group("unit2")).lower()]
        found.append(Number(m.start(), m.end(), value, unit, form))
    for m in wholes:
        word = (m.group("unit") or m.group("unit2")).lower()
        unit, value = DURATIONS[word], MINUTES_IN.get(word, Decimal(1))
        unit = "minutes" if word in MINUTES_IN else unit
        found.append(Number(m.start(), m.end(), value, unit, "duration"))
    return found


def _one_units(matches: Iterable[re.Match], text: str, start: int) -> list[Number]:
    """One unit of time after a word of time ("soms een week") or before "later" or "lang"
    ("een kwartaal lang": three months): a duration of one."""
    found = []
    for m in matches:
        before = _ONE_UNIT_BEFORE.search(text, max(start, m.start() - 24), m.start())
        if before is None and not _LATER.match(text, m.end(), m.end() + 8):
            continue  # "een jaar van overgang": no word of time before the article
        word = m.group("unit").lower()
        unit, value = DURATIONS.get(word, "months"), Decimal(1 if word != "kwartaal" else 3)
        if word in MINUTES_IN:  # no more than an hour: in minutes, as half one
            unit, value = "minutes", MINUTES_IN[word]
        found.append(Number(m.start() - 4, m.end(), value, unit, "duration"))
    return found


#: "een paar" before a scale word: a couple of hundreds, thousands or tons.
_COUPLE = re.compile(r"een\s+paar\s+(?P<scale>honderd|duizend|ton)\b", re.IGNORECASE)
_COUPLE_SCALES = {"honderd": Decimal(100), "duizend": Decimal(1000), "ton": Decimal(100000)}


def _couple(words: str) -> Decimal | None:
    """The value of "een paar honderd", "een paar ton": two of the scale, the lower bound of
    "a couple" (as a range's start); None for other vague amounts ("enkele tonnen").

    Examples
    --------
    >>> _couple("een paar ton"), _couple("een paar honderd"), _couple("enkele tonnen")
    (Decimal('200000'), Decimal('200'), None)
    """
    m = _COUPLE.match(words)
    return 2 * _COUPLE_SCALES[m.group("scale").lower()] if m else None


def _is_fraction(text: str, m: re.Match, floor: int) -> bool:
    """ "de helft", "ongeveer een derde", "waarvan een derde" (not "een derde zorg").

    A half or a quarter is always a share; "derde", "vijfde" and "tiende" are
    ordinals too, so they are shares only before "van", a verb or a comparative,
    or after an approximation or a partitive ("waarvan een derde").
    """
    if m.group("frac").lower() in {"helft", "kwart"}:
        return True  # never an ordinal
    after = text[m.end() : m.end() + WINDOW]
    if _FRACTION_NEXT.match(after):
        return True
    before = text[max(floor, m.start() - 12) : m.start()].lower()
    # "met een kwart gedaald": the amount of a change; "waarvan een derde": a part
    return bool(_FRACTION_BEFORE.search(before)) and not _ORDINAL_NEXT.match(after)


def phrases(text: str, start: int, end: int) -> list[Number]:
    """Figures that are phrases: shares, half a year, one unit of time, vague amounts."""
    found: list[Number] = []
    present = _GATES.present(text, start, end)  # the anchors the runs hold, looked up once
    if not present:
        return found  # every pattern below has anchors (most sentences hold none of them)
    scan, here = _GATES.finditer, (present, text, start, end)  # matches where anchors are
    found += fold_counts(scan(FOLD, *here))  # "in drievoud": three copies
    found += held_votes(scan(HELD_VOTES, *here))  # "één van de vijftien stemmen": one vote
    counts = _DIGIT.search(text, start, end) or NUMBER_WORDS.holds(text, start, end)  # a share's
    for m in scan(_ONE_IN, *here) if counts else ():
        a, b = word_value(m.group("a")), word_value(m.group("b") or m.group("base") or m["few"])
        if m.group("few") and not 1 < a < b:
            continue  # "één van de drie wethouders": one of them, not a share
        if m.group("b") and not m.group("de") and not a < b:
            continue  # "1 op 1 begeleiding": one to one, not a share ("1 op 3" is one)
        if b and a <= b:  # "1 op de 8", "drie van de tien", "twee van de drie"
            share = (a * 100 / b).quantize(Decimal("0.1")).normalize()
            found.append(Number(m.start(), m.end(), share, "percent", "share"))
    for m in scan(_FRACTION, *here):
        if not _is_fraction(text, m, start):
            continue  # "een derde zorg": an ordinal
        # "driekwart", "tweederde"; none after "nog geen" ("nog geen kwart van de jongeren")
        det = (m.group("det") or m.group("closed") or "een").lower()
        times = Decimal(1) if det in {"de", "een", "één", "eén"} else word_value(det)
        whole = Decimal(100) * times / _DENOMINATORS[m.group("frac").lower()]
        value = whole.quantize(Decimal("0.1")).normalize()
        found.append(Number(m.start(), m.end(), value, "percent", "share"))
    for m in scan(_ONE_SCALE, *here):  # "een half miljoen", "een ton"
        part = {"half": Decimal("0.5"), "kwart": Decimal("0.25")}.get(
            (m.group("part") or "").lower()
        )
        found.append(scaled(m.start(), m, part or Decimal(1)))
    for m in scan(_TIMES_WORD, *here):  # "tweemaal zo hoog", "driemaal per jaar"
        value = word_value(m.group("n"))
        events = m.group("per") or m.group("event")
        unit, form = _TIMES_UNITS[bool(events)]
        found.append(Number(m.start(), m.end(), value, unit, form))
    for m in scan(_DOUBLE, *here):  # "dubbel zo hoog": a ratio of two
        word = (m.group("n") or m.group("d")).lower()
        value = {"half": Decimal("0.5"), "driedubbele": Decimal(3)}.get(word, Decimal(2))
        found.append(Number(m.start(), m.end(), value, "ratio", "ratio"))
    for m in scan(_MULTIPLIED, *here):  # "verdubbeld": a ratio of two, "gehalveerd" of a half
        if _MULTIPLE_END.match(text, m.end(), end):
            continue  # "verdubbeld tot 96 personen": the end figure is the change's value
        word = (
            m.group("w").lower().replace("gehalveerd", "halveerd").replace("halvering", "halveer")
        )
        factor = next(v for k, v in _MULTIPLES.items() if word.startswith(k[:-2]))
        art = _ARTICLE_BEFORE.search(text, max(start, m.start() - 5), m.start())
        begin = art.start() if art and word.endswith("ing") else m.start()  # "bijna een …"
        found.append(Number(begin, m.end(), Decimal(str(factor)), "ratio", "ratio"))
    for m in scan(_ONCE, *here):  # "een keer per week": a count of events
        found.append(Number(m.start(), m.end(), Decimal(1), "count", "frequency"))
    for m in scan(_ONE_EXTRA, *here):  # "een extra medewerker"
        found.append(Number(m.start(), m.end(), Decimal(1), "count", "word"))
    found += _halves_and_wholes(scan(_HALF, *here), scan(_WHOLE, *here))
    for m in scan(_HALF_FTE, *here):  # "een halve formatieplaats": half a full-time job
        found.append(Number(m.start(), m.end(), Decimal("0.5"), "fte", "fte"))
    found += _one_units(scan(_ONE_UNIT, *here), text, start)
    for m in scan(_VAGUE, *here):
        unit = "EUR" if m["euro"] or m["euros"] or m["tons"] else "count"
        found.append(Number(m.start(), m.end(), _couple(m.group()), unit, "vague"))
    for m in scan(_UNIT_OR, *here):  # "een jaar of twee": about two years
        unit = DURATIONS.get(m["unit"].lower(), "count")
        found.append(Number(m.start(), m.end(), word_value(m["n"]), unit, "vague", m.group()))
    for m in scan(_ABOUT, *here):
        value = Decimal(compound_value(m.group("n")))
        found.append(Number(m.start(), m.end(), value, "count", "vague", m.group()))
    for pattern, unit in _VAGUE_UNITS:
        for m in scan(pattern, *here):
            found.append(Number(m.start(), m.end(), None, unit, "vague", m.group()))
    for m in scan(_VAGUE_TIME, *here):
        noun = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]
        qualifier = m["q"] or m["q2"] or (m.group() if m["unit4"] or m["unit5"] else noun)
        found.append(
            Number(m.start(), m.end(), None, _TIME_PLURALS[noun.lower()], "vague", qualifier)
        )
    found += vague_amounts(lambda pattern: scan(pattern, *here), text, start)
    return found
