"""Changes over time: a direction that says a figure or level rose or fell.

The readers of figures and of figure-less levels give a direction (``higher``,
``lower``, ``more``, ``less``) and a reference. The annotation guideline tells two
things apart: a level against another level (the national average, other
municipalities, a forecast, a norm) keeps its direction; a change over time, a
figure or level the text says rose or fell, is an ``increase`` or a ``decrease``:

- a verb, participle or noun of change ("is gestegen", "daalt", "verlaagd", "een
  toename van", "het groeiende aantal", "krimpt"), a separable verb of change with
  its particle ("neemt … toe", "loopt … op", "gaat er … op achteruit"), "steeds"
  before a comparative ("steeds meer", "steeds vaker"), or "worden" with a comparative
  of amount or size ("de wachtlijsten worden langer");
- a direction set against an earlier moment ("hoger dan vorig jaar", "minder dan
  vroeger"), also where the reader's quote ends before "dan";
- a figure that changed ("daalde met 12%", "opgelopen tot zes weken", "van 40 naar
  55") or that is set against an earlier moment of itself ("twee keer zo hoog als
  die van 2014"), as the reader of the figure found it.

Only a direction with no reference or an earlier moment as its reference
(``previous year``) is read as a change: "sterker gestegen dan landelijk" stays a
level against the national average. Source: the guideline of
``tests/gold/README.md`` and general Dutch, written without reading any profile.

Examples
--------
>>> changed("het aantal meldingen is flink gestegen"), changed("het aantal is hoger")
(True, False)
>>> as_change("more"), as_change("lower"), as_change("equal")
('increase', 'decrease', 'equal')
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.changewords import DOWN, FALLEN, FINITE, REF, RISEN, UP, reference_in
from kg.extract.model import Indicator

#: A direction and the change that goes that way.
TO_CHANGE = {"higher": "increase", "more": "increase", "lower": "decrease", "less": "decrease"}
#: References that are an earlier moment of the same figure: a change, not a level.
EARLIER_REFERENCES = frozenset({"previous year"})

#: Verbs and nouns of an ageing population: "de bevolking vergrijst" (ever more people of
#: 65 and over), "ontgroent" (ever fewer young people), "een sterke vergrijzing"; a
#: process, so a change over time, as "krimp" is.
_AGEING: tuple[str, ...] = (
    "vergrijst",
    "vergrijzen",
    "vergrijsd",
    "ontgroent",
    "ontgroenen",
    "ontgroend",
)
_AGEING += ("vergrijzing", "ontgroening")
#: Better or worse off, the verb written as one word in a subordinate clause: "waarmee de
#: gemeente er op achteruitgaat" (a change, as "gaat er op achteruit").
_OFF = tuple(side + form for side in ("vooruit", "achteruit") for form in ("gaat", "gaan", "ging"))
#: Words of change alone: each says that what it qualifies rose or fell.
_WORDS = frozenset(UP + DOWN + RISEN + FALLEN + FINITE + _AGEING + _OFF)
#: "groeit op", "groeien op": to grow up, not a change of a figure.
_GROW = frozenset(("groeit", "groeien", "groeide", "groeiden"))
_GROW_UP = re.compile(r"\bgroei(?:t|en|de|den)\s+(?:\w+\s+)?op\b", re.IGNORECASE)
#: A separable verb of change and its particle later in the clause: "neemt het aantal
#: snel toe", "loopt de wachttijd op", "liep terug".
_SPLIT = re.compile(
    r"\b(?:(?:neemt|nemen|nam|namen)\b[^,;:.]*?\b(?:toe|af)"
    r"|(?:loopt|lopen|liep|liepen)\b[^,;:.]*?(?<!\bachter\s)\b(?:op|terug)"
    r"|(?:gaat|gaan|ging|gingen)\b[^,;:.]*?\b(?:omhoog|omlaag))\b",
    re.IGNORECASE,
)
#: "steeds" before a comparative, not "nog steeds" (still): "steeds meer", "steeds vaker".
_STEADILY = re.compile(
    r"(?<!nog\s)\bsteeds\s+(?:meer|minder|vaker|hoger|lager|groter|kleiner|zwaarder|duurder)\b",
    re.IGNORECASE,
)
#: Becoming more or less: "de wachtlijsten worden langer", "de tekorten werden groter" (a
#: form of "worden" or "raken" and a comparative of amount or size, an adverb between), "de
#: wachttijden zijn korter geworden".
_BECOMING = re.compile(
    r"\b(?:wordt|worden|werd|werden|raakt|raken|raakte|raakten)\s+(?:(?:nog|alsmaar|ook|veel"
    r"|iets|wat|fors|flink)\s+)?(?:meer|minder|hoger|lager|groter|kleiner|langer|korter"
    r"|zwaarder|duurder)\b"
    r"|\b(?:meer|minder|hoger|lager|groter|kleiner|langer|korter|zwaarder|duurder)\s+geworden\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")
#: An earlier moment right after a direction's quote: "is hoger | dan vorig jaar".
_THAN_EARLIER = re.compile(
    r"\s*(?:dan|als)\s+(?:vorig\s+jaar|in\s+(?:19|20)\d\d|voorheen|vroeger"
    r"|(?:een|\w+)\s+jaar\s+(?:eerder|geleden|terug))\b",
    re.IGNORECASE,
)

#: A change set against another's: "sterker gestegen dan in de regio", "steeg harder dan
#: landelijk", "minder snel gedaald dan in de provincie" (the degree, then "dan" and a
#: reference); a level against that reference, not a change over time.
_FASTER_THAN = re.compile(
    r"\b(?P<deg>sterker|harder|sneller|meer|minder(?:\s+(?:sterk|snel|hard))?)\s+"
    r"(?:[^\W\d][\w-]*\s+){0,3}?dan\s+(?P<ref>" + REF + ")",
    re.IGNORECASE,
)
#: The words one of which :data:`_FASTER_THAN` cannot match without (a cheap gate).
_FASTER_WORDS = ("sterker", "harder", "sneller", "meer", "minder")
#: A change set against an earlier moment inside its quote: "is ten opzichte van 2015
#: gestegen", "vergeleken met vorig jaar gedaald" (read by ``reference_in``).
_SINCE = re.compile(r"\b(?:opzichte|t\.o\.v|vergeleken)\b", re.IGNORECASE)
_FLIP = {"higher": "lower", "lower": "higher", "more": "less", "less": "more"}


def _than_other(text: str, ind: Indicator) -> Indicator:
    """``ind`` with the reference a change is set against: "sterker gestegen dan in de regio".

    Examples
    --------
    >>> s = "Het aantal is sterker gestegen dan in de regio."
    >>> i = _than_other(s, Indicator(0, 30, 0, None, "", None, None, comparison="higher"))
    >>> i.comparison, i.reference, s[i.start : i.end]
    ('higher', 'region', 'Het aantal is sterker gestegen dan in de regio')
    >>> s = "Het aantal daalde minder snel dan landelijk."
    >>> i = _than_other(s, Indicator(0, 18, 0, None, "", None, None, comparison="lower"))
    >>> i.comparison, i.reference
    ('higher', 'national average')
    """
    stop = len(text)
    for mark in ".;:?!":
        cut = text.find(mark, ind.end, stop)
        stop = cut if cut != -1 else stop
    window = text[ind.start : min(stop, ind.end + 60)]
    low = window.lower()  # once, not once per word
    if not any(w in low for w in _FASTER_WORDS):
        return ind
    m = _FASTER_THAN.search(window)
    if m is None or m.start() > ind.end - ind.start + 20 or not changed(window[: m.start("ref")]):
        return ind
    ref = reference_in(m.group())
    if ref is None or ref in EARLIER_REFERENCES:
        return ind
    comparison = ind.comparison or ""
    if m.group("deg").lower().startswith("minder"):
        comparison = _FLIP.get(comparison, comparison)
    return replace(ind, end=max(ind.end, ind.start + m.end()), comparison=comparison, reference=ref)


def as_change(comparison: str | None) -> str | None:
    """The change that goes the way of ``comparison`` (other values unchanged)."""
    return TO_CHANGE.get(comparison or "", comparison)


def changed(quote: str) -> bool:
    """Whether ``quote`` says that something rose or fell (see the module's list).

    Examples
    --------
    >>> [changed(s) for s in ("neemt het aantal mensen met dementie snel toe",
    ...     "steeds meer ouderen", "nog steeds meer dan gemiddeld", "de tarieven zijn verlaagd")]
    [True, True, False, True]
    >>> changed("1 op de 8 kinderen groeit op in armoede"), changed("het groeiende aantal")
    (False, True)
    >>> changed("de bevolking vergrijst"), changed("een vergrijsde gemeente")
    (True, False)
    >>> changed("de wachtlijsten worden langer"), changed("de wachtlijsten zijn langer")
    (True, False)
    >>> changed("de wachttijden zijn korter geworden")
    True
    """
    lowered = quote.lower()
    words = set(_WORD.findall(lowered))
    found = words & _WORDS
    if found:  # "groeit op" alone is to grow up
        return not (found <= _GROW and _GROW_UP.search(lowered))
    return bool(_SPLIT.search(lowered) or _STEADILY.search(lowered) or _BECOMING.search(lowered))


def over_time(text: str, found: list[Indicator], moved: set[int]) -> list[Indicator]:
    """``found`` with the directions that are changes over time read as changes.

    Parameters
    ----------
    text : str
        The document's cleaned text.
    found : list of Indicator
        The indicators of the document.
    moved : set of int
        Starts of the figures whose reader found a change ("daalde met 12%", "van 40
        naar 55", "twee keer zo hoog als in 2014").

    Returns
    -------
    list of Indicator
        In the same order; a direction with no reference or an earlier one becomes
        ``increase`` or ``decrease`` where the quote or its figure's reader says it changed.

    Examples
    --------
    >>> s = "Het aantal meldingen is gestegen. Het aantal is hoger dan landelijk."
    >>> a = Indicator(0, 32, 0, None, "", None, None, comparison="higher")
    >>> b = Indicator(34, 66, 1, None, "", None, None, comparison="higher",
    ...               reference="national average")
    >>> [i.comparison for i in over_time(s, [a, b], set())]
    ['increase', 'higher']
    >>> s = "Het aantal is hoger dan vorig jaar."
    >>> c = Indicator(0, 20, 0, None, "", None, None, comparison="higher")
    >>> [(i.comparison, i.reference) for i in over_time(s, [c], set())]
    [('increase', 'previous year')]
    """
    out = []
    for ind in found:
        if ind.comparison in TO_CHANGE and ind.reference is None:
            ind = _than_other(text, ind)  # "sterker gestegen dan in de regio"
        if (
            ind.comparison in TO_CHANGE
            and ind.reference is None
            and _SINCE.search(text, ind.start, ind.end)
        ):
            quote = text[ind.start : ind.end]
            if changed(quote) and reference_in(quote) in EARLIER_REFERENCES:
                ind = replace(ind, reference="previous year")  # "ten opzichte van 2015 gestegen"
        if (
            ind.comparison in TO_CHANGE
            and ind.reference is None
            and _THAN_EARLIER.match(text, ind.end)  # "is hoger" + "dan vorig jaar"
        ):
            ind = replace(ind, reference="previous year")
        if (
            ind.comparison in TO_CHANGE
            and (ind.reference is None or ind.reference in EARLIER_REFERENCES)
            and (
                ind.start in moved
                or ind.reference in EARLIER_REFERENCES
                or changed(text[ind.start : ind.end])
            )
        ):
            ind = replace(ind, comparison=as_change(ind.comparison))
        if ind.comparison in _CHANGES and ind.reference is None and _in_a_year(text, ind):
            ind = replace(ind, reference="previous year")  # "nam in een jaar tijd toe met 12%"
        out.append(ind)
    return out


_CHANGES = frozenset(("increase", "decrease"))
#: A change within a year, before its figure in the clause or right after it: "nam in een
#: jaar tijd toe met 12%", "is in een jaar opgelopen tot 45", "daalde van 48 naar 31 in een
#: jaar": set against the year before.
_A_YEAR = re.compile(r"\b(?:in|binnen)\s+(?:een|één)\s+jaar\b(?!\s+(?:of|en)\b)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")


def _in_a_year(text: str, ind: Indicator) -> bool:
    """Whether a change states that it took a year ("in een jaar tijd").

    Examples
    --------
    >>> s = "Het aantal nam in een jaar tijd toe met 12%."
    >>> i = Indicator(s.index("12%"), s.index("12%") + 3, 1, None, "", None, "percent")
    >>> _in_a_year(s, i), _in_a_year("Het aantal nam toe met 12%.", replace(i, start=22, end=25))
    (True, False)
    """
    lo, hi = max(0, ind.start - 70), min(len(text), ind.end + 20)
    if "jaar" not in text[lo:hi]:
        return False
    for stop in _CLAUSE_END.finditer(text, lo, ind.start):
        lo = stop.end()
    hi = next((m.start() for m in _CLAUSE_END.finditer(text, ind.end, hi)), hi)
    return _A_YEAR.search(text, lo, hi) is not None
