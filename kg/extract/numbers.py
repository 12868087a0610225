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
from dataclasses import replace
from decimal import Decimal

from kg.extract.changeends import change_end_point as _change_end_point
from kg.extract.changeends import range_start as _range_start
from kg.extract.gappedunits import gapped_units
from kg.extract.indexfigures import INDEX_BEFORE
from kg.extract.levelratios import LEVEL_NOUN
from kg.extract.notfigures import AGE_YEARS as _AGE_YEARS
from kg.extract.notfigures import FREQUENCY as _FREQUENCY
from kg.extract.notfigures import LABEL as _LABEL
from kg.extract.notfigures import NUM as _NUM
from kg.extract.notfigures import QUALIFIED_END as _QUALIFIED_END
from kg.extract.notfigures import RANGE_NEXT as _RANGE_NEXT
from kg.extract.notfigures import WINDOW, timed_amount, years_no_span
from kg.extract.notfigures import age_in_words as _age_in_words
from kg.extract.notfigures import clock_time as _clock_time
from kg.extract.notfigures import counts_without_noun as _counts_without_noun
from kg.extract.notfigures import not_a_figure as _not_a_figure
from kg.extract.notfigures import slogan_or_pronoun as _slogan_or_pronoun
from kg.extract.numberform import COUNTED_NOUN, Number, percent_unit
from kg.extract.numberform import scaled as _scaled
from kg.extract.numberphrases import NUMBER_WORDS as _NUMBER_WORDS
from kg.extract.numberphrases import phrases
from kg.extract.numberwords import (
    COMPOUND,
    DURATIONS,
    FUNCTION_WORDS,
    MINUTES_IN,
    SCALES,
    WORD_NUMBERS,
    digit_fractions,
    to_decimal,
    word_value,
)
from kg.extract.prefixscan import finditer as prefix_finditer
from kg.extract.wordruns import whole_run_matches
from kg.vocab import Unit

__all__ = ["WINDOW", "Number", "find_numbers", "to_decimal"]

