"""Two figures of one measure read together: a change stated by where it began and where
it ended ("van 300 naar 400"), and a figure set against another place's ("21%, tegen 18%
in de provincie").

"Het aantal cliënten steeg van 300 naar 400", "ging van 4% in 2014 naar 6% in 2016",
"daalde van € 2,1 miljoen tot € 1,8 miljoen": the two figures quantify one measure,
so a bare start takes the end's unit ("van 40 naar 45 procent"), and when no word of
change states the direction ("ging van 450 naar 520" is a rise) the end states it and
takes the start's measure when its own words name none (and the other way round). After
a verb of change the end also takes the start's measure when it names none ("Het aantal
cliënten steeg van 300 naar 400": 400 clients); the verb's subject, read as a change
without a figure, is the end's observation (:mod:`kg.extract.comparisons`).

The change is ONE observation, as a statistical series states it: its value is where the
change ended, its quote spans start and end, and the start is no observation of its own.
The earlier moment is its reference when the text names it: the start's year ("van 310
in 2014 naar 420": ``2014``), the first year of a period or the year since which the
change runs ("tussen 2014 en 2016 van …", "sinds 2005"), or a year's time after the end
("van 48 naar 31 in een jaar": the previous year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.changewords import reference_of
from kg.extract.model import Indicator
from kg.extract.namedaverages import PROVINCIAL, named_average, named_neighbour
from kg.extract.nationalvalues import unit_family
from kg.extract.placereferences import municipality_in

__all__ = ["against_earlier", "against_place", "from_to"]


def _unit_of_end(unit: str | None) -> bool:
    """Whether a bare start figure takes the end's ``unit``: a unit, or a rate the end states
    for both ("steeg van 24 naar 29 per 1.000 inwoners").

    Examples
    --------
    >>> _unit_of_end("percent"), _unit_of_end("per 1000 inhabitants"), _unit_of_end("count")
    (True, True, False)
    """
    return unit in _UNITS or (unit or "").startswith("per ")


#: "van" right before the start figure (its qualifier is part of the figure's quote).
_FROM = re.compile(r"\bvan\s+$", re.IGNORECASE)
#: What stands between the start and the end: "naar" or "tot", after a year or a
#: period the start belongs to ("van 450 in 2014 naar 520", "van 20% nu naar 30%").
_TO = re.compile(
    # a rate's denominator after the start: "van 39 per 1.000 inwoners in 2013 naar 44"
    r"(?:\s+(?:per|op\s+(?:elke|iedere))\s+(?:1[.\s]?000|duizend)\s+inwoners)?"
    # its year in brackets: "van € 0,6 miljoen (2015) naar € 1,9 miljoen (2016)"
    r"\s*(?:(?:(?:in|eind|begin|medio|halverwege)\s+(?P<year>(?:19|20)\d\d)|\((?P<held>(?:19|20)\d\d)\)"
    r"|nu|thans|momenteel|destijds"
    # a decade: "halverwege de jaren negentig", "in de jaren '90"
    r"|toen|(?:(?:in|eind|begin|medio|halverwege)\s+)?de\s+jaren\s+[\w'’]+)\s*,?\s*)?"
    r"(?:naar|tot)\s+",
    re.I,
)
#: Hours, which figures state in minutes: a bare start before them is in hours too.
#: Days in a unit of time (a month as 30), to compare a change's start and end in two units.
_IN_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 365}
_HOURS = re.compile(r"\b(?:uur|uren)\b", re.IGNORECASE)
#: A bare figure in digits, no noun of its own ("naar 44 in 2016").
_BARE = re.compile(r"\d[\d.,]*")
_UNITS = frozenset(
    ("percent", "EUR", "fte", "minutes", "hours", "days", "weeks", "months", "years")
)


def from_to(text: str, kept: Sequence[Indicator]) -> list[Indicator]:
    """``kept`` with each pair "van X naar Y" read as one change, from X to Y.

    The end figure states a change over time (``increase`` or ``decrease``) and its quote
    spans the start, which is no observation of its own.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal cliënten ging van 300 naar 400."
    >>> x, y = s.index("300"), s.index("400")
    >>> a = Indicator(x, x + 3, 1, "clients", "cliënten", Decimal(300), "count")
    >>> b = Indicator(y, y + 3, 1, None, "", Decimal(400), "count")
    >>> [(s[i.start : i.end], i.measure, i.comparison) for i in from_to(s, [a, b])]
    [('300 naar 400', 'clients', 'increase')]
    """
    if len(kept) < 2:
        return list(kept)
    out = list(kept)
    starts: set[int] = set()  # the start figures of the changes, read into their ends
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        start, end = a.value, b.value
        if start is None or end is None or not _FROM.search(text, max(0, a.start - 5), a.start):
            continue
        to = _TO.fullmatch(text, a.end, b.start)
        if to is None:
            continue
        if a.unit == "count" and _unit_of_end(b.unit) and "%" not in text[a.start : a.end]:
            a = replace(a, unit=b.unit)  # "van 40 naar 45 procent", "van 24 naar 29 per 1.000"
            if b.unit == "minutes" and _HOURS.search(text, b.start, b.end):
                start = start * 60  # "van vier naar drie uur": hours are read in minutes
                a = replace(a, value=start, measure=None, measure_label="")
        elif a.unit in _IN_DAYS and b.unit in _IN_DAYS and a.unit != b.unit:
            # "van zes tot acht weken naar drie maanden": spans in two units, compared in days
            start, end = start * _IN_DAYS[a.unit], end * _IN_DAYS[b.unit]
            a = replace(a, unit=b.unit)
        elif (
            b.unit == "count"
            and (a.unit or "").startswith("per ")
            and _BARE.fullmatch(text, b.start, b.end)
        ):
            b = replace(b, unit=a.unit)  # "van 39 per 1.000 inwoners in 2013 naar 44 in 2016"
        if a.unit == b.unit and b.measure is None and a.measure is not None:
            # the end of a change quantifies what its start does ("Het aantal cliënten steeg
            # van 300 naar 400"), also after a verb of change
            b = replace(b, measure=a.measure, measure_label=a.measure_label)
        if a.unit == b.unit and b.comparison is None and start != end:
            # no word of change: the figure-less reading finds no change of the subject
            # that the end would state twice, so the end can carry the start's measure
            if b.measure is None and a.measure is not None:
                b = replace(b, measure=a.measure, measure_label=a.measure_label)
            elif a.measure is None and b.measure is not None:
                a = replace(a, measure=b.measure, measure_label=b.measure_label)
            b = replace(b, comparison="increase" if end > start else "decrease")
        direction = "increase" if end > start else "decrease"
        if a.unit == b.unit and start != end and _DIRECTION.get(b.comparison or "") == direction:
            # a word of change read as a level so far ("steeg" as higher): "van X naar Y" is
            # a change over time
            reference = (
                _earlier_moment(text, a.start, to.group("year") or to.group("held"), b.end)
                or b.reference
            )
            b = replace(b, start=min(a.start, b.start), comparison=direction, reference=reference)
            starts.add(i)
        out[i], out[i + 1] = a, b
    return against_earlier(
        text, [ind for i, ind in enumerate(out) if i not in starts] if starts else out
    )


#: The words between a figure and its own earlier value: ", tegen 61 in 2014", ", vergeleken
#: met 38% een jaar eerder", the rest of the figure's clause before them ("46% van alle
#: verwijzingen voor hun rekening namen, tegen 38% een jaar eerder"), which may name the
#: figure's own year ("1.650 aanvragen in 2015, tegen 1.100 in 2014").
_AGAINST_EARLIER = re.compile(
    r"(?:(?:[^\d,;:()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,75}?,)?\s*(?:tegen(?:over)?|vergeleken\s+met|t\.o\.v\.?|ten\s+opzichte\s+van)\s+",
    re.IGNORECASE,
)
_AGAINST_WORDS = re.compile(r"tegen|vergeleken|t\.o\.v|opzichte")
#: The earlier moment right after that value: "in 2014", "een jaar eerder", "vorig jaar".
_EARLIER_MOMENT = re.compile(
    r"\s+(?:in\s+(?P<year>(?:19|20)\d\d)\b|(?:een|het)\s+jaar\s+(?:eerder|ervoor|daarvoor)\b"
    r"|vorig\s+jaar\b)",
    re.IGNORECASE,
)


def against_earlier(text: str, kept: Sequence[Indicator]) -> list[Indicator]:
    """``kept`` with a figure set against its own earlier value read as one change.

    "142 personen, tegen 61 in 2014", "46%, tegen 38% een jaar eerder": as "van X naar Y",
    the figure is where the change ended (``increase`` or ``decrease``), the earlier
    moment its reference, and the earlier value no observation of its own.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal is 142, tegen 61 in 2014."
    >>> a = Indicator(14, 17, 1, None, "", Decimal(142), "count")
    >>> b = Indicator(25, 27, 1, None, "", Decimal(61), "count")
    >>> [(s[i.start : i.end], i.comparison, i.reference) for i in against_earlier(s, [a, b])]
    [('142, tegen 61', 'increase', '2014')]
    >>> s = "Er kwamen 530 meldingen in 2016, tegen 610 in 2015."
    >>> a = Indicator(10, 23, 1, None, "", Decimal(530), "count")
    >>> b = Indicator(39, 42, 1, None, "", Decimal(610), "count")
    >>> [(s[i.start : i.end], i.comparison, i.reference) for i in against_earlier(s, [a, b])]
    [('530 meldingen in 2016, tegen 610', 'decrease', '2015')]
    """
    out = list(kept)
    dropped: set[int] = set()
    for i in range(len(out) - 1):  # (none for fewer than two figures)
        a, b = out[i], out[i + 1]
        if a.value is None or b.value is None or a.unit != b.unit or i in dropped:
            continue
        if b.start - a.end > 80 or not _AGAINST_WORDS.search(text, a.end, b.start):
            continue  # a cheap test first: the words of setting against are there
        if not _AGAINST_EARLIER.fullmatch(text, a.end, b.start):
            continue
        moment = _EARLIER_MOMENT.match(text, b.end)
        if moment is None or a.value == b.value:
            continue
        comparison = "increase" if a.value > b.value else "decrease"
        if a.comparison is not None and _DIRECTION.get(a.comparison) != comparison:
            continue  # "21% hoger dan landelijk, tegen …": a level of its own
        reference = moment.group("year") or _PREVIOUS_YEAR
        measure = a.measure or b.measure
        out[i] = replace(a, end=b.end, comparison=comparison, reference=reference, measure=measure)
        dropped.add(i + 1)
    return [ind for i, ind in enumerate(out) if i not in dropped] if dropped else out


#: The direction each comparison of a change's end states.
_DIRECTION = {
    **dict.fromkeys(("increase", "higher", "more"), "increase"),
    **dict.fromkeys(("decrease", "lower", "less"), "decrease"),
}
#: The period or the year a change runs from, before its start figure in the clause:
#: "tussen 2014 en 2016", "sinds 2005", "vanaf 2014".
_PERIOD_BEFORE = re.compile(
    r"\b(?:tussen\s+((?:19|20)\d\d)\s+en\s+(?:19|20)\d\d|(?:sinds|vanaf)\s+((?:19|20)\d\d))\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
#: A year's time right after the end: "van 48 naar 31 in een jaar (tijd)".
_YEAR_AFTER = re.compile(r"\s+(?:in|binnen)\s+(?:een|één)\s+jaar\b", re.IGNORECASE)
_PREVIOUS_YEAR = "previous year"
#: The period right after the end, in its clause: "naar 29 per 1.000 inwoners tussen 2013 en
#: 2016" (the first year is the earlier moment).
_PERIOD_AFTER = re.compile(r"\btussen\s+((?:19|20)\d\d)\s+en\s+(?:19|20)\d\d\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:()]|\.(?!\d)|\b(?:en|maar|terwijl)\s")


def _earlier_moment(text: str, start: int, year: str | None, end: int) -> str | None:
    """The earlier moment a change from ``start`` names: the start's own year (``year``),
    a period or a year since before it, a year's time after its ``end``; None for none.

    Examples
    --------
    >>> s = "Tussen 2014 en 2016 steeg het aantal van 240 naar 310."
    >>> _earlier_moment(s, s.index("240"), None, len(s) - 1)
    '2014'
    >>> s = "Het aantal daalde van 48 naar 31 in een jaar."
    >>> _earlier_moment(s, s.index("48"), None, s.index("31") + 2)
    'previous year'
    >>> _earlier_moment(s, s.index("48"), None, len(s)) is None
    True
    >>> s = "Het steeg van 24 naar 29 per 1.000 inwoners tussen 2013 en 2016."
    >>> _earlier_moment(s, s.index("24"), None, s.index("29") + 2)
    '2013'
    """
    if year:
        return year
    before = _PERIOD_BEFORE.search(text, max(0, start - 90), start)
    if before:
        return before.group(1) or before.group(2)
    after = _PERIOD_AFTER.search(text, max(start, end - 7), end + 50)
    if after and not _CLAUSE_MARK.search(text, end, after.start()):
        return after.group(1)  # "van 24 naar 29 per 1.000 inwoners tussen 2013 en 2016"
    return _PREVIOUS_YEAR if _YEAR_AFTER.match(text, end) else None


#: The words between a figure and another place's figure: ", tegen 18% in de provincie",
#: ", in de regio 38", "; in vergelijkbare gemeenten is dat 7%".
_BETWEEN = re.compile(
    r"\s*[,;]\s*(?:(?P<against>tegen(?:over)?)\s+(?:gemiddeld\s+)?|(?P<pre>(?:in|bij)\s+(?:de\s+|het\s+)?"
    r"[^\d,;:()%€]{1,40}?)\s+(?:(?:is|ligt|zijn)\s+(?:dat|dit|het)\s+(?:op\s+)?)?)",
    re.IGNORECASE,
)
#: The rest of the first figure's clause before "tegen" and the other place's figure: "9,4%
#: gebruik van een Wmo-voorziening, tegen 7,1% gemiddeld in de provincie".
_CLAUSE_AGAINST = re.compile(
    r"\s+[^\d,;:()%€.]{1,60}?,\s*tegen(?:over)?\s+(?:gemiddeld\s+)?", re.IGNORECASE
)
_PLACE_AFTER = re.compile(
    r"\s+(?P<post>(?:gemiddeld\s+)?(?:in|bij)\s+(?:de\s+|het\s+)?[^\d,;:().%€]{1,40})",
    re.IGNORECASE,
)
_OTHERS = {
    "vergelijkbare gemeenten": "comparable municipalities",
    "andere gemeenten": "other municipalities",
}


def _place(phrase: str) -> str | None:
    """The reference a place phrase names ("in de provincie", "in vergelijkbare gemeenten"):
    a figure set against the province's is set against its average ("tegen 19% in de
    provincie"), a neighbour's (:func:`named_neighbour`) against that municipality.

    Examples
    --------
    >>> _place("in de provincie"), _place("gemiddeld in de provincie"), _place("in het land")
    ('provincial average', 'provincial average', 'national average')
    >>> _place("in het aangrenzende Appingedam")
    'appingedam'
    """
    for words, ref in _OTHERS.items():
        if words in phrase.lower():
            return ref
    found = named_average(phrase) or named_neighbour(phrase) or reference_of("dan " + phrase)
    # a municipality named plainly: "tegen 49 in Appingedam" is set against Appingedam's
    found = found or municipality_in(phrase)
    return PROVINCIAL if found == "province" else found


def against_place(text: str, kept: Sequence[Indicator]) -> list[Indicator]:
    """``kept`` with a figure followed by another place's figure of its unit compared with it.

    "Het aandeel ouderen bedraagt 21%, tegen 18% in de provincie": 21% is higher than
    the province's. The other place's figure stays an observation of its own.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aandeel is 21%, tegen 18% in de provincie."
    >>> x, y = s.index("21%"), s.index("18%")
    >>> a = Indicator(x, x + 3, 1, None, "", Decimal(21), "percent")
    >>> b = Indicator(y, y + 3, 1, None, "", Decimal(18), "percent")
    >>> [(i.comparison, i.reference) for i in against_place(s, [a, b])]
    [('higher', 'provincial average'), (None, None)]
    """
    out = list(kept)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.comparison or a.value is None or b.value is None:
            continue
        rate = a.unit == "per 1000 inhabitants" and b.unit == "count"  # "…, in de regio 38"
        if a.unit != b.unit and not rate:
            continue
        m = _BETWEEN.fullmatch(text, a.end, b.start) or _CLAUSE_AGAINST.fullmatch(
            text, a.end, b.start
        )
        if m is None:
            continue
        if rate:
            out[i + 1] = b = replace(b, unit=a.unit)
        after = _PLACE_AFTER.match(text, b.end, b.end + 60)
        pre = m.groupdict().get("pre")
        phrase = pre or (after.group("post") if after else "")
        ref = _place(phrase) if phrase else None
        if ref is None or ref == "previous year":
            continue
        if a.value is None or b.value is None:
            continue
        cmp = "equal" if a.value == b.value else "higher" if a.value > b.value else "lower"
        out[i] = replace(a, comparison=cmp, reference=ref)
        if i + 2 < len(out) and _national_next(text, b, out[i + 2]):
            # "…, tegen 19% in de provincie en 18% landelijk": a second comparison, with the
            # country, whose figure is the level's national value (no observation of its own)
            c = out[i + 2]
            assert c.value is not None
            cmp = "equal" if a.value == c.value else "higher" if a.value > c.value else "lower"
            out[i + 2] = replace(  # quoted up to the country's figure it is compared with
                a, end=c.end, comparison=cmp, reference="national average", national_value=c.value
            )
    return out


#: The country's figure as the second of two places: "tegen 19% in de provincie en 18%
#: landelijk", "tegen 41 in de provincie en 28 in Nederland".
_AND = re.compile(r"\s+(?:in|bij)\s+(?:de\s+|het\s+)?[^\d,;:().%€]{1,40}?\s+en\s+", re.I)
_COUNTRY = re.compile(r"\s+(?:landelijk|in\s+(?:heel\s+)?nederland|in\s+het\s+land)\b", re.I)


def _national_next(text: str, b: Indicator, c: Indicator) -> bool:
    """Whether ``c`` is the country's figure joined by "en" to another place's ``b``.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "22%, tegen 19% in de provincie en 18% landelijk."
    >>> b = Indicator(11, 14, 0, None, "", Decimal(19), "percent")
    >>> c = Indicator(34, 37, 0, None, "", Decimal(18), "percent")
    >>> _national_next(s, b, c)
    True
    """
    if c.value is None or unit_family(c.unit) != unit_family(b.unit):
        return False
    return bool(_AND.fullmatch(text, b.end, c.start)) and bool(_COUNTRY.match(text, c.end))
