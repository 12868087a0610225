"""The year a change or a ratio is set against, when the text names it.

A figure set against an earlier moment has that moment as its reference. The readers of
comparisons call every earlier moment "previous year" ("dan vorig jaar", "dan het jaar
ervoor", and also "als in 2015"), which is what turns a level into a change over time.
When the text names the year, the year is the reference, as a statistical series states
it: "twee keer zo veel als in 2015", "bijna het dubbele van 2014", "een verdubbeling ten
opzichte van 2014", "ruim twee keer zo hoog als die van 2014" (reference ``2015``,
``2014``). So is the year a change runs from: "is sinds 2015 gegroeid", "zijn sinds 2015
fors toegenomen", "is sinds 2012 vrijwel gelijk gebleven" (Dutch "sinds" + a year names the
start of the period the change is counted over), also when it stands before the figure in
its clause ("is sinds 2014 bijna verdubbeld"). A year still ahead ("vanaf 2017") is no
earlier moment. A change "in twee jaar (tijd)" is set against two years before (reference
``two years ago``), as "in een jaar (tijd)" against the year before (gold README: "A change
'in twee jaar' has the reference `two-years-ago`"); not when the clause looks ahead ("zal in
tien jaar verdubbelen", "naar verwachting").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.allocationshifts import allocation_shifts
from kg.extract.levelnationals import colon_levels
from kg.extract.model import Indicator
from kg.extract.otherplaces import other_places
from kg.extract.placereferences import named_places

__all__ = ["earlier_moments", "named_years"]

#: The words that set a figure against an earlier year, the year right after them.
_AGAINST_YEAR = re.compile(
    r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.?|vergeleken\s+met|in\s+vergelijking\s+met|dan|als"
    r"|dubbele\s+van)\s+(?:(?:die|dat)\s+van\s+|in\s+)?(?P<year>(?:19|20)\d\d)\b(?![-/]\d)",
    re.IGNORECASE,
)
#: "sinds 2015": the year a change is counted from; "in twee jaar (tijd)": the years it took.
_SINCE_YEAR = re.compile(
    r"\bsinds\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)"
    r"|\bin\s+(?P<n>twee|drie|vier|vijf|tien)\s+jaar\b(?!\s+(?:of|en)\b)",
    re.IGNORECASE,
)
_YEARS_AGO = {"twee": "two", "drie": "three", "vier": "four", "vijf": "five", "tien": "ten"}
_YEARS_AGO.update(zes="six", zeven="seven", acht="eight", negen="nine")
_YEARS_AGO.update({"2": "two", "3": "three", "4": "four", "5": "five", "6": "six"})
_YEARS_AGO.update({"7": "seven", "8": "eight", "9": "nine", "10": "ten"})
#: The compared term counted back some years: "een kwart meer dan twee jaar eerder", "hoger
#: dan drie jaar geleden", "zo hoog als vijf jaar daarvoor" (ANS 9.4, the compared term;
#: "geleden", "eerder", "daarvoor", "ervoor", "terug" count back from the time spoken of).
_THAN_YEARS_AGO = re.compile(
    r"\b(?:dan|als)\s+(?:(?:ruim|bijna|ongeveer|zo['’]n)\s+)?(?P<n>twee|drie|vier|vijf|zes|zeven"
    r"|acht|negen|tien|[2-9]|10)\s+jaar\s+(?:eerder|geleden|daarvoor|ervoor|terug)\b",
    re.IGNORECASE,
)
#: A level set against an earlier moment is a change over time (as "meer dan vorig jaar").
_OVER_TIME = {"more": "increase", "higher": "increase", "less": "decrease", "lower": "decrease"}
#: A clause that looks ahead: its span of years is a forecast, not the time a change took.
_AHEAD = re.compile(r"\b(?:zal|zullen|zou|zouden|verwacht\w*|naar\s+verwachting|prognose)\b", re.I)
#: Where a figure's clause begins before it.
_CLAUSE_BEFORE = re.compile(r"[.;:!?()]|,\s")
#: Where the words after a figure stop belonging to it.
_STOP = re.compile(r"[.;:!?()]|,\s")
#: The comparisons of a change over time (and of a level kept over it).
_CHANGES = frozenset(("increase", "decrease", "equal"))
_PREVIOUS_YEAR = "previous year"
#: How far after a figure its earlier year may stand ("… zo veel als in 2015").
_REACH = 40


def earlier_moments(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the earlier moments the text names as references: the years
    (:func:`named_years`) and the historical allocation a change in the new allocation model
    is set against (:func:`kg.extract.allocationshifts.allocation_shifts`); and a named
    municipality a level is compared with (:func:`kg.extract.placereferences.named_places`),
    and the own municipality another's level is set against
    (:func:`kg.extract.otherplaces.other_places`)."""
    found = named_places(doc.text, allocation_shifts(doc, named_years(doc.text, found)))
    found = other_places(doc, found)  # "in Kampen lag die hoger": against the own municipality
    return colon_levels(doc.text, found)  # "ligt hoger dan landelijk: 7,4% van de inwoners"