_DIGITS = re.compile(
    rf"(?<![\w.,/])(?<!(?<!\d)-)(?P<euro>€\s?|\bEUR\s)?(?P<num>{_NUM})(?P<dash>,-)?"
    r"(?:\s*(?P<pct>%|procent\b|procentpunt(?:en)?\b|pct\b\.?))?"
    r"(?:\s+(?P<scale>ton|miljoen|miljard|duizend|(?:mln|mld|mrd)\b\.?))?(?P<euro2>\s+euro\b)?",
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
#: Every match of ``_WORDS`` holds one of :data:`_NUMBER_WORDS`: a compound holds "honderd",
#: "duizend" or a word of tens, each a number word itself.
#: A unit or scale word after a number word: "twintig procent", "twee ton", "drie miljoen"
#: (euros unless a noun follows: "zeventien miljoen inwoners"), "een half miljoen".
_WORD_SCALE = re.compile(
    r"\s+(?:(?P<pct>procent(?:punt(?:en)?)?\b|%)|(?P<scale>ton|miljoen|miljard|duizend)\b(?P<euro>\s+euro\b)?"
    r"|(?P<euro2>euro)\b)",
    re.IGNORECASE,
)
#: The "er" of a count whose noun is left out, a few words before it: "nu zijn het er tien.",
#: "er waren in 2015 nog maar drie." (the number word then ends its clause).
_ER_COUNT = re.compile(r"\b[Ee]r\s+(?:(?:[^\W\d]+|(?:19|20)\d\d)\s+){0,5}$")
#: The quantitative "er" right before a number word, whose noun is left out (ANS, "er" as
#: a partitive): "waarvan er negen werden overgenomen", "dat er drie bij zijn gekomen".
_ER_BEFORE = re.compile(r"\b[Ee]r\s+$")
#: The same "er" a few words before, an adverb of amount right before the number word: "Hier
#: slapen er in een koude nacht nog tien op de grond", "er wachten nu al twaalf op een plek".
_ER_ADVERB_BEFORE = re.compile(
    r"\b[Ee]r\s+(?:[^\W\d]+\s+){0,5}(?:nog|al|maar|slechts|ruim|bijna|ongeveer|hooguit"
    r"|minstens)\s+$"
)
#: The same "er" after a partitive relative, with a place or a qualifier between: "van wie
#: er in Nijkerk en Hoevelaken ongeveer twintig een praktijk hebben".
_PARTITIVE_ER = re.compile(r"\b(?:van\s+wie|waarvan)\s+er\s+[^,;:.()]{0,50}$", re.IGNORECASE)
#: A count said after its noun: "de buurtsportcoaches, vier in getal, ..." (Van Dale, "getal").
_IN_NUMBER = re.compile(r"\s+in\s+getal\b", re.IGNORECASE)
#: The group a counted part is taken of: "acht van de medewerkers", "drie van onze teams" (a
#: count of so many of them; "drie van de tien" is a share, read before).
_PART_OF = re.compile(
    r"\s+van\s+(?:de|het|onze|hun|die|deze)\s+(?:[^\W\d][\w-]*e\s+)?[^\W\d][\w-]*(?:en|s)\b", re.I
)
#: Where a qualified number word without a noun ends: its clause, or an aside between
#: commas ("het aantal uitkeringen, in 2016 ongeveer vierhonderdvijftig, steeg").
_STOP = re.compile(r"\s*[.;:!?),]")
#: Forms of a count of a noun (a gapped noun repeats one: "acht aanbieders … en zes voor …").
_NAMED = frozenset(("word", "digits"))


def _counted(found: list[Number]) -> bool:
    return any(n.unit == "count" and n.form in _NAMED for n in found)


#: A unit of time right after a figure: "zes weken", "twee maanden", "anderhalf uur".
_DURATION = re.compile(r"\s+(" + "|".join(DURATIONS) + r")\b", re.IGNORECASE)
#: Full-time equivalents right after a figure: "14 fte", "3,5 fte’s".
#: Full-time jobs: "12,5 fte" ("drie formatieplaatsen" stays a count of posts).
_FTE = re.compile(r"\s*fte(?:['’]?s)?\b", re.IGNORECASE)
#: A distance right after a figure: "vijf kilometer", "12 km", "300 meter" (the unit of the
#: text's own word, gold README: ``km`` for kilometres, ``metres`` for metres).
_DISTANCE = re.compile(r"\s*(?:(?P<km>kilometers?|km)|(?P<metres>meters?))\b", re.IGNORECASE)
#: "keer" after a figure, also written as an "x" against it or apart: "3x zo hoog", "2 x per jaar".
_TIMES = r"(?:\s+(?:keer|maal)|\s*[x×](?=\s))"
_RATIO = re.compile(
    _TIMES + r"\s+(?:zo\s+(?:hoog|laag|groot|veel|klein|vaak|duur)|zoveel|zo\s+veel"
    r"|hoger|lager|groter|kleiner|meer|minder|vaker|zo\b"
    # a multiple of a level named after it: "anderhalf keer het landelijke cijfer (van 6,9%)"
    r"|" + LEVEL_NOUN + ")",
    re.IGNORECASE,
)
#: A ratio as a factor: "een factor 2 hoger", "factor drie groter".
_FACTOR_BEFORE = re.compile(r"\bfactor\s+$", re.IGNORECASE)
_FACTOR_AFTER = re.compile(r"\s+(?:hoger|lager|groter|kleiner|meer|minder|vaker)\b", re.I)

#: A rate per hundred is a percentage: "12 per 100 jongeren", "8 per honderd inwoners".
_PER_HUNDRED = re.compile(r"\s+per\s+(?:100|honderd)\b(?![.,]\d)", re.IGNORECASE)

#: A scale word inside a figure's quote ("3 miljoen euro"): the scale of a range's start too.
_SCALE_WORD = re.compile(r"\b(?:ton|miljoen|miljard|duizend|(?:mln|mld|mrd)\b\.?)", re.IGNORECASE)
#: "per inwoner" earlier in an amount's clause: "ontvangt per inwoner € 520", "per inwoner: € 520",
#: also with the year between ("Per inwoner ontving X in 2018 € 489") or a qualifier after the
#: colon of a key-value line ("Per inwoner: ongeveer € 690,-", "Per inwoner: naar schatting € 450").
_PER_INHABITANT_BEFORE = re.compile(
    r"\bper\s+(?:inwoner|hoofd(?:\s+van\s+de\s+bevolking)?)\b"
    r"(?:[^.,;:()€\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}(?::[^.,;:()€\d]{0,25})?\s*$",
    re.I,
)
_PER_INHABITANT = re.compile(
    r"\s*per\s+(?:inwoner|hoofd(?:\s+van\s+de\s+bevolking)?)\b", re.IGNORECASE
)


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
        value = to_decimal(m.group("num"))
        unit: Unit = "count"
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower().rstrip(".")]
        if m.group("pct"):
            unit = percent_unit(m.group("pct"))
        elif m.group("euro") or m.group("euro2") or _money_scale(text, m):
            unit = "EUR"
        stop = m.end()
        per = _PER_INHABITANT.match(text, stop, end) if unit == "EUR" else None
        if per:
            unit, stop = "EUR per inhabitant", per.end()
        elif unit == "EUR" and _PER_INHABITANT_BEFORE.search(text, max(start, s - 45), m.start()):
            unit = "EUR per inhabitant"  # "ontvangt per inwoner ruim € 520"
        elif plain and INDEX_BEFORE.search(text, max(start, s - 20), s):
            unit = "index"  # "op index 94"
        found.append(Number(m.start(), stop, value, unit, "digits"))
    return found


