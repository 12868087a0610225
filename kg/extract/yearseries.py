"""Year series in brackets: the values of a change, year by year, after the change is stated.

Statistical prose often follows a change with its figures per year in brackets: "De
werkloosheid daalde met ongeveer 1 procentpunt per jaar (2014: 7,1%; 2015: 6,2%; 2016:
5,3%)", "Het aantal meldingen nam toe met ruim een kwart (2015: 118; 2016: 151)". The
series is one observation of the changed measure: its last value is the level reached, the
first year is what it is compared with, and the direction is that of the first value to the
last. The earlier values are the series' own reference, not observations of their own. When
the statement before the series already reads the same end value ("steeg van 17% naar 20%
(2011: 17%; 2016: 20%; landelijk 18%)"), the series only repeats it: its figures are dropped,
a national value it names goes to the statement. A change said without a figure ("is sinds
2014 gehalveerd (2014: 1.020; 2016: 510)") or in percentage points, the difference of the
levels the series gives ("daalde met ongeveer 1 procentpunt per jaar (2014: 7,1%; …)"), and its
series are one observation.

A series without a figure before it in its sentence ("Op de Wmo bleef in beide jaren geld over
(2015: € 1,4 miljoen; 2016: € 0,9 miljoen)") states a value per year: each value stays an
observation, set against the year before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Indicator, indicator_order
from kg.extract.numberform import POINTS

#: A bracketed series of at least two years each with its value: "(2014: 980; 2016: 1.115)".
_SERIES = re.compile(
    r"\((?P<first>(?:19|20)\d\d):\s[^();]{1,40}(?:;\s(?:(?:19|20)\d\d:\s)?[^();]{1,40})+\)"
)
#: A year that opens one item of a series.
_YEAR_ITEM = re.compile(r"(?:^|;\s)(?:19|20)\d\d:\s")
#: The year of each item of a series.
_YEARS = re.compile(r"((?:19|20)\d\d):\s")
#: The directions of a change a series reads from its first and last value.
_UP, _DOWN = "increase", "decrease"


def year_series(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each bracketed year series read as the values of the change before it.

    Parameters
    ----------
    doc : Document
        The profile.
    found : list of Indicator
        The observations so far, in text order.

    Returns
    -------
    list of Indicator
        The series after a figure of its sentence as one observation (its last value, the
        first year as reference, the measure of the figure before it when it names none),
        or dropped when that figure already ends on the series' last value.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace
    >>> text = "Het aantal meldingen nam toe met een kwart (2015: 118; 2016: 151)."
    >>> doc = SimpleNamespace(text=text)
    >>> def ind(quote, value, unit, **kw):
    ...     start = text.index(quote)
    ...     return Indicator(start=start, end=start + len(quote), sentence=1, measure=kw.get(
    ...         "measure"), measure_label="", value=Decimal(value), unit=unit,
    ...         approximate=False, qualifier=None, comparison=kw.get("comparison"),
    ...         reference=None)
    >>> found = [ind("een kwart", 25, "percent", measure="reports", comparison="increase"),
    ...          ind("118", 118, "count"), ind("151", 151, "count")]
    >>> [(text[i.start:i.end], i.measure, i.comparison, i.reference)
    ...  for i in year_series(doc, found)]
    [('een kwart', 'reports', 'increase', None), ('2015: 118; 2016: 151', 'reports', \
'increase', '2015')]
    """
    text = doc.text
    if "; " not in text or ": " not in text:  # a cheap gate: no series without both
        return found
    out = list(found)
    for m in _SERIES.finditer(text):
        if len(_YEAR_ITEM.findall(m.group()[1:-1])) < 2:
            continue
        out = _read(text, out, m)
    return out


def _read(text: str, found: list[Indicator], m: re.Match[str]) -> list[Indicator]:
    """``found`` with the series ``m`` read (see :func:`year_series`)."""
    inside = [
        i
        for i, ind in enumerate(found)
        if m.start() < ind.start and ind.end < m.end() and ind.value is not None
    ]
    if len(inside) < 2:
        return found
    sentence = found[inside[0]].sentence
    before = [i for i, ind in enumerate(found) if ind.end <= m.start() and ind.sentence == sentence]
    if not before:  # values per year, each against the year before it
        return _per_year(found, inside, _YEARS.findall(m.group()))
    stated = found[before[-1]]
    first, last = found[inside[0]], found[inside[-1]]
    national = next((found[i].national_value for i in inside if found[i].national_value), None)
    drop = set(inside)
    start = m.start() + 1
    if stated.value is None or stated.unit == POINTS:  # "is gehalveerd (…)", "daalde met
        drop.add(before[-1])  # 1 procentpunt per jaar (…)": the series' levels state the change
        start = stated.start
    if stated.value is not None and stated.value == last.value and stated.unit == last.unit:
        found[before[-1]] = replace(  # "steeg van 17% naar 20% (2011: 17%; 2016: 20%)"
            stated,
            reference=m.group("first"),
            national_value=stated.national_value or national,
        )
    else:
        direction = _direction(first, last)
        found.append(
            replace(
                last,
                start=start,
                measure=last.measure or stated.measure,
                comparison=direction or last.comparison,
                reference=m.group("first") if direction else last.reference,
                national_value=last.national_value or national,
            )
        )
    kept = [ind for i, ind in enumerate(found) if i not in drop]
    kept.sort(key=indicator_order)
    return kept


def _direction(first: Indicator, last: Indicator) -> str | None:
    """The change from the first value of a series to its last, if they differ."""
    if first.value is None or last.value is None or first.unit != last.unit:
        return None
    return _UP if last.value > first.value else _DOWN if last.value < first.value else None


def _per_year(found: list[Indicator], inside: list[int], years: list[str]) -> list[Indicator]:
    """``found`` with each value of a series after the first set against the one before it,
    when the series gives one value per year ("(2015: € 1,4 miljoen; 2016: € 0,9 miljoen)")."""
    if len(years) != len(inside):
        return found
    out = list(found)
    for k in range(1, len(inside)):
        earlier, later = out[inside[k - 1]], out[inside[k]]
        direction = _direction(earlier, later)
        if direction and later.comparison is None:
            out[inside[k]] = replace(later, comparison=direction, reference=years[k - 1])
    return out
