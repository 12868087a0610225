"""Numbers in Dutch prose: every form a municipality profile states a figure in.

:func:`find_numbers` reads one stretch of text (a sentence) and returns each
figure with its value and unit:

- digits with Dutch separators, a percent sign or a euro sign: ``30.000``,
  ``2,5``, ``4%``, ``€ 850,-``; with a scale word: ``€ 1,2 miljoen``,
  ``6 ton`` (a ton is 100,000 euro);
- number words: ``twee``, ``achttien``, ``veertig``; vague counts:
  ``tientallen``, ``duizenden`` (no value);
- shares: ``1 op de 8`` (12.5 percent), ``drie van de tien``, ``de helft``,
  ``een derde``;
- one more of a resource: ``een extra medewerker``;
- ratios: ``drie keer zo hoog``, ``twee maal zoveel``;
- durations: ``veertig jaar lang``, ``een half jaar``, ``zes weken``.

It skips what is not a figure: years, days of a date, ages (``65 jaar``,
``65+``, ``onder de 25``, ``tussen 18 en 27 jaar``), compound modifiers
(``65-plussers``, ``18-/18+``), labels (``prioriteit 1``, ``paragraaf
4.3``), denominators (``per 1.000 inwoners``), frequencies (``twee keer per
jaar``), ordinals, clock times and the ``één`` of a slogan or pronoun.

The words themselves (number words, fractions, scale words, units of time)
are the lexicon of :mod:`kg.extract.numberwords`.

Every look-around reads a window of bounded size, so the work is linear in
the length of the text: each number is visited once and looks at most
:data:`WINDOW` characters either side.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from kg.extract.changewords import RESOURCES
from kg.extract.notfigures import AGE_YEARS as _AGE_YEARS
from kg.extract.notfigures import DURATION_BEFORE as _DURATION_BEFORE
from kg.extract.notfigures import FREQUENCY as _FREQUENCY
from kg.extract.notfigures import LABEL as _LABEL
from kg.extract.notfigures import NUM as _NUM
from kg.extract.notfigures import QUALIFIED_END as _QUALIFIED_END
from kg.extract.notfigures import RANGE_NEXT as _RANGE_NEXT
from kg.extract.notfigures import WINDOW
from kg.extract.notfigures import age_in_words as _age_in_words
from kg.extract.notfigures import change_end_point as _change_end_point
from kg.extract.notfigures import counts_without_noun as _counts_without_noun
from kg.extract.notfigures import not_a_figure as _not_a_figure
from kg.extract.notfigures import range_start as _range_start
from kg.extract.notfigures import slogan_or_pronoun as _slogan_or_pronoun
from kg.extract.numberwords import (
    COMPOUND,
    DURATIONS,
    FRACTIONS,
    FUNCTION_WORDS,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    VAGUE_NUMBERS,
    WORD_NUMBERS,
    compound_value,
    digit_fractions,
    to_decimal,
    word_value,
)
from kg.extract.prefixscan import finditer as prefix_finditer
from kg.extract.rulegates import KeyGate
from kg.extract.wordruns import Anchors, whole_run_matches

_DIGITS = re.compile(
    rf"(?<![\w.,/])(?<!(?<!\d)-)(?P<euro>€\s?|\bEUR\s)?(?P<num>{_NUM})(?P<dash>,-)?"
    r"(?:\s*(?P<pct>%|procent\b|procentpunt(?:en)?\b|pct\b\.?))?"
    r"(?:\s+(?P<scale>ton|miljoen|miljard|duizend|(?:mln|mld|mrd)\b\.?))?(?P<euro2>\s+euro\b)?",
    re.IGNORECASE,
)
_ONE_IN = re.compile(
    rf"\b(?P<a>{_NUM}|één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+"
    rf"(?:op\s+(?P<de>de\s+)?(?P<b>{_NUM}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd)"
    r"|van\s+de\s+(?:(?P<base>10|100|1\.000|tien|honderd|duizend)|(?P<few>drie|vier|vijf)))\b",
    re.IGNORECASE,
)
_WORDS = re.compile(
    r"\b(?P<word>"
    + COMPOUND
    + "|"
    + "|".join(sorted((w for w in WORD_NUMBERS if w != "een"), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: Every match of ``_WORDS`` holds one of these: a compound holds "honderd", "duizend" or
#: a word of tens, each a number word itself.
_NUMBER_WORDS = KeyGate(w for w in WORD_NUMBERS if w != "een")
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
#: Words before "een derde" / "een vijfde" that make it a share, not an ordinal.
_FRACTION_BEFORE = re.compile(
    r"\b(?:ongeveer|ruim|bijna|circa|zo['’]n|nog geen|ruwweg|met|waarvan|daarvan|hiervan"
    r"|van\s+wie|van\s+hen)\s+$"
)
_HALF = re.compile(r"\been\s+half\s+jaar\b", re.IGNORECASE)
#: "binnen een week", "al een jaar": one unit of time after a word of time.
_ONE_UNIT = re.compile(
    r"\b(?:binnen|na|al|over|sinds|gedurende|ruim|bijna|ongeveer|circa|dan|geen)\s+"
    r"(?P<one>een|één|eén)\s+(?P<unit>dag|week|maand|jaar)\b"
    r"(?!\s+(?:per|later|eerder|geleden|ervoor|daarvoor)\b)",  # a point in time
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
    r"\been\s+(?:klein|beperkt|groot|gering|flink|aanzienlijk|toenemend|groeiend|stijgend"
    r"|afnemend|dalend|teruglopend|krimpend)\s+aantal\b|\been\s+handvol\b|\benkele(?=\s+(?:al|nog|ook|zelfs|pas|daarvan|van|zijn|waren)\b|\s*[,.;:)])",
    re.IGNORECASE,
)
#: A unit or scale word after a number word: "twintig procent", "twee ton", "drie miljoen"
#: (euros unless a noun follows: "zeventien miljoen inwoners"), "een half miljoen".
_WORD_SCALE = re.compile(
    r"\s+(?:(?P<pct>procent\b|%)|(?P<scale>ton|miljoen|miljard|duizend)\b(?P<euro>\s+euro\b)?"
    r"|(?P<euro2>euro)\b)",
    re.IGNORECASE,
)
#: One of a scale: "een miljoen", "een half miljoen", "een ton" (the scale is the match's).
_ONE_SCALE = re.compile(
    r"\b(?:een|één|eén)\s+(?:(?P<part>half|kwart)\s+)?(?P<scale>miljoen|miljard|ton)\b"
    r"(?P<euro>\s+euro\b)?",
    re.IGNORECASE,
)
#: A multiple written as one word: "tweemaal zo hoog", "driemaal zoveel", "tweemaal per jaar".
_TIMES_WORD = re.compile(
    r"\b(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien)maal\s+(?:(?P<per>per\s+(?:dag|week"
    r"|maand|kwartaal|jaar))|zo\s+(?:hoog|laag|groot|veel|klein|vaak|duur)|zoveel|hoger|lager"
    r"|groter|meer|minder)\b",
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
#: The article of a noun of change, which a qualifier precedes: "bijna een verdubbeling".
_ARTICLE_BEFORE = re.compile(r"\b(?:een|één|eén)\s+$", re.IGNORECASE)
#: Once in a span of time: "een keer per week", "één maal per jaar".
_ONCE = re.compile(
    r"\b(?:een|één|eén)\s+(?:keer|maal)\s+per\s+(?:dag|week|maand|kwartaal|jaar)\b", re.I
)
#: A plural noun right after a figure: "17 miljoen inwoners" counts people, not euros.
_COUNTED_NOUN = re.compile(
    r"\s+(?!(?:uit|op|toe|vrij|bij|aan|af|over|mee|terug)?ge\w+en\b|ontvangen\b)"  # participles
    r"[^\W\d][\w-]*(?:en|s)\b",
    re.IGNORECASE,
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
_CLAUSE_END = re.compile(r"\s*[.;:!?)]")
#: Forms of a count of a noun (a gapped noun repeats one: "acht aanbieders … en zes voor …").
_NAMED = frozenset(("word", "digits"))


def _counted(found: list[Number]) -> bool:
    return any(n.unit == "count" and n.form in _NAMED for n in found)


#: Plural units of time, and "jaar" of "een paar jaar".
_TIME_PLURALS = dict(dagen="days", weken="weeks", maanden="months", jaren="years", jaar="years")
#: Vague spans of time: "enkele weken", "een paar maanden", "maanden later".
_VAGUE_TIME = re.compile(
    r"\b(?P<q>enkele|een\s+paar|vele|meerdere)\s+(?P<unit>dagen|weken|maanden|jaren)\b"
    r"|\b(?P<q2>een\s+paar)\s+(?P<unit3>jaar)\b(?!\s+(?:oud|ouder|jonger)\b)"
    r"|\b(?P<unit2>dagen|weken|maanden)\s+(?:later|lang|duren|duurt|duurde)\b",
    re.IGNORECASE,
)
#: A unit of time right after a figure: "zes weken", "twee maanden".
_DURATION = re.compile(r"\s+(" + "|".join(DURATIONS) + r")\b", re.IGNORECASE)
_RATIO = re.compile(
    r"\s+(?:keer|maal)\s+(?:zo\s+(?:hoog|laag|groot|veel|klein|vaak|duur)|zoveel|zo\s+veel"
    r"|hoger|lager|groter|meer|minder|zo\b)",
    re.IGNORECASE,
)


#: A scale word inside a figure's quote ("3 miljoen euro"): the scale of a range's start too.
_SCALE_WORD = re.compile(r"\b(?:ton|miljoen|miljard|duizend|(?:mln|mld|mrd)\b\.?)", re.IGNORECASE)
#: "per inwoner" earlier in an amount's clause: "ontvangt per inwoner € 520", "per inwoner: € 520".
_PER_INHABITANT_BEFORE = re.compile(
    r"\bper\s+(?:inwoner|hoofd(?:\s+van\s+de\s+bevolking)?)\b[^.,;:()€\d]{0,30}:?\s*$", re.I
)
_PER_INHABITANT = re.compile(
    r"\s*per\s+(?:inwoner|hoofd(?:\s+van\s+de\s+bevolking)?)\b", re.IGNORECASE
)


#: Words every match of a ``_phrases`` pattern holds whole (see :mod:`kg.extract.wordruns`).
_GATES = Anchors({
    _ONE_IN: [
        "op|van", r"\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend"
    ],
    _FRACTION: ["(?:twee|drie|vier)?(?:" + "|".join(FRACTIONS) + ")"],
    _ONE_SCALE: ["miljoen|miljard|ton"],
    _TIMES_WORD: ["(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien)maal"],
    _DOUBLE: ["dubbel|half|dubbele|driedubbele"],
    _MULTIPLIED: [_MULTIPLIED.pattern[2:-2]],
    _ONCE: ["keer|maal"],
    _ONE_EXTRA: ["extra"],
    _HALF: ["half"],
    _ONE_UNIT: ["dag|week|maand|jaar"],
    _VAGUE: ["|".join(VAGUE_NUMBERS) + "|honderd|duizend|ton|tonnen"],
    _ABOUT: [f"(?:{UNITS}|{TEENS}|{TENS}|honderd)tal"],
    _UNIT_OR: ["of", "dag|week|maand|jaar|stuk|man"],
    _VAGUE_SHARE: ["deel|merendeel|gros|meerderheid|minderheid"],
    _VAGUE_COUNT: ["aantal|handvol|enkele"],
    _VAGUE_TIME: ["dagen|weken|maanden|jaren|jaar"],
})  # fmt: skip


class _Spans:
    """Spans merged and sorted, asked whether they hold a position in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@dataclass(frozen=True)