# Patterns of _ratio_or_duration, compiled once (it runs per figure).
_TIMES_PER = re.compile(_TIMES + r"\s+per\s+(?:dag|week|maand|jaar|kwartaal)\b", re.I)
_OCCASION = re.compile(r"\s+(?:keer|maal)\b", re.IGNORECASE)
#: So many times an event: "twee keer een themabijeenkomst", "drie maal een rapportage".
_TIMES_AN_EVENT = re.compile(r"\s+(?:keer|maal)\s+een\s+(?!half\b|kwart\b)[^\W\d]{4,}", re.I)
_YEARS_LONG = re.compile(r"\s+jaar\s+lang\b", re.IGNORECASE)
#: Spans of time counted in centuries or decades: "twee eeuwen" (200 years), "drie decennia".
_LONG_SPANS = re.compile(r"\s+(?P<span>eeuwen|eeuw|decennia|decennium)\b(?:\s+lang\b)?", re.I)
_SPAN_YEARS = {"eeuw": 100, "eeuwen": 100, "decennium": 10, "decennia": 10}


#: The compared term of a comparison ("dan", "als") before a span of time counted back from
#: now or from the time the text speaks of ("een kwart meer dan twee jaar eerder", "hoger
#: dan drie jaar geleden", "zo hoog als vijf jaar daarvoor"): a moment, not an amount (ANS
#: 9.4, the compared term; "geleden", "eerder", "daarvoor" make a span a point in time).
_THEN_BEFORE = re.compile(r"\b(?:dan|als)\s+$", re.IGNORECASE)
_EARLIER = re.compile(r"\s+(?:eerder|geleden|daarvoor|ervoor|terug)\b", re.IGNORECASE)


