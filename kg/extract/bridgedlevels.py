"""A quantity and its change in different clauses of one sentence: the change judges it.

:func:`kg.extract.direction.judged_levels` pairs a quantity judged by its level
(``kg/data/quantity-direction.toml``) with a direction word of its own clause. Dutch
often puts the change in another clause, in two general ways:

- an apposition that names the change of the figure before it: "het loket telde 640
  meldingen, een toename van 12%" (``een`` + a noun of change);
- a relative clause between the subject and its verb: "het aantal meldingen bij het
  steunpunt, dat in 2015 opende, steeg tot 300" (the clause after the relative clause
  opens with the finite verb of change);
- an apposition that names an amount more or less than an earlier moment or what was
  expected: "het loket telde 640 meldingen, 18% meer dan het jaar ervoor", "…, een kwart
  minder dan in 2014", "…, 10% meer dan begroot" (an amount, then "meer" or "minder", then
  "dan" and a year or a word of an earlier time or an expectation), when a remark comes
  with the figure (a clause before it or after the amount, or "volgens …") or the claim
  names a problem of the taxonomy ("de schuldhulp telde 900 aanmeldingen, een kwart meer
  dan in 2014": the count of a problem's group, tests/gold/README.md, twenty-ninth
  session, point 7): a bare figure and its change report data. A comparison with another
  place ("ruim een derde meer dan in de buurgemeente") compares levels: data;
- an apposition that sets the value of an earlier moment against the count before it: "zij
  kregen 160 aanmeldingen, tegen 120 in 2014" ("tegen", a count, then a year or a word of an
  earlier time; a rise when the count before it is larger), with a remark as above. A share
  ("46%, tegen 38% een jaar eerder") is no count of demand. A count of a problem's group
  in figures ("14 thuiszitters, tegen 22 een jaar eerder", "40 daklozen, …") is bad to have
  high as a count of demand is; its change then judges in place of the problem it names
  (a fall is good news), also after a label line's key.

An aside in brackets between the count and its change ("210 meldingen (2015), 15% meer
dan in 2014") is read past.

A count of the demand on care (a noun of ``kg/data/care-counts.txt``, also in the
singular: "310 huishoudens ontvingen een bijstandsuitkering") or a number of people
coming to ask for help ("meldden zich 480 huishoudens") counts as a quantity bad to have
high, as the monitors read demand (:mod:`kg.extract.risingcounts`).

The change then judges the quantity as it would in one clause: a bad quantity rising is
negative, falling positive, and a good one the other way round. A negated change ("steeg
niet") and a clause naming a quantity of its own are left to the other rules. Dutch
grammar (apposition, the relative clause inside the subject) and the direction words of
``kg/data/quantity-direction.toml``.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.direction import quantity_sign
from kg.extract.risingcounts import CARE_COUNTS, asks_help
from kg.extract.toneframes import Cue

#: Nouns of change an apposition opens with ("een toename van 15%"): +1 a rise, -1 a fall.
_CHANGE_NOUNS = {
    "toename": 1, "stijging": 1, "groei": 1, "verdubbeling": 1,
    "afname": -1, "daling": -1, "halvering": -1,
}  # fmt: skip
#: Finite verbs of change a clause after a relative clause opens with ("…, steeg van …").
_CHANGE_VERBS = {
    "steeg": 1, "stegen": 1, "stijgt": 1, "stijgen": 1, "groeide": 1, "groeiden": 1,
    "groeit": 1, "verdubbelde": 1, "verdubbelden": 1, "daalde": -1, "daalden": -1,
    "daalt": -1, "dalen": -1, "halveerde": -1, "halveerden": -1,
}  # fmt: skip
#: Words that open a relative clause inside a subject.
_RELATIVES = frozenset({"die", "dat", "waar", "waarin", "waarbij", "wat", "welke"})
#: The comparatives of an amount an apposition opens with ("18% meer dan …").
_MORE_LESS = {"meer": 1, "minder": -1}
#: The word an apposition of an earlier value opens with ("…, tegen 120 in 2014").
_AGAINST = "tegen"
#: The words one of which a claim of a bridged change holds (for a word gate).
CHANGE_WORDS: frozenset[str] = (
    frozenset(_CHANGE_NOUNS) | frozenset(_CHANGE_VERBS) | frozenset(_MORE_LESS) | {_AGAINST}
)
#: A count in figures ("160", "1.350", "12,5"), not a share: no "%" or "procent" after it.
_VALUE = re.compile(r"(?<![\d.,])\d+(?:\.\d{3})*(?:,\d+)?(?![\d,.]?\d)(?!\s*(?:%|procent))")
#: Words of an amount before "meer"/"minder" besides numerals: fractions, number words
#: and the hedges of an estimate ("een kwart", "ruim een derde", "bijna twee keer").
_AMOUNT_WORDS = frozenset(
    {"een", "half", "helft", "derde", "kwart", "vijfde", "zesde", "tiende", "procent",
     "twee", "drie", "vier", "vijf", "tien", "honderd", "duizend", "keer", "maal",
     "ruim", "bijna", "ongeveer", "circa", "zo'n", "nog", "wel", "zelfs", "iets"}
)  # fmt: skip
#: Words after "dan" that name an earlier moment or what was expected ("dan een jaar
#: eerder", "dan het jaar ervoor", "dan begroot"); a year ("dan in 2014") does as well.
_EARLIER = frozenset(
    {"eerder", "ervoor", "daarvoor", "tevoren", "vorig", "vorige", "voorgaande", "verwacht",
     "voorzien", "begroot", "geraamd", "gepland", "geschat", "voorspeld"}
)  # fmt: skip
#: Of those, the words that name an amount (a hedge or "een" alone names none).
_AMOUNTS = _AMOUNT_WORDS - {"een", "ruim", "bijna", "ongeveer", "circa", "zo'n", "nog",
                            "wel", "zelfs", "iets"}  # fmt: skip


def _earlier(words: list[str]) -> bool:
    """Whether ``words`` (after "dan") name an earlier moment or an expectation.

    Examples
    --------
    >>> _earlier(["in", "2014"]), _earlier(["een", "jaar", "eerder"]), _earlier(["in", "Borne"])
    (True, True, False)
    """
    return any(w in _EARLIER or (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
               for w in words)  # fmt: skip


def _amount_more(words: list[str]) -> tuple[int, int]:
    """(index, sign) of "meer"/"minder" after the amount a clause opens with, when "dan"
    and an earlier moment follow it ("8% meer dan een jaar eerder", "een kwart minder dan in
    2014"), else (-1, 0).

    Examples
    --------
    >>> _amount_more(["een", "kwart", "meer", "dan", "in", "2014"])
    (2, 1)
    >>> _amount_more(["18", "minder", "dan", "het", "jaar", "ervoor"])
    (1, -1)
    >>> _amount_more(["meer", "dan", "ooit"]), _amount_more(["een", "meer", "dan", "ooit"])
    ((-1, 0), (-1, 0))
    """
    for i, word in enumerate(words[:5]):
        if word in _MORE_LESS:
            named = any(w.isdigit() or w in _AMOUNTS for w in words[:i])
            than = words[i + 1 : i + 2] == ["dan"] and _earlier(words[i + 2 :])
            return (i, _MORE_LESS[word]) if named and than else (-1, 0)
        if not (word.isdigit() or word in _AMOUNT_WORDS):
            return -1, 0
    return -1, 0


def _values(text: str, clause: tuple[int, int]) -> list[float]:
    """The counts in figures of the clause, years and shares left out.

    Examples
    --------
    >>> s = "zij kregen in 2015 ongeveer 1.160 aanmeldingen, 12% meer"
    >>> _values(s, (0, len(s)))
    [1160.0]
    """
    found = []
    for m in _VALUE.finditer(text, *clause):
        value = m.group()
        if len(value) == 4 and value[:2] in ("19", "20"):  # noqa: PLR2004
            continue  # a year
        found.append(float(value.replace(".", "").replace(",", ".")))
    return found


def _against(text: str, spans: list[tuple[int, int]], k: int) -> int:
    """+1 when clause ``k`` sets a smaller value of an earlier moment against the last count
    of the clause before it ("160 aanmeldingen, tegen 120 in 2014": a rise), -1 a larger
    one (a fall), else 0.

    Examples
    --------
    >>> s = "Het loket kreeg 160 aanmeldingen, tegen 120 in 2014."
    >>> _against(s, neg.clauses(s, 0, len(s)), 1)
    1
    >>> s = "Het loket kreeg 160 aanmeldingen, tegen 120 in Zuidstad."
    >>> _against(s, neg.clauses(s, 0, len(s)), 1)
    0
    """
    words = [w for _a, _b, w in neg.words(text, *spans[k])]
    if words[:1] != [_AGAINST] or not _earlier(words[2:6]):
        return 0
    now, then = _values(text, spans[k - 1]), _values(text, spans[k])
    if not now or not then:
        return 0
    return (now[-1] > then[0]) - (now[-1] < then[0])


def _change(words: list[str]) -> tuple[int, int]:
    """(index, sign) of the change a clause opens with (an apposition's noun, an amount
    more or less, or a finite verb), else (-1, 0)."""
    if len(words) > 1 and words[0] == "een" and words[1] in _CHANGE_NOUNS:
        return 1, _CHANGE_NOUNS[words[1]]
    if words and words[0] in _CHANGE_VERBS:
        return 0, _CHANGE_VERBS[words[0]]
    return _amount_more(words)


def _at_more(text: str, clause: tuple[int, int], at: int) -> bool:
    """Whether the ``at``-th word of the clause is "meer" or "minder"."""
    return neg.words(text, *clause)[at][2] in _MORE_LESS


def _remarked(
    text: str, spans: list[tuple[int, int]], counted: int, at: int, problem: bool = False
) -> bool:
    """Whether a count (in clause ``counted``) and the amount more or less after it (clause
    ``at``) come with a remark: a clause before the count ("de wethouder meldt dat …"), an
    attribution ("Volgens de kredietbank …") or a clause after the amount. A bare figure and
    its change ("In 2016 waren er 900 aanvragen, 5% meer dan in 2015.") report data, as a
    bare rise does (:func:`kg.extract.risingcounts.rising_care`); so does one after a label
    that names its subject ("Schuldhulp: 900 aanvragen, …": a short clause before a colon).
    A claim that names a problem (``problem``: "de schuldhulp telde 900 aanmeldingen, …")
    counts a problem's group: a remark, unless after such a label.

    Examples
    --------
    >>> s = "De wethouder meldt dat er 900 aanvragen waren, 5% meer dan in 2015."
    >>> _remarked(s, neg.clauses(s, 0, len(s)), 1, 2)
    True
    >>> s = "In 2016 waren er 900 aanvragen, 5% meer dan in 2015."
    >>> _remarked(s, neg.clauses(s, 0, len(s)), 0, 1)
    False
    >>> s = "Schuldhulp: 900 aanvragen in 2016, 5% meer dan in 2015."
    >>> spans = neg.clauses(s, 0, len(s))
    >>> _remarked(s, spans, 1, 2), _remarked(s, spans, 1, 2, True)
    (False, False)
    >>> s = "De schuldhulp telde 900 aanvragen, 5% meer dan in 2015."
    >>> _remarked(s, neg.clauses(s, 0, len(s)), 0, 1, True)
    True
    """
    opening = neg.words(text, *spans[0])
    label = counted == 1 and len(opening) <= 3 and text.startswith(":", spans[0][1])  # noqa: PLR2004
    return (
        ((counted > 0 or problem) and not label)
        or at < len(spans) - 1
        or [w for _a, _b, w in opening[:1]] == ["volgens"]
    )


def _demand(text: str, clause: tuple[int, int], words: list[str]) -> int:
    """-1 when the clause counts a demand on care: a numeral with a noun of
    ``kg/data/care-counts.txt``, also in the singular ("310 huishoudens ontvingen een
    bijstandsuitkering"), or with a verb of coming to ask for help ("meldden zich 480
    huishoudens"); else 0.

    Examples
    --------
    >>> s = "eind 2015 ontvingen 310 huishoudens een bijstandsuitkering"
    >>> _demand(s, (0, len(s)), s.split())
    -1
    >>> s = "in 2016 telde de gemeente 44.000 inwoners"
    >>> _demand(s, (0, len(s)), s.split())
    0
    """
    if not any(w.isdigit() for w in words):
        return 0
    if any(w in CARE_COUNTS or w + "en" in CARE_COUNTS or w + "s" in CARE_COUNTS for w in words):
        return -1
    return -1 if asks_help(text, *clause) else 0


def _bracketed(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause stands in brackets ("(2015)"): an aside, not a clause of its own.

    Examples
    --------
    >>> s = "210 meldingen (2015), 15% meer"
    >>> _bracketed(s, (15, 19)), _bracketed(s, (0, 13))
    (True, False)
    """
    return clause[0] > 0 and text[clause[0] - 1] == "(" and text.startswith(")", clause[1])


def _group(cues: list[Cue], clause: tuple[int, int], words: list[str]) -> list[Cue]:
    """The problem cues of a clause that counts a problem's group in figures ("14
    thuiszitters", "85 daklozen per nacht"), else []: a count bad to have high, as a count
    of demand is (:func:`_demand`).

    Examples
    --------
    >>> s = "14 thuiszitters in 2016"
    >>> [c.start for c in _group([Cue(3, 15, -1, problem=True)], (0, len(s)), s.split())]
    [3]
    """
    if not any(w.isdigit() for w in words):
        return []
    return [c for c in cues if c.problem and not c.subject and clause[0] <= c.start < clause[1]]


def bridged(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` and a cue for each change that judges a quantity of an earlier clause
    (asked only of a claim that holds one of :data:`CHANGE_WORDS`).

    Examples
    --------
    >>> s = "Het loket telde 640 meldingen, een toename van 12%."
    >>> [(s[c.start : c.end], c.sign) for c in bridged(s, 0, len(s), [])]
    [('toename', -1)]
    >>> s = "Het aantal werklozen, dat in 2014 nog hoog was, daalde tot 300."
    >>> [(s[c.start : c.end], c.sign) for c in bridged(s, 0, len(s), [])]
    [('daalde', 1)]
    >>> s = "De gemeente telde 640 inwoners, een toename van 12%."
    >>> bridged(s, 0, len(s), [])
    []
    """
    spans = neg.clauses(text, start, end)
    size = 9 if text.find(" dan ", start, end) >= 0 else 2  # an amount needs "… meer dan …"
    opening = [_change([w for _a, _b, w in neg.words(text, *c)[:size]]) for c in spans[1:]]
    # an earlier value set against the count before ("…, tegen 120 in 2014")
    against = [0] + [
        0 if sign or text.find(_AGAINST, *c) < 0 else _against(text, spans, k)
        for k, (c, (_at, sign)) in enumerate(zip(spans[1:], opening, strict=True), 1)
    ]
    if not any(sign for _at, sign in opening) and not any(against):
        return cues  # no clause after the first opens with a change (most claims left)
    # an amount more or less ("18% meer dan …") or an earlier value may compare a count of
    # demand
    amounted = any(against) or any(sign and at >= 1 and _at_more(text, c, at) for c, (at, sign)
                                   in zip(spans[1:], opening, strict=True))  # fmt: skip
    quantity = counted = 0  # the sign of the last quantity named before, and its clause
    problem = any(c.problem for c in cues)  # the claim names a problem ("schuldhulp")
    relative = False  # a relative clause stands between that quantity and the clause
    found = list(cues)
    group: list[Cue] = []  # the problem cues of a counted problem group ("14 thuiszitters")
    for i, clause in enumerate(spans):
        if _bracketed(text, clause):
            continue  # "210 meldingen (2015), 15% meer dan in 2014": an aside to the count
        tokens = neg.words(text, *clause)
        words = [w for _a, _b, w in tokens]
        at, change = (0, against[i]) if against[i] else _change(words)
        own = next((s for w in words if (s := quantity_sign(w))), 0)
        counts: list[Cue] = []
        if amounted and not own and not change:
            own = _demand(text, clause, words)  # "310 huishoudens, 8% meer dan …"
            if not own and (counts := _group(cues, clause, words)):
                own = -1  # "14 thuiszitters, tegen 22 een jaar eerder": a problem's group
        # an apposition after the quantity's clause, or a verb after a relative clause
        placed = (at == 0) == relative
        if change and (against[i] or at >= 1 and words[at] in _MORE_LESS):
            # a bare figure and its change report data, unless they count a problem's group
            # a problem's group counted in its own clause is a remark, also after a label
            placed = bool(group) or _remarked(text, spans, counted, i, problem)
        if change and quantity and not own and placed and neg.NEGATORS.isdisjoint(words):
            a, b, _w = tokens[at]
            found.append(Cue(a, b, quantity * change))
            if group:  # the group's count changed: that change, not the problem, judges
                found = [c for c in found if c not in group]
        if own:
            quantity, relative, counted, group = own, False, i, counts
        elif words and words[0] in _RELATIVES:
            relative = bool(quantity)
        else:
            quantity = quantity if at >= 1 else 0
            relative = False
    return found