class Number:
    """A figure found in the text.

    Attributes
    ----------
    start, end : int
        Span of the figure with its unit words (``€ 1,2 miljoen``, ``1 op de
        8``, ``drie keer zo hoog``).
    value : Decimal or None
        Its value (``6 ton`` → 600000); None for a vague count.
    unit : str
        ``count``, ``percent``, ``EUR``, ``ratio``, ``days``, ``weeks``,
        ``months`` or ``years``.
    form : str
        ``digits``, ``word``, ``vague``, ``share``, ``ratio``, ``duration``,
        ``half`` (``een half jaar``, a rounded duration) or ``range`` (``twee
        of drie``: the lower bound).
    qualifier : str or None
        The words that make the figure approximate when they are part of it:
        a range (``twee of drie``), a vague amount (``een groot deel``,
        ``enkele``).
    """

    start: int
    end: int
    value: Decimal | None
    unit: str
    form: str
    qualifier: str | None = None


def _ranges(text: str, found: list[Number]) -> list[Number]:
    """Join each range start to the figure that ends the range: the lower bound, approximate.

    "twee of drie kinderen" → 2 (count), "drie tot vier maanden" → 3 (months):
    the unit is the end's, the value the start's, the range words the qualifier.
    A range start whose end is no figure is dropped.
    """
    out: list[Number] = []
    for i, number in enumerate(found):
        if number.form != "range-start":
            out.append(number)
            continue
        m = _RANGE_NEXT.match(text, number.end, number.end + WINDOW)
        stop = m.start("rest") if m else number.end
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is None or nxt.value is None or nxt.form == "range-start" or nxt.start >= stop:
            continue  # no figure ends the range, or a date ("1-1-2015")
        qualifier = text[number.start : stop]
        value = number.value
        scale = _SCALE_WORD.search(text, nxt.start, nxt.end)
        if value is not None and scale and number.form == "range-start":
            value *= SCALES[scale.group().lower().rstrip(".")]  # "2 à 3 miljoen": 2 miljoen
        out.append(Number(number.start, nxt.end, value, nxt.unit, "range", qualifier))
    return out