def named_years(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each earlier moment the text names as a year read as that year.

    Parameters
    ----------
    text : str
        The document text.
    found : list of Indicator
        The document's observations.

    Returns
    -------
    list of Indicator
        The same observations; a reference "previous year" whose words name the year, and a
        change without a reference counted "sinds" a year, have the year as reference.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Er kwamen 520 meldingen, twee keer zo veel als in 2015."
    >>> a = Indicator(25, 48, 0, None, "", Decimal(2), "ratio", True, None, "increase",
    ...               "previous year")
    >>> [i.reference for i in named_years(s, [a])]
    ['2015']
    >>> s = "Het aantal is twee keer zo hoog als vorig jaar."
    >>> b = Indicator(14, 36, 0, None, "", Decimal(2), "ratio", False, None, "increase",
    ...               "previous year")
    >>> [i.reference for i in named_years(s, [b])]
    ['previous year']
    >>> s = "Vooral de jeugd-ggz is sinds 2015 gegroeid."
    >>> c = Indicator(0, 42, 0, None, "", None, None, False, None, "increase", None)
    >>> [i.reference for i in named_years(s, [c])]
    ['2015']
    """
    out = []
    for ind in found:
        year = None
        if (
            ind.reference in (_PREVIOUS_YEAR, None)
            and ind.comparison
            and (ago := _years_ago(text, ind))
        ):
            cmp = _OVER_TIME.get(ind.comparison or "", ind.comparison)
            out.append(replace(ind, reference=ago, comparison=cmp))
            continue
        if ind.reference == _PREVIOUS_YEAR:
            year = _year_against(text, ind)
        elif ind.reference is None and ind.comparison in _CHANGES:
            year = _since(text, ind)
        out.append(replace(ind, reference=year) if year else ind)
    return out


def _years_ago(text: str, ind: Indicator) -> str | None:
    """ "N years ago" when the words of ``ind`` or those right after it compare it with some
    years back ("dan twee jaar eerder"); None for none (and for one year: the year before).

    Examples
    --------
    >>> s = "Ruim 1.900 aanmeldingen, een kwart meer dan twee jaar eerder."
    >>> _years_ago(s, Indicator(25, 33, 0, None, "", None, "percent", comparison="more"))
    'two years ago'
    >>> s = "Het aantal is hoger dan een jaar eerder."
    >>> _years_ago(s, Indicator(14, 19, 0, None, "", None, None)) is None
    True
    """
    stop = _STOP.search(text, ind.end, ind.end + _REACH)
    end = stop.start() if stop else min(len(text), ind.end + _REACH)
    if text.find(" jaar ", ind.start, end) < 0:
        return None  # a cheap test first
    m = _THAN_YEARS_AGO.search(text, ind.start, end)
    return f"{_YEARS_AGO[m.group('n').lower()]} years ago" if m else None


def _since(text: str, ind: Indicator) -> str | None:
    """The start of the period a change is counted over, in its clause up to its end.

    Examples
    --------
    >>> s = "Het aantal is sinds 2014 bijna verdubbeld."
    >>> _since(s, Indicator(25, 41, 0, None, "", None, "ratio"))
    '2014'
    >>> s = "Het aantal thuiszitters is in twee jaar bijna gehalveerd."
    >>> _since(s, Indicator(40, 56, 0, None, "", None, "ratio"))
    'two years ago'
    >>> s = "Het aantal zal in tien jaar verdubbelen."
    >>> _since(s, Indicator(28, 39, 0, None, "", None, "ratio")) is None
    True
    """
    lo = max(0, ind.start - 80)
    for m in _CLAUSE_BEFORE.finditer(text, lo, ind.start):
        lo = m.end()
    window = text[lo : ind.end]
    if "sinds" not in window and " jaar" not in window:
        return None  # a cheap test first
    since = _SINCE_YEAR.search(text, lo, ind.end)
    if since is None:
        return None
    if since.group("year"):
        return since.group("year")
    if _AHEAD.search(window):
        return None
    return f"{_YEARS_AGO[since.group('n').lower()]} years ago"


def _year_against(text: str, ind: Indicator) -> str | None:
    """The year the words of ``ind`` or those right after it set it against; None if none.

    Examples
    --------
    >>> s = "Dat is bijna het dubbele van 2014; in 2013 was het minder."
    >>> _year_against(s, Indicator(7, 27, 0, None, "", None, "ratio"))
    '2014'
    >>> s = "Dat is meer dan het jaar ervoor, en minder dan in 2013."
    >>> _year_against(s, Indicator(7, 31, 0, None, "", None, None)) is None
    True
    """
    stop = _STOP.search(text, ind.end, ind.end + _REACH)
    end = stop.start() if stop else min(len(text), ind.end + _REACH)
    m = _AGAINST_YEAR.search(text, ind.start, end)
    return m.group("year") if m else None