def _ratio_or_duration(text: str, number: Number) -> Number | None:
    """Widen a bare figure that is a ratio or a duration; None if it is a frequency."""
    after = text[number.end : number.end + WINDOW]
    ratio = _RATIO.match(after)
    if ratio is None and _FACTOR_BEFORE.search(text, max(0, number.start - 8), number.start):
        ratio = _FACTOR_AFTER.match(after)
    if ratio:
        return Number(number.start, number.end + ratio.end(), number.value, "ratio", "ratio")
    hundred = _PER_HUNDRED.match(after)
    if hundred:  # "12 per 100 jongeren": a share in percent, of the group after it
        return Number(number.start, number.end + hundred.end(), number.value, "percent", "share")
    often = _TIMES_PER.match(after)
    if often:  # "twee keer per jaar": a count of events
        return Number(number.start, number.end + often.end(), number.value, "count", "frequency")
    events = _TIMES_AN_EVENT.match(after)
    if events and number.value is not None and number.value >= 2:
        return Number(number.start, number.end + events.end(), number.value, "count", "frequency")
    occasion = _OCCASION.match(after)
    if occasion and number.value is not None and number.value >= 2:  # "drie keer bellen"
        return Number(number.start, number.end + occasion.end(), number.value, "count", "frequency")
    if occasion:
        return None  # "in één keer", "een keer": an occasion, not a figure
    frequency = _FREQUENCY.match(after)
    if frequency and frequency.group("unit") is None:  # "twee dagdelen per week": a presence
        end = number.end + frequency.end()
        return Number(number.start, end, number.value, "count", "frequency")
    if frequency and not timed_amount(frequency, number.value):
        return None  # the whole span ("24 uur per dag", "7 dagen per week")
    lang = _YEARS_LONG.match(after)
    if lang:
        return Number(number.start, number.end + lang.end(), number.value, "years", "duration")
    span = _LONG_SPANS.match(after) if number.value is not None else None
    if span and number.value is not None:  # "twee eeuwen lang": 200 years
        years = number.value * _SPAN_YEARS[span.group("span").lower()]
        return Number(number.start, number.end + span.end(), years, "years", "duration")
    fte = _FTE.match(after)
    if fte:  # "12,5 fte": full-time jobs, staff capacity rather than a count of people
        return Number(number.start, number.end + fte.end(), number.value, "fte", "fte")
    distance = _DISTANCE.match(after) if "m" in after[:12].lower() else None
    if distance:  # "vijftien kilometer", "400 meter": a distance
        unit: Unit = "km" if distance["km"] else "metres"
        return Number(number.start, number.end + distance.end(), number.value, unit, "distance")
    duration = _DURATION.match(after)
    if (
        duration
        and _THEN_BEFORE.search(text, max(0, number.start - 5), number.start)
        and _EARLIER.match(after, duration.end())
    ):
        return None  # "meer dan twee jaar eerder": the time a level is compared with
    if duration:
        word = duration.group(1).lower()
        unit, value = DURATIONS[word], number.value
        if word in MINUTES_IN and value is not None:
            # "anderhalf uur": 90 minutes (no hour unit); "drie kwartier": 45 minutes
            unit, value = "minutes", value * MINUTES_IN[word]
        elif unit == "years" and value is not None and value % 1 and number.form == "word":
            unit, value = "months", value * 12  # "anderhalf jaar": 18 months, as "een half jaar"
        return Number(number.start, number.end + duration.end(), value, unit, "duration")
    return number


_NEXT_WORD = re.compile(r"\s+([\w’'+-]+)")
#: An open range after a count, before the plural noun it counts: "drie of meer problemen",
#: "5 of meer hulpverleners" (not "of meer dan").
_OR_MORE = re.compile(
    r"\s+of\s+(?:meer|minder)(?=\s+(?:[^\W\d][\w-]*e\s+)?[^\W\d][\w’'-]*(?:en|s)\b)", re.I
)


def _or_more(start: int, more: re.Match, value: Decimal | None) -> Number:
    """The open range "drie of meer": the count's lower bound, approximate."""
    return Number(start, more.end(), value, "count", "range", more.group().strip())