#: A digit: every figure of ``_DIGITS`` holds one, at most four characters after it begins
#: ("EUR 5", "€ 5").
_DIGIT = re.compile(r"\d")


def _digits(
    text: str, start: int, end: int, taken: _Spans, first: int | None = None
) -> list[Number]:
    """The figures in digits of ``text[start:end]``; ``first``: where its first digit is."""
    found: list[Number] = []
    if first is None:
        digit = _DIGIT.search(text, start, end)
        if digit is None:
            return found
        first = digit.start()
    # no figure begins before the first digit's euro sign: read from there (the
    # look-behinds and \b see the text before it all the same)
    for m in _DIGITS.finditer(text, max(start, first - 4), end):
        s, e = m.start("num"), m.end("num")
        plain = not (m.group("pct") or m.group("euro") or m.group("scale") or m.group("euro2"))
        if taken.holds(s) or _not_a_figure(text, s, e, start, plain):
            continue
        if (plain or not (m["scale"] or m["pct"] or m["dash"])) and _range_start(text, s, e, start):
            found.append(Number(m.start(), e, to_decimal(m.group("num")), "count", "range-start"))
            continue
        value, unit = to_decimal(m.group("num")), "count"
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower().rstrip(".")]
        if m.group("pct"):
            unit = "percent"
        elif m.group("euro") or m.group("euro2") or _money_scale(text, m):
            unit = "EUR"
        stop = m.end()
        per = _PER_INHABITANT.match(text, stop, end) if unit == "EUR" else None
        if per:
            unit, stop = "EUR per inhabitant", per.end()
        elif unit == "EUR" and _PER_INHABITANT_BEFORE.search(text, max(start, s - 45), m.start()):
            unit = "EUR per inhabitant"  # "ontvangt per inwoner ruim € 520"
        found.append(Number(m.start(), stop, value, unit, "digits"))
    return found


