"""A problem measured by a figure: a level reported, not a difficulty stated.

"De werkloosheid bedraagt 6,1%" names unemployment as the quantity its figure
measures. Given with the reference it is measured against ("(landelijk
6,9%)", "tegenover 7% landelijk", "het landelijk gemiddelde van 6,9%"), its tone
is that of the level: a problem is a quantity bad to have high, so a figure
below its reference reads as good news and one above it as bad news. With no
reference the problem keeps its reading: a figure alone may size a difficulty
("het tekort bedraagt 6 ton").

A problem is measured when a verb of reporting a value follows it closely
("bedraagt", "is", "ligt (op)", "komt uit op") and a figure in digits follows
that verb closely, or the verb stands right before it and the figure right
after it ("bedraagt de werkloosheid 6,1%").
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

_DIGIT = re.compile(r"\d")
#: Verbs that report the value of a quantity ("de werkloosheid bedraagt 6,1%").
_REPORTS = frozenset(
    {"bedraagt", "bedragen", "bedroeg", "bedroegen", "is", "zijn", "was", "waren", "ligt",
     "liggen", "lag", "lagen", "komt", "kwam", "staat", "stond", "telt", "beloopt"}
)  # fmt: skip
#: Most words between the problem and its verb ("de werkloosheid onder jongeren is").
_TO_VERB = 3
#: Most words between the verb and the figure ("ligt met ruim 6%", "komt uit op 6%").
_TO_FIGURE = 3
#: Words that name the figure a claim compares with (its reference).
_REFERENCE = ("landelijk", "nederland", "nl", "gemiddeld", "gemiddelde", "provinciaal")
#: The whole words of a reference: a claim holding none measures no problem against one.
REFERENCE_WORDS = frozenset(
    {"landelijk", "landelijke", "nederland", "nl", "gemiddeld", "gemiddelde", "provinciaal",
     "provinciale"}
)  # fmt: skip


def _measured(tokens: tuple, at: int) -> bool:
    """Whether the problem whose last token is ``tokens[at]`` is the quantity of a figure.

    Examples
    --------
    >>> s = "De werkloosheid onder jongeren bedraagt ruim 6,1%."
    >>> _measured(neg.words(s, 0, len(s)), 1)
    True
    >>> s = "Volgens het CBS bedraagt de werkloosheid 6,1%."
    >>> _measured(neg.words(s, 0, len(s)), 5)
    True
    >>> s = "De werkloosheid is een groot probleem voor 2 wijken."
    >>> _measured(neg.words(s, 0, len(s)), 1)
    False
    """
    after = [w for _a, _b, w in tokens[at + 1 : at + 2 + _TO_VERB + _TO_FIGURE]]
    before = [w for _a, _b, w in tokens[max(0, at - 3) : at]]
    if not _REPORTS.isdisjoint(before):  # inverted: "(volgens het CBS) bedraagt de werkloosheid 6%"
        return any(w[:1].isdigit() for w in after[:_TO_FIGURE])
    verb = next((i for i, w in enumerate(after[: _TO_VERB + 1]) if w in _REPORTS), None)
    if verb is None:
        return False
    return any(w[:1].isdigit() for w in after[verb + 1 : verb + 1 + _TO_FIGURE + 1])


def _against_reference(text: str, start: int, end: int, at: int) -> int:
    """The sign of the first figure after ``at`` against the claim's reference figure:
    +1 below it (good news for a problem), -1 above it, 0 with no reference.

    Examples
    --------
    >>> s = "De werkloosheid bedraagt 6,1% (landelijk 6,9%)."
    >>> _against_reference(s, 0, len(s), 3)
    1
    >>> s = "De werkloosheid bedraagt 8,1%, tegenover 6,9% landelijk."
    >>> _against_reference(s, 0, len(s), 3)
    -1
    >>> _against_reference("De werkloosheid bedraagt 6,1%.", 0, 30, 3)
    0
    """
    from kg.extract.numbers import find_numbers  # only for the few claims that measure one

    figures = [n for n in find_numbers(text, start, end) if n.end > at and n.value is not None]
    if len(figures) < 2:
        return 0
    own = figures[0]
    value = own.value
    for figure in figures[1:]:
        near = neg.words(text, max(start, figure.start - 40), min(end, figure.end + 20))
        named = [w for _a, _b, w in near if w.startswith(_REFERENCE)]
        if value is None or figure.value is None or figure.unit != own.unit or not named:
            continue
        if value != figure.value:
            return 1 if value < figure.value else -1
    return 0


def levels(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The claim's cues with each problem measured by a figure read as its level.

    A problem measured against a reference figure is no difficulty stated: it is
    replaced by the level's sign (below the reference +1, above it -1).

    Examples
    --------
    >>> s = "De werkloosheid bedraagt 6,1% (landelijk 6,9%)."
    >>> [(c.sign, c.problem) for c in levels(s, 0, len(s), [Cue(3, 15, -1, problem=True)])]
    [(1, False)]
    >>> s = "Het tekort bedraagt 6 ton."
    >>> [(c.sign, c.problem) for c in levels(s, 0, len(s), [Cue(4, 10, -1, problem=True)])]
    [(-1, True)]
    >>> s = "De werkloosheid is een groot probleem."
    >>> len(levels(s, 0, len(s), [Cue(3, 15, -1, problem=True)]))
    1
    """
    out = []
    tokens = None
    for cue in cues:
        if cue.problem and not cue.subject:
            tokens = tokens if tokens is not None else neg.words(text, start, end)
            last = [i for i, (a, _b, _w) in enumerate(tokens) if cue.start <= a < cue.end]
            if last and _measured(tokens, last[-1]):
                sign = _against_reference(text, start, end, cue.end)
                if sign:
                    out.append(Cue(cue.start, cue.end, sign))
                    continue
        out.append(cue)
    return out


def may_measure(text: str, start: int, end: int, cues: list[Cue]) -> bool:
    """Whether a claim may measure a problem: it names one and holds a digit (cheap).

    Examples
    --------
    >>> may_measure("De werkloosheid bedraagt 6%.", 0, 27, [Cue(3, 15, -1, problem=True)])
    True
    >>> may_measure("De werkloosheid is hoog.", 0, 24, [Cue(3, 15, -1, problem=True)])
    False
    """
    return any(c.problem and not c.subject for c in cues) and (
        search(_DIGIT, text, start, end) is not None
    )
