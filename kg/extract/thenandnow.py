"""Then-and-now figures: a figure of an earlier moment and the same figure later, in one sentence.

A report that sets two moments side by side gives a figure with its year and, after a
clause break, the figure of a later moment pointing back to it: "In 2015 ontving 8,4% van
de jongeren jeugdhulp; in 2018 was dat 10,9%", "410 in 2015 tegen 405 in 2018", "van de
140 plekken in 2015 zijn er nu nog 112 over", "In 2015 schreven we één verslag, nu zijn het
er drie". As "van X naar Y", that is one observation: the later figure, a rise or a fall
(by the two values, unless a verb says which, or that it stayed the same), and the earlier
year as its reference; the earlier figure is no observation of its own (gold README, ninth
batch, decision 14: "Then-and-now figures without a verb of change … are one indicator, the
later value, with increase/decrease/equal and the earlier year as reference"). A later
figure that states a change of its own ("daalde dat aantal tot 640") keeps its direction and
takes the year as its reference; an earlier figure that states a change of its own stays.

The later figure points back to the earlier one: a demonstrative or a partitive "er" ("was
dat", "dat aantal", "zijn er nog", "het er", "hun aandeel"), "tegen", or a verb of change in
its clause. Source: general Dutch of statistics reports; written without reading any
held-out profile.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.document import Document
from kg.extract.changewords import DOWN, FALLEN, FINITE, RISEN, UP
from kg.extract.model import Indicator
from kg.extract.nationalvalues import unit_family
from kg.extract.wordtokens import lower_span, lowered

__all__ = ["RELATIVE_LATER", "past_and_present", "relative_moments", "same_period", "then_and_now"]

_YEAR = r"(?:19|20)\d\d"
#: The year of an earlier figure right after it: "410 in 2015", "140 plekken in 2015".
_YEAR_AFTER = re.compile(rf"\s*(?:\(\s*|,?\s+in\s+|\s+eind\s+)(?P<year>{_YEAR})\b(?![-/]\d)")
#: A moment of a figure's clause: "in 2015", "eind 2016", "van 2016" (a cut of that year),
#: "sinds 2017" is a period and no moment.
_MOMENT = re.compile(
    rf"\b(?:in|eind|begin|medio|halverwege|van|per)\s+(?P<year>{_YEAR})\b(?![-/]\d)"
    rf"|\b(?:van|in|over|schooljaar|seizoen|jaar)\s+(?P<span>(?P<first>{_YEAR})[-/]{_YEAR})\b"
    r"|\b(?P<now>nu|inmiddels|thans|tegenwoordig|momenteel|intussen)\b",
    re.IGNORECASE,
)
#: A moment a span after the one named before: "een jaar later", "twee jaar daarna", "het
#: jaar daarop", "het jaar erna", "het volgende jaar" (later than any year named before it).
RELATIVE_LATER = re.compile(
    r"\b(?:(?:een|één|[^\W\d]+|\d+)\s+(?:half\s+)?(?:jaar|maanden?|weken)\s+(?:later|daarna|erna)"
    r"|het\s+(?:jaar\s+(?:daarop|daarna|erna|nadien)|(?:volgende|daaropvolgende)\s+jaar))\b",
    re.IGNORECASE,
)
#: A clause of a later moment and its figure alone, its verb and noun left out ("…, een jaar
#: later 10%", "…; in 2016 31", "…, halverwege 2016 elf", "… en nu veertien"): it points back
#: by the gap itself.
_GAPPED = re.compile(
    rf"(?:[,;]|\ben)\s+(?:(?:in|eind|begin|medio|halverwege)\s+{_YEAR}|{RELATIVE_LATER.pattern}"
    # or the present: "in 2015 begon het team met negen medewerkers en nu telt het er veertien"
    r"|nu|inmiddels|thans|tegenwoordig)"
    r"\s+(?:(?:nog|al|maar|slechts|ruim|bijna|ongeveer|circa|gemiddeld)\s+)*$",
    re.IGNORECASE,
)
#: The order of a moment that is later than every year named ("nu", "een jaar later").
_LATEST = 10_000
#: What makes the later figure point back to the earlier: a demonstrative, a partitive "er",
#: a possessive ("hun aandeel"), "tegen(over)", a verb of change.
_CHANGE_WORDS = sorted(set(UP + DOWN + FINITE + RISEN + FALLEN), key=len, reverse=True)
_POINTER = re.compile(
    r"\b(?:dat|dit|deze|er|hun|tegen|tegenover)\b"
    r"|\b(?:op|af|toe|terug)\s+te\s+(?:lopen|nemen|gaan)\b"
    r"|\b(?:" + "|".join(_CHANGE_WORDS) + r")\b",
    re.IGNORECASE,
)
#: A verb that says the figure stayed the same: "bleef vrijwel gelijk", "is stabiel".
_SAME = re.compile(r"\b(?:gelijk|stabiel|constant|hetzelfde|onveranderd)\b", re.IGNORECASE)
_CHANGES = frozenset(("increase", "decrease", "equal"))
_POPULATION = "inhabitants"
#: The period a change was named over just before: "in dezelfde periode", "in diezelfde periode".
#: How many sentences back the period "dezelfde periode" points to may have been named.
_PERIOD_REACH = 2
_BETWEEN_YEARS = re.compile(
    rf"\btussen\s+(?P<year>{_YEAR})\s+en\s+{_YEAR}\b(?![-/]\d)", re.IGNORECASE
)
_SAME_PERIOD = re.compile(r"\b(?:de|die)zelfde\s+periode\b", re.IGNORECASE)
#: How far apart the two figures may stand.
_REACH = 140


def _year_of_earlier(text: str, floor: int, ind: Indicator) -> tuple[str, int, int] | None:
    """The moment of the earlier figure (as its reference reads it, a year or a span of
    years such as a school year "2014-2015"), its year and where its words end: after it,
    else before it."""
    m = _YEAR_AFTER.match(text, ind.end, ind.end + 12)
    if m:
        return m.group("year"), int(m.group("year")), m.end()
    clause = max((b.end() for b in re.finditer(r"[;:]|,\s", text[floor : ind.start])), default=0)
    years = [
        (y.group("year"), int(y.group("year")))
        if y.group("year")
        else (y.group("span"), int(y.group("first")))
        for y in _MOMENT.finditer(text, floor + clause, ind.start)
        if y.group("year") or y.group("span")
    ]
    return (*years[-1], ind.end) if years else None


def _later_moment(text: str, lo: int, ind: Indicator, ceiling: int) -> int | None:
    """The moment of the later figure: a year or "nu" before it (after ``lo``) or right after
    it; a "now" counts as later than every year."""
    after = _YEAR_AFTER.match(text, ind.end, min(ceiling, ind.end + 12))
    if after:
        return int(after.group("year"))
    moments = list(_MOMENT.finditer(text, lo, ind.start))
    relative = RELATIVE_LATER.search(text, lo, ind.start)
    if relative and (not moments or relative.start() > moments[-1].start()):
        return _LATEST  # "…, een jaar later 10%"
    if not moments:
        return None
    last = moments[-1]
    if last.group("span"):
        return int(last.group("first"))
    return int(last.group("year")) if last.group("year") else _LATEST


def _points_back(between: str, later: Indicator) -> bool:
    """Whether the later figure points back to the earlier: a demonstrative, a partitive
    "er", "tegen", a verb of change (also the later figure's own: "in 2015 liep zij op tot
    7,1%"), or a clause of its moment and the figure alone ("…, een jaar later 10%")."""
    if later.comparison in ("increase", "decrease"):
        return True
    return bool(_POINTER.search(between) or _GAPPED.search(between))


def _other_nouns(earlier: Indicator, later: Indicator) -> bool:
    """Whether the two figures count two things the vocabulary does not know, each named by a
    noun of its own ("40 aanvragen", "12 consulenten")."""
    if earlier.measure or later.measure or not earlier.measure_label or not later.measure_label:
        return False
    return earlier.measure_label.lower() != later.measure_label.lower()


def _carried(earlier: Indicator) -> str | None:
    """The earlier figure's measure for the later one; not a count of inhabitants, which names
    the people the clause speaks of ("In 2015 kregen 930 inwoners hulp"), not what it counts."""
    return None if earlier.measure == _POPULATION else earlier.measure


def _direction(earlier: Indicator, later: Indicator, between: str) -> str | None:
    if later.comparison in _CHANGES:
        return later.comparison
    if later.comparison is not None:
        return None  # a level against another place: not this reading
    if earlier.comparison == "equal" or _SAME.search(between):
        return "equal"
    if earlier.value is None or later.value is None:
        return None
    if later.value > earlier.value:
        return "increase"
    return "decrease" if later.value < earlier.value else "equal"


def then_and_now(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each then-and-now pair of one sentence read as one change.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "In 2015 ontving 8,4% van de jongeren jeugdhulp; in 2018 was dat 10,9%."
    >>> doc = N(text=s, sentences=[N(start=0, end=len(s))])
    >>> then = Indicator(16, 36, 1, "share-youth-care", "", Decimal("8.4"), "percent")
    >>> now = Indicator(65, 70, 1, None, "", Decimal("10.9"), "percent")
    >>> [(i.value, i.comparison, i.reference, i.measure) for i in then_and_now(doc, [then, now])]
    [(Decimal('10.9'), 'increase', '2015', 'share-youth-care')]
    """
    out = list(found)
    dropped: set[int] = set()
    text = doc.text
    for j, later in enumerate(out):
        if later.value is None or later.reference is not None or later.national_value is not None:
            continue
        if not 0 < later.sentence <= len(doc.sentences):
            continue
        sentence = doc.sentences[later.sentence - 1]  # counted from one
        for i in range(j - 1, -1, -1):
            earlier = out[i]
            if earlier.sentence != later.sentence or i in dropped:
                break
            if earlier.value is None or unit_family(earlier.unit) != unit_family(later.unit):
                continue
            if later.start - earlier.end > _REACH or earlier.end > later.start:
                break
            if earlier.national_value is not None or (
                earlier.comparison is not None and earlier.comparison not in _CHANGES
            ):
                break
            if earlier.measure and later.measure and earlier.measure != later.measure:
                break
            if _other_nouns(earlier, later):
                break  # "In 2015 waren er 40 aanvragen en nu 12 consulenten": two things
            moment = _year_of_earlier(text, sentence.start, earlier)
            if moment is None:
                break
            label, year, lo = moment
            between = text[lo : later.start]
            later_year = _later_moment(text, lo, later, sentence.end)
            if later_year is None or later_year <= year or not _points_back(between, later):
                break
            direction = _direction(earlier, later, text[sentence.start : later.start])
            own_change = earlier.comparison in ("increase", "decrease")
            if direction is None:
                break
            out[j] = replace(
                later,
                comparison=direction,
                reference=label,
                measure=later.measure or _carried(earlier),
            )
            if not own_change:
                dropped.add(i)  # the earlier figure is the change's start, no observation
            break
    kept = [ind for k, ind in enumerate(out) if k not in dropped]
    return same_period(doc, past_and_present(text, relative_moments(text, kept)))


_TIME = frozenset(("years", "year", "months", "month", "weeks", "week", "days", "day"))
_ONE_YEAR = re.compile(r"(?:een|één|1)\s+jaar\b|het\s+(?:jaar\s|volgende|daaropvolgende)", re.I)


def relative_moments(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` without the span of a later moment that dates a change of its clause ("een
    jaar later 10%" after the figure of an earlier year, "Een jaar later was het tekort
    gegroeid tot € 5,5 miljoen", "twee jaar daarna was het aantal gedaald tot 40"): the span
    names the moment the change is counted to, not how long something took (gold README: "Een
    jaar later was het tekort … gegroeid tot" is no separate duration). A change that the span
    of one year dates and that no earlier moment was read for has the year before as
    reference. A span whose clause states no change stays a duration ("een jaar later werd de
    aanpak uitgebreid", "twee jaar later waren er 40 plekken").

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Een jaar later was het tekort gegroeid tot € 5,5 miljoen."
    >>> span = Indicator(0, 8, 1, None, "", Decimal(1), "years")
    >>> m = s.index("€")
    >>> deficit = Indicator(m, len(s) - 1, 1, "deficit", "", Decimal(5500000), "EUR",
    ...                     comparison="increase")
    >>> [(i.value, i.reference) for i in relative_moments(s, [span, deficit])]
    [(Decimal('5500000'), 'previous year')]
    """
    if not any(w in text for w in ("later", "daarna", "erna", "daarop", "volgende")):  # a gate
        return found
    out = list(found)
    dropped: set[int] = set()
    for moment in later_moments(text):
        clause_end = _clause_end(text, moment.end())
        dated = [
            j
            for j, ind in enumerate(out)
            if ind.value is not None and moment.end() <= ind.start < clause_end
        ]
        if not dated or out[dated[0]].comparison not in _CHANGES:
            continue  # "een jaar later werd de aanpak uitgebreid": a duration
        dropped.update(
            k
            for k, ind in enumerate(out)
            if ind.unit in _TIME and moment.start() <= ind.start < moment.end()
        )
        figure = out[dated[0]]
        one_year = _ONE_YEAR.match(moment.group())
        if one_year and figure.reference is None and figure.comparison in _CHANGES:
            out[dated[0]] = replace(figure, reference=_PREVIOUS_YEAR)
    return [ind for k, ind in enumerate(out) if k not in dropped]


#: A word every match of :data:`RELATIVE_LATER` holds, in lower case.
_LATER_WORDS = ("later", "daarna", "erna", "daarop", "nadien", "volgende")
#: How many runs of non-space characters before its word a match may begin ("een half jaar
#: later": three).
_LATER_REACH = 3


def later_moments(text: str) -> list[re.Match[str]]:
    """The matches of :data:`RELATIVE_LATER` in ``text``, as ``finditer`` finds them.

    The pattern has no literal to scan for (its first word may be any word), so it is
    tried only at the places before one of the words every match holds (:data:`_LATER_WORDS`,
    found in the document's lower case): a match begins in one of the three runs of
    non-space characters before that word. A text whose lower case is no guide (an odd
    letter, :func:`~kg.extract.wordtokens.lowered`) is searched whole.

    Examples
    --------
    >>> s = "In 2015 waren het er 12. Een half jaar later 15, het jaar daarop 20."
    >>> [m.group() for m in later_moments(s)]
    ['Een half jaar later', 'het jaar daarop']
    >>> [m.group() for m in later_moments("Twee weken erna, later nog: hiernaast.")]
    ['Twee weken erna']
    """
    low = lowered(text)
    if low is None:
        return list(RELATIVE_LATER.finditer(text))
    anchors: list[int] = []
    for word in _LATER_WORDS:
        at = low.find(word)
        while at >= 0:
            anchors.append(at)
            at = low.find(word, at + 1)
    anchors.sort()
    found: list[re.Match[str]] = []
    nxt = 0  # the first place not tried yet (nor covered by a match found)
    match = RELATIVE_LATER.match
    for anchor in anchors:
        at = max(nxt, _runs_before(text, anchor, _LATER_REACH))
        while at < anchor:  # a match begins before its word
            m = match(text, at)
            if m is None:
                at += 1
            else:
                found.append(m)
                at = m.end()
        nxt = max(nxt, at)
    return found


def _runs_before(text: str, at: int, runs: int) -> int:
    """Where the ``runs``-th run of non-space characters before the one at ``at`` begins."""
    while at and not text[at - 1].isspace():
        at -= 1
    for _ in range(runs):
        while at and text[at - 1].isspace():
            at -= 1
        while at and not text[at - 1].isspace():
            at -= 1
    return at


_CLAUSE_END = re.compile(r"[;:]|,\s|\.(?:\s|$)")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause that goes on at ``pos`` ends: its next ";", ":", ", " or full stop."""
    m = _CLAUSE_END.search(text, pos, pos + 200)
    return m.start() if m else min(len(text), pos + 200)


def _clause(text: str, ind: Indicator) -> str:
    """The words of the clause of ``ind`` up to a little after it."""
    lo = max(0, ind.start - 80)
    before = text[lo : ind.start]
    cut = max(before.rfind(";"), before.rfind(". "), before.rfind(":"))
    after = re.split(r"[.;:]|,\s", text[ind.end : ind.end + 30], maxsplit=1)[0]
    return before[cut + 1 :] + text[ind.start : ind.end] + after


def same_period(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with a change over a named period set against the period's start: the first
    year of "tussen 2015 en 2017" in its clause (gold README: "tussen 2014 en 2016 van X naar
    Y" has the earlier moment as reference), and for "in dezelfde periode" the year of the
    nearest earlier change with a year as reference, in its sentence or the two before (gold
    README, ninth batch, decision 14).

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> s = "Het aandeel steeg van 20% in 2014 naar 24%. Het daalde in dezelfde periode."
    >>> first = Indicator(16, 42, 1, None, "", Decimal(24), "percent", comparison="increase")
    >>> first = replace(first, reference="2014")
    >>> second = Indicator(44, 76, 2, None, "", None, None, comparison="decrease")
    >>> [i.reference for i in same_period(N(text=s), [first, second])]
    ['2014', '2014']
    """
    out = list(found)
    for j, ind in enumerate(out):
        if ind.comparison not in _CHANGES or ind.reference is not None:
            continue
        between = _BETWEEN_YEARS.search(_clause(doc.text, ind))
        if between:  # "is tussen 2015 en 2017 met 11% gekort": the period's first year
            out[j] = replace(ind, reference=between.group("year"))
            continue
        if not _SAME_PERIOD.search(doc.text, max(0, ind.start - 60), ind.end):
            continue
        for before in reversed(out[:j]):
            if before.sentence < ind.sentence - _PERIOD_REACH:
                break
            if before.comparison in _CHANGES and before.reference and before.reference.isdigit():
                out[j] = replace(ind, reference=before.reference)
                break
    return out


#: The past or the present named right before a figure, in its clause: "Vroeger had ik na tien
#: minuten …", "waar vroeger één volstond", "Vorig jaar waren het er nog negen" (the year
#: before); "nu zit ik er anderhalf uur".
_PAST = re.compile(
    r"\b(?:(?P<past>vroeger|voorheen|in\s+het\s+verleden)|vorig\s+jaar)\b[^.;:,\d]{0,40}$", re.I
)
_NOW = re.compile(r"\b(?:nu|tegenwoordig|thans|inmiddels)\b[^.;:,\d]{0,40}$", re.IGNORECASE)
_IN_THE_PAST, _PREVIOUS_YEAR = "in the past", "previous year"


def past_and_present(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with a figure of the past and one of the present in one sentence read as one
    change: "Vroeger had ik na tien minuten een indicatie, nu zit ik er anderhalf uur", "elke
    cliënt vraagt nu drie formulieren waar vroeger één volstond" (gold README: "Vroeger … nu"
    is one indicator, the present value, with the past as its reference).

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Vroeger duurde het tien minuten, nu anderhalf uur."
    >>> a = Indicator(s.index("tien"), s.index(","), 1, None, "", Decimal(10), "minutes")
    >>> b = Indicator(s.index("ander"), len(s) - 1, 1, None, "", Decimal(90), "minutes")
    >>> [(i.value, i.comparison, i.reference) for i in past_and_present(s, [a, b])]
    [(Decimal('90'), 'increase', 'in the past')]
    """
    low = lower_span(text, 0, len(text))
    if "vroeger" not in low and "voorheen" not in low and "vorig jaar" not in low:  # a gate
        return found
    out = list(found)
    dropped: set[int] = set()
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.sentence != b.sentence or b.start - a.end > 100 or k in dropped:
            continue
        if a.value is None or b.value is None or unit_family(a.unit) != unit_family(b.unit):
            continue
        if a.comparison is not None or b.comparison is not None:
            continue
        paired = _paired(text, a, b)
        if paired is None:
            continue
        then, past_first = paired
        past, now, j = (a, b, k + 1) if past_first else (b, a, k)
        then_value, now_value = past.value or Decimal(0), now.value or Decimal(0)
        direction = "increase" if now_value > then_value else "decrease"
        if now_value == then_value:
            direction = "equal"
        out[j] = replace(
            now,
            comparison=direction,
            reference=_IN_THE_PAST if then.group("past") else _PREVIOUS_YEAR,
            measure=now.measure or past.measure,
        )
        dropped.add(k + 1 if j == k else k)
    return [ind for k, ind in enumerate(out) if k not in dropped]


def _paired(text: str, a: Indicator, b: Indicator) -> tuple[re.Match[str], bool] | None:
    """The words of the past and whether they stand before the first of two figures, when one
    figure is of the past and the other of the present."""
    lo_a, lo_b = max(0, a.start - 60), max(a.end, b.start - 60)
    then = _PAST.search(text, lo_a, a.start)
    if then and _NOW.search(text, lo_b, b.start):
        return then, True
    then = _PAST.search(text, lo_b, b.start)
    if then and _NOW.search(text, lo_a, a.start):
        return then, False
    return None