def _ratio_or_duration(text: str, number: Number) -> Number | None:
    """Widen a bare figure that is a ratio or a duration; None if it is a frequency."""
    after = text[number.end : number.end + WINDOW]
    ratio = _RATIO.match(after)
    if ratio:
        return Number(number.start, number.end + ratio.end(), number.value, "ratio", "ratio")
    often = re.match(r"\s+(?:keer|maal)\s+per\s+(?:dag|week|maand|jaar|kwartaal)\b", after, re.I)
    if often:  # "twee keer per jaar": a count of events
        return Number(number.start, number.end + often.end(), number.value, "count", "frequency")
    if re.match(r"\s+(?:keer|maal)\b", after, re.IGNORECASE):
        return None  # "in één keer", "de tweede keer": an occasion, not a figure
    if _FREQUENCY.match(after):
        return None  # a frequency ("één dagdeel per week")
    lang = re.match(r"\s+jaar\s+lang\b", after, re.IGNORECASE)
    if lang:
        return Number(number.start, number.end + lang.end(), number.value, "years", "duration")
    duration = _DURATION.match(after)
    if duration:
        unit = DURATIONS[duration.group(1).lower()]
        return Number(number.start, number.end + duration.end(), number.value, unit, "duration")
    return number


def _words(text: str, start: int, end: int, taken: _Spans) -> list[Number]:
    found: list[Number] = []
    if not _NUMBER_WORDS.holds(text, start, end):
        return found
    for m in whole_run_matches(_WORDS, text, start, end):
        if taken.holds(m.start()) or _slogan_or_pronoun(text, m.start(), m.end(), start, end):
            continue
        value = word_value(m.group("word"))
        if _range_start(text, m.start(), m.end(), start):
            if not _age_in_words(text, m.start(), m.end(), start):  # "kinderen van vier tot …"
                found.append(Number(m.start(), m.end(), value, "count", "range-start"))
            continue
        scaled = _WORD_SCALE.match(text, m.end(), end)
        if scaled:  # "twintig procent", "twee ton", "anderhalf miljoen euro"
            found.append(_scaled(m.start(), scaled, value))
            continue
        before = text[max(start, m.start() - 25) : m.start()]
        nxt = re.match(r"\s+([\w’'+-]+)", text[m.end() : m.end() + WINDOW])
        age = _AGE_YEARS.match(text[m.end() : m.end() + 20])
        age = age if value == int(value) else None  # "anderhalf jaar" is no age
        if nxt is None or nxt.group(1).lower() in FUNCTION_WORDS:
            # "worden achttien terwijl": no noun, not a count; "nog geen twintig." is one
            if not (
                (_QUALIFIED_END.search(before) and _CLAUSE_END.match(text, m.end()))
                or _counts_without_noun(before, nxt, value, _counted(found))
                or _change_end_point(text, m.start(), m.end(), start)
            ):
                continue
        elif age and not _DURATION_BEFORE.search(before):
            continue  # an age in words
        if _age_in_words(text, m.start(), m.end(), start):
            continue  # "boven de tachtig", "als ze achttien worden"
        found.append(Number(m.start(), m.end(), value, "count", "word"))
    return found