def _words(text: str, start: int, end: int, taken: _Spans) -> list[Number]:
    found: list[Number] = []
    if not _NUMBER_WORDS.holds(text, start, end):
        return found
    ors = text.find(" of m", start, end) >= 0  # "drie of meer" (a cheap test)
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
        more = _OR_MORE.match(text, m.end(), end) if ors else None
        if more:  # "drie of meer problemen": an open range, its lower bound
            found.append(_or_more(m.start(), more, value))
            continue
        before = text[max(start, m.start() - 25) : m.start()]
        nxt = _NEXT_WORD.match(text[m.end() : m.end() + WINDOW])
        age = _AGE_YEARS.match(text[m.end() : m.end() + 20])
        age = age if value == int(value) else None  # "anderhalf jaar" is no age
        if (
            _ER_BEFORE.search(before)
            or (value > 1 and _ER_ADVERB_BEFORE.search(text, max(start, m.start() - 60), m.start()))
            or _IN_NUMBER.match(text, m.end(), end)
            or _PARTITIVE_ER.search(text, max(start, m.start() - 70), m.start())
            or (value > 1 and _PART_OF.match(text, m.end(), end))
        ):
            pass  # "waarvan er negen door het college", "vier in getal", "acht van de medewerkers"
        elif nxt is None or nxt.group(1).lower() in FUNCTION_WORDS:
            # "worden achttien terwijl": no noun, not a count; "nog geen twintig." is one
            if not (
                (
                    _STOP.match(text, m.end())
                    and (
                        _QUALIFIED_END.search(before)
                        or _ER_COUNT.search(text, max(start, m.start() - 40), m.start())
                    )
                )
                or _counts_without_noun(before, nxt, value, _counted(found))
                or _change_end_point(text, m.start(), m.end(), start)
            ):
                continue
        elif age and years_no_span(text, m.start(), m.end(), start):
            continue  # an age in words
        if _age_in_words(text, m.start(), m.end(), start) or _clock_time(
            text, m.start(), m.end(), start
        ):
            continue  # "boven de tachtig", "als ze achttien worden", "om twee uur"
        if value == 8 and _DEEMS.search(text, max(start, m.start() - 30), m.start()):
            continue  # "er minstens veertig nodig acht": the verb "achten" (to deem)
        found.append(Number(m.start(), m.end(), value, "count", "word"))
    return found


#: An adjective of judgement right before "acht": the verb "achten" ("nodig acht", "het
#: wenselijk acht"), not the number eight.
_DEEMS = re.compile(
    r"\b(?:nodig|noodzakelijk|wenselijk|gewenst|verstandig|belangrijk|zinvol|raadzaam"
    r"|haalbaar|redelijk)\s+$",
    re.IGNORECASE,
)


def _money_scale(text: str, m: re.Match) -> bool:
    """A scale that makes euros: "6 ton"; "12,5 miljoen" unless a noun is counted."""
    scale = (m.group("scale") or "").lower().rstrip(".")
    if scale == "ton":
        return True
    return scale in {"miljoen", "miljard", "mln", "mld", "mrd"} and not COUNTED_NOUN.match(
        text, m.end()
    )


#: The unit of a rate per 1,000 inhabitants (CBS states the density of benefits so).
PER_THOUSAND: Unit = "per 1000 inhabitants"
#: "per 1.000 inwoners", also "op elke (iedere) 1.000 inwoners" (each thousand of them).
_THOUSAND = r"(?:per|op\s+(?:elke|iedere))\s+(?:1[.\s]?000|duizend)\s+inwoners\b"
#: The rate's denominator right after the figure and its noun: "52 bijstandsuitkeringen per
#: 1.000 inwoners", "28 per 1.000 inwoners".
_THOUSAND_AFTER = re.compile(r"(?:\s+[^\W\d][\w-]*){0,2}?\s+" + _THOUSAND, re.IGNORECASE)
#: The denominator before the figure in its clause: "Per 1.000 inwoners zijn er 52
#: bijstandsuitkeringen", "Het aantal uitkeringen per 1.000 inwoners is 38", also across
#: the year the clause dates it by ("Per 1.000 inwoners telde de stad in 2016 52 …").
_THOUSAND_BEFORE = re.compile(
    _THOUSAND + r"(?:[^.;:,()\d]|\b(?:19|20)\d\d\b){0,50}$", re.IGNORECASE
)


