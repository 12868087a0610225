"""How the figures of a profile bear on a comparison stated in words.

:func:`kg.extract.comparisons.qualitative_comparisons` drops a comparison in words that a
figure next to it already states (:func:`stated_by_figure`: "daalde met 8%"), that only
points back to the figures before it (:data:`ANAPHORIC`: "dat ligt boven het gemiddelde")
or that names a balance again after its amount (:func:`balance_named_again`: "Het tekort
…"), and reads a comparison of what a municipality receives as one of its amount per
inhabitant (:func:`funding_level`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.extract.model import Indicator


def stated_by_figure(text: str, ind: Indicator, directed: list) -> bool:
    """True when a figure next to ``ind`` in its clause states its direction.

    "Tussen 2014 en 2016 daalde het aantal cliënten met 8%" is one observation,
    the figure's, not a second one without a figure. ``directed`` holds the figures
    with a direction, sorted: (start, comparison, measure, sentence, end).

    Examples
    --------
    >>> s = "Het aantal cliënten daalde met 8%, maar de kosten stegen."
    >>> ind = Indicator(0, s.index(" met"), 0, None, "", None, None, comparison="less")
    >>> stated_by_figure(s, ind, [(s.index("8%"), "decrease", None, 0, s.index("%,"))])
    True
    >>> up = replace(ind, start=s.index("de kosten"), end=len(s) - 1, comparison="more")
    >>> stated_by_figure(s, up, [(s.index("8%"), "decrease", None, 0, s.index("%,"))])
    False
    """
    i = bisect.bisect_left(directed, (ind.start - _NEAR - _LONG, "", ""))
    while i < len(directed) and directed[i][0] <= ind.end + _NEAR:
        start, comparison, measure, sentence, end = directed[i]
        i += 1
        if start < ind.start - _NEAR and (
            end < ind.start - _NEAR or not _APPOSED.search(text, max(0, ind.start - 3), ind.start)
        ):
            continue  # far before it, but a level in apposition after a long figure's clause
        lo, hi = sorted((start, ind.end if start >= ind.end else ind.start))
        # a figure whose measure is unknown ("steeg van 300 naar 450") states the
        # change of the subject before it
        sense = _SENSE.get(ind.comparison or "", ind.comparison)
        same = _SENSE.get(comparison or "", comparison) == sense
        # the figure is the amount of the change ("steeg met 30 procent"): the same
        # observation, whichever cue each named first
        amount = start >= ind.end and _AMOUNT.fullmatch(text, ind.end, start) is not None
        same = same and (measure is None or ind.measure in (None, measure) or amount)
        colon = not ind.reference and start >= ind.end and _COLON.fullmatch(text, ind.end, start)
        if same and sentence == ind.sentence and (colon or not _BREAK.search(text, lo, hi)):
            return True
    return False


#: The sense of a change: "neemt toe" (more) says what a figure's rise (higher, or an increase
#: once it is read as a change: "nam af van 1.250 tot 980") says.
_SENSE = {"more": "higher", "less": "lower", "increase": "higher", "decrease": "lower"}


#: A subject that only points back to the figures before it: "dat", "beide percentages".
ANAPHORIC = re.compile(
    r"(?:(?:dat|dit|die|deze|beide)\s*)?(?:percentages?|cijfers?|aandelen|waarden?|getallen)?"
    r"(?:\s+(?:zijn|is|liggen|ligt))?|(?:en\s+)?(?:daarmee|hiermee)",  # "4,9% en daarmee …"
    re.IGNORECASE,
)
#: How far from a comparison a figure may state it (from the figure's end when the
#: comparison closes its clause after a comma: "ongeveer € 560,- per inwoner uit het
#: gemeentefonds ontving voor het sociaal domein, iets onder het landelijk gemiddelde"), the
#: longest figure counted so, and what ends its clause.
_NEAR, _LONG = 80, 60
#: A comparison in apposition, closing the clause after a comma.
_APPOSED = re.compile(r",\s*$")
#: The words between a verb of change and its amount or end: "steeg met (ruim) 30 procent",
#: "steeg van 300 (in 2014) naar 450", or the start of a change read as one with its end.
_AMOUNT = re.compile(
    r"\s+(?:(?:van\s+[^,;:()]{1,30}?\s+)?(?:met|tot|naar)|van)\s+"
    r"(?:(?:ruim|bijna|ongeveer|circa|zo['’]n|maar\s+liefst|wel)\s+)?",
    re.I,
)
#: (Not the "en" of a span of years: "daalde tussen 2015 en 2016 van 4.300 naar 4.050"; a
#: figure right after a colon elaborates a level with no reference: "is hoog: 12,5% …".)
_BREAK = re.compile(r"[;:.]\s|\b(?:maar|terwijl)\b|\ben\b(?!\s+(?:19|20)\d\d\b)")
_COLON = re.compile(r"\s*:\s*")


@dataclass(frozen=True)
class Figures:
    """The figures of a profile, as a comparison in words is checked against them.

    Attributes
    ----------
    stated : set of (int, str)
        The sentences and measures the figures state.
    directed : list of tuple
        The figures with a direction, sorted: (start, comparison, measure, sentence, end).
    figured : set of int
        The sentences holding a figure with a value.
    """

    stated: set[tuple[int, str]]
    directed: list
    figured: set[int]

    @classmethod
    def of(cls, numeric: Iterable[Indicator]) -> Figures:
        """The figures of the numeric observations ``numeric``."""
        numeric = list(numeric)
        return cls(
            {(n.sentence, n.measure) for n in numeric if n.measure is not None},
            sorted(
                (n.start, n.comparison, n.measure, n.sentence, n.end)
                for n in numeric
                if n.comparison
            ),
            {n.sentence for n in numeric if n.value is not None},
        )

    def carry(self, text: str, ind: Indicator) -> bool:
        """Whether a figure carries the comparison ``ind`` in words, so it is no observation.

        Examples
        --------
        >>> s = "Het tekort is 6 ton. Dat ligt boven het gemiddelde."
        >>> fig = Indicator(4, 19, 0, "deficit", "tekort", 600000, "EUR")
        >>> ind = Indicator(21, len(s) - 1, 1, None, "Dat", None, None, comparison="higher")
        >>> Figures.of([fig]).carry(s, ind), Figures.of([]).carry(s, ind)
        (False, False)
        >>> Figures.of([fig]).carry(s, replace(ind, sentence=0))
        True
        """
        # a measure a figure of the sentence states: "Het tekort is 6 ton" is one observation
        # (a comparison of its own stays: "net zo weinig X als …, (4% tegenover 12% landelijk)")
        if ind.comparison is None and (ind.sentence, ind.measure) in self.stated:
            return True
        if stated_by_figure(text, ind, self.directed):
            return True
        # "…; dat ligt boven het gemiddelde": the figure before carries it; not a relative
        # pronoun right after its noun ("een uitkering … die boven het gemiddelde ligt")
        if relative_pronoun(text, ind.start):
            return False
        return bool(ANAPHORIC.fullmatch(ind.measure_label)) and ind.sentence in self.figured


#: A relative pronoun: "die"/"dat" right after a word, no punctuation between.
_RELATIVE_AFTER_WORD = re.compile(r"[^\W\d]\s+$")
_RELATIVE = re.compile(r"(?:die|dat)\s", re.IGNORECASE)


def relative_pronoun(text: str, start: int) -> bool:
    """Whether the comparison at ``start`` opens with a relative "die"/"dat" after its noun.

    Examples
    --------
    >>> s = "Een uitkering die hoog ligt. Dat ligt hoog; dat is veel."
    >>> [relative_pronoun(s, s.index(w)) for w in ("die", "Dat", "dat")]
    [True, False, False]
    """
    if not _RELATIVE.match(text, start):
        return False
    return _RELATIVE_AFTER_WORD.search(text, max(0, start - 4), start) is not None


#: A balance named again with the definite article: "Het overschot is in een reserve gestort"
#: after "een overschot van € 1,9 miljoen" points back to it (Dutch definiteness).
_DEFINITE_BALANCE = re.compile(r"(?:het|dat|dit)\s+(?:tekort|overschot)\b", re.IGNORECASE)
_BALANCES = frozenset(("deficit", "surplus"))
#: How many sentences back a figure of the same balance makes the definite one its echo.
_ECHO_REACH = 2


def balance_named_again(text: str, ind: Indicator, numeric: list[Indicator]) -> bool:
    """Whether ``ind`` is a balance without amount or change ("het tekort") that points back
    to an amount of the same balance stated in its sentence or the two before it.

    Examples
    --------
    >>> s = "Er was een tekort van 7 ton. Het tekort is geen toeval."
    >>> fig = Indicator(7, 27, 1, "deficit", "", 700000, "EUR")
    >>> ind = Indicator(29, 39, 2, "deficit", "", None, None)
    >>> balance_named_again(s, ind, [fig]), balance_named_again(s, ind, [])
    (True, False)
    """
    if ind.measure not in _BALANCES or ind.value is not None or ind.comparison is not None:
        return False
    if not _DEFINITE_BALANCE.match(text, ind.start):
        return False
    return any(
        n.measure == ind.measure
        and n.value is not None
        and 0 <= ind.sentence - n.sentence <= _ECHO_REACH
        and n.start < ind.start
        for n in numeric
    )


#: The measure of an amount per inhabitant: what a municipality receives, set against others.
PER_INHABITANT_MEASURE = "euro-per-inhabitant"
#: What the municipality receives: its allocation ("een uitkering uit het gemeentefonds";
#: not "uitkeringen", "bijstandsuitkering") or a form of "ontvangen".
_FUNDING = re.compile(r"\b(?:uitkering(?!en)|ontvangt|ontving|ontvangen)\b", re.IGNORECASE)
_LEVELS = frozenset(("higher", "lower", "equal", "more", "less"))
_RELATIVE_PRONOUN = re.compile(r"(?:die|dat)\b", re.IGNORECASE)
#: The relative pronoun before a degree word that opens a comparison: "die ruim boven".
_RELATIVE_BEFORE = re.compile(r"\b(?:die|dat)\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)
_AS_LEVEL = {"more": "higher", "less": "lower"}


def funding_level(text: str, ind: Indicator) -> Indicator:
    """``ind`` as a level of the amount per inhabitant when it compares what the municipality
    receives ("een uitkering boven het landelijk gemiddelde", "ontvangt voor het sociaal
    domein minder dan gemiddeld"): municipalities of different sizes compare their funding
    per inhabitant, the only amount an average of municipalities has.

    Examples
    --------
    >>> s = "Het is een uitkering boven het landelijk gemiddelde."
    >>> ind = Indicator(7, len(s) - 1, 0, None, "", None, None, comparison="higher")
    >>> funding_level(s, ind).measure
    'euro-per-inhabitant'
    >>> funding_level(s, replace(ind, comparison="less")).comparison
    'lower'
    >>> s = "Een uitkering die ruim boven het gemiddelde ligt."
    >>> funding_level(s, replace(ind, start=s.index("ruim"), end=len(s) - 6)).measure
    'euro-per-inhabitant'
    >>> s = "Het aantal uitkeringen ligt boven het landelijk gemiddelde."
    >>> funding_level(s, replace(ind, end=len(s) - 1)).measure is None
    True
    """
    if (
        ind.value is not None
        or ind.measure not in (None, "budget")
        or ind.comparison not in _LEVELS
    ):
        return ind
    start = ind.start
    if _RELATIVE_PRONOUN.match(text, start) or _RELATIVE_BEFORE.search(
        text, max(0, start - 20), start
    ):
        start = max(0, start - 50)  # "een uitkering … die (ruim) boven het gemiddelde ligt"
    if _FUNDING.search(text, start, ind.end) is None:
        return ind
    # an amount per inhabitant is a level: more of it is a higher one
    comparison = _AS_LEVEL.get(ind.comparison or "", ind.comparison)
    return replace(ind, measure=PER_INHABITANT_MEASURE, comparison=comparison)