def _money_scale(text: str, m: re.Match) -> bool:
    """A scale that makes euros: "6 ton"; "12,5 miljoen" unless a noun is counted."""
    scale = (m.group("scale") or "").lower().rstrip(".")
    if scale == "ton":
        return True
    return scale in {"miljoen", "miljard", "mln", "mld", "mrd"} and not _COUNTED_NOUN.match(
        text, m.end()
    )


def _scaled(start: int, m: re.Match, value: Decimal) -> Number:
    """A number with the unit or scale words of ``m`` (``_WORD_SCALE``, ``_ONE_SCALE``)."""
    groups = m.groupdict()
    if groups.get("pct"):
        return Number(start, m.end(), value, "percent", "word")
    scale = (groups.get("scale") or "").lower()
    value *= SCALES.get(scale, 1)
    money = bool(groups.get("euro") or groups.get("euro2")) or scale == "ton"
    counted = bool(_COUNTED_NOUN.match(m.string, m.end()))
    unit = "EUR" if money or (scale in {"miljoen", "miljard"} and not counted) else "count"
    return Number(start, m.end(), value, unit, "word")


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
    return bool(_FRACTION_BEFORE.search(before))


def find_numbers(text: str, start: int, end: int) -> list[Number]:
    """Return the figures in ``text[start:end]``, in text order, without overlaps.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The stretch to read (a sentence).

    Returns
    -------
    list of Number

    Examples
    --------
    >>> s = "Het tekort was 6 ton, 1 op de 8 kinderen; in 2015 twee keer zo hoog."
    >>> [(n.value, n.unit) for n in find_numbers(s, 0, len(s))]
    [(Decimal('600000'), 'EUR'), (Decimal('12.5'), 'percent'), (Decimal('2'), 'ratio')]
    """
    # a label ("stap 2"), a fraction in digits and a figure in digits all hold a digit
    first = _DIGIT.search(text, start, end)
    labels = (
        [(m.start(), m.end()) for m in prefix_finditer(_LABEL, text, start, end)] if first else []
    )
    found = _phrases(text, start, end)
    if first:
        fractions = digit_fractions(text, start, end)
        found += [Number(a, b, v, "percent", "share") for a, b, v in fractions]
    taken = _Spans(labels + [(n.start, n.end) for n in found])
    digits = _digits(text, start, end, taken, first.start()) if first else []
    for number in digits + _words(text, start, end, taken):
        widened = _ratio_or_duration(text, number) if number.unit == "count" else number
        if widened is not None:
            found.append(widened)
    found.sort(key=lambda n: (n.start, -n.end))
    out: list[Number] = []
    for number in _ranges(text, found):
        if not out or number.start >= out[-1].end:  # no overlap with the one before
            out.append(number)
    return out