def per_thousand(text: str, number: Number, start: int, end: int) -> bool:
    """Whether a count in digits is a rate per 1,000 inhabitants.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Per 1.000 inwoners zijn er 52 bijstandsuitkeringen."
    >>> per_thousand(s, Number(27, 29, Decimal(52), "count", "digits"), 0, len(s))
    True
    >>> s = "Er zijn 52 bijstandsuitkeringen per 1.000 inwoners."
    >>> per_thousand(s, Number(8, 10, Decimal(52), "count", "digits"), 0, len(s))
    True
    >>> s = "Per 1.000 inwoners telde de stad in 2016 31 uitkeringen."
    >>> per_thousand(s, Number(41, 43, Decimal(31), "count", "digits"), 0, len(s))
    True
    >>> s = "Er wonen 1.000 inwoners in het dorp."
    >>> per_thousand(s, Number(9, 14, Decimal(1000), "count", "digits"), 0, len(s))
    False
    """
    if number.unit != "count" or number.form != "digits":
        return False
    if _THOUSAND_AFTER.match(text, number.end, end):
        return True
    return _THOUSAND_BEFORE.search(text, max(start, number.start - 80), number.start) is not None


#: The article of a report mark right before it: "scoort een 7,2", "met een 6,8".
_GRADE_BEFORE = re.compile(r"\been\s+$", re.IGNORECASE)
_DECIMAL = re.compile(r"\d,\d\b")


def _is_grade(text: str, number: Number, start: int) -> bool:
    """Whether a bare count is a report mark: a decimal from 1 to 10 after "een" (Dutch
    school marks, which satisfaction surveys use: "geven de jeugdhulp een 7,2").

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Cliënten geven de Wmo een 7,8."
    >>> _is_grade(s, Number(26, 29, Decimal("7.8"), "count", "digits"), 0)
    True
    >>> s = "Er zijn 7,8 banen."
    >>> _is_grade(s, Number(8, 11, Decimal("7.8"), "count", "digits"), 0)
    False
    """
    if number.unit != "count" or number.form != "digits" or number.value is None:
        return False
    if not 1 <= number.value <= 10 or not _DECIMAL.fullmatch(text, number.start, number.end):
        return False
    return _GRADE_BEFORE.search(text, max(start, number.start - 5), number.start) is not None


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
    found = phrases(text, start, end)
    if first:
        fractions = digit_fractions(text, start, end)
        found += [Number(a, b, v, "percent", "share") for a, b, v in fractions]
    taken = _Spans(labels + [(n.start, n.end) for n in found])
    digits = _digits(text, start, end, taken, first.start()) if first else []
    # "(P)per 1.000 inwoners", "op elke 1.000 inwoners" (a cheap test)
    rates = (
        text.find("er 1", start, end) >= 0
        or text.find("ke 1", start, end) >= 0
        or text.find("re 1", start, end) >= 0
    )
    ors = text.find(" of m", start, end) >= 0  # "3 of meer"
    for number in digits + _words(text, start, end, taken):
        widened = _ratio_or_duration(text, number) if number.unit == "count" else number
        more = _OR_MORE.match(text, number.end, end) if ors and number.form == "digits" else None
        if more and widened == number:  # "3 of meer hulpverleners"
            widened = _or_more(number.start, more, number.value)
        if widened is not None and rates and per_thousand(text, widened, start, end):
            widened = replace(widened, unit=PER_THOUSAND)
        elif widened is not None and _is_grade(text, widened, start):
            widened = replace(widened, unit="grade")  # "met een 7,2": a report mark
        if widened is not None:
            found.append(widened)
    found.sort(key=lambda n: (n.start, -n.end))
    out: list[Number] = []
    for number in _ranges(text, found):
        if not out or number.start >= out[-1].end:  # no overlap with the one before
            out.append(number)
    return gapped_units(text, out, start, end)  # "binnen drie weken, soms binnen vijf"