def _phrases(text: str, start: int, end: int) -> list[Number]:
    """Figures that are phrases: shares, half a year, one unit of time, vague amounts."""
    found: list[Number] = []
    present = _GATES.present(text, start, end)  # the anchors the runs hold, looked up once
    if not present:
        return found  # every pattern below has anchors (most sentences hold none of them)
    scan, here = _GATES.finditer, (present, text, start, end)  # matches where anchors are
    for m in scan(_ONE_IN, *here):
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
        found.append(_scaled(m.start(), m, part or Decimal(1)))
    for m in scan(_TIMES_WORD, *here):  # "tweemaal zo hoog", "driemaal per jaar"
        value = word_value(m.group("n"))
        unit, form = ("count", "frequency") if m.group("per") else ("ratio", "ratio")
        found.append(Number(m.start(), m.end(), value, unit, form))
    for m in scan(_DOUBLE, *here):  # "dubbel zo hoog": a ratio of two
        word = (m.group("n") or m.group("d")).lower()
        value = {"half": Decimal("0.5"), "driedubbele": Decimal(3)}.get(word, Decimal(2))
        found.append(Number(m.start(), m.end(), value, "ratio", "ratio"))
    for m in scan(_MULTIPLIED, *here):  # "verdubbeld": a ratio of two, "gehalveerd" of a half
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
    for m in scan(_HALF, *here):
        found.append(Number(m.start(), m.end(), Decimal(6), "months", "half"))
    for m in scan(_ONE_UNIT, *here):
        unit = DURATIONS[m.group("unit").lower()]
        found.append(Number(m.start("one"), m.end(), Decimal(1), unit, "duration"))
    for m in scan(_VAGUE, *here):
        unit = "EUR" if m["euro"] or m["euros"] or m["tons"] else "count"
        found.append(Number(m.start(), m.end(), None, unit, "vague"))
    for m in scan(_UNIT_OR, *here):  # "een jaar of twee": about two years
        unit = DURATIONS.get(m["unit"].lower(), "count")
        found.append(Number(m.start(), m.end(), word_value(m["n"]), unit, "vague", m.group()))
    for m in scan(_ABOUT, *here):
        value = Decimal(compound_value(m.group("n")))
        found.append(Number(m.start(), m.end(), value, "count", "vague", m.group()))
    for pattern, unit in ((_VAGUE_SHARE, "percent"), (_VAGUE_COUNT, "count")):
        for m in scan(pattern, *here):
            found.append(Number(m.start(), m.end(), None, unit, "vague", m.group()))
    for m in scan(_VAGUE_TIME, *here):
        noun = m.group("unit") or m.group("unit2") or m.group("unit3")
        qualifier = m.group("q") or m.group("q2") or noun
        found.append(
            Number(m.start(), m.end(), None, _TIME_PLURALS[noun.lower()], "vague", qualifier)
        )
    return found
