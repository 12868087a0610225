"""National reference values: the figure a profile sets an observation against.

A national figure ("tegenover 12% landelijk", "(landelijk 29% en 18%)", a sentence
"De landelijke percentages zijn 29% en 18%") is no observation of its own but the
``national_value`` of the observation of its unit it belongs to, which it also
compares: the observation is higher, lower or equal.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from kg.document import Sentence
from kg.extract.model import Indicator
from kg.extract.nationals import NATIONAL_SENTENCE, is_national
from kg.extract.numberform import Number

__all__ = [
    "apply_national_sentence",
    "attach",
    "national_clause",
    "national_figure",
    "unit_family",
    "with_national",
]


def unit_family(unit: str | None) -> str | None:
    """The unit an amount is compared in: amounts of euros in one family.

    Examples
    --------
    >>> unit_family("EUR per inhabitant"), unit_family("percent")
    ('EUR', 'percent')
    >>> unit_family("per 1000 inhabitants")  # a rate: its reference is a bare figure
    'count'
    """
    if unit == "per 1000 inhabitants":
        return "count"
    return "EUR" if unit and unit.startswith("EUR") else unit


def with_national(ind: Indicator, national: Indicator) -> Indicator:
    """``ind`` with ``national``'s value as its national reference.

    Examples
    --------
    >>> from decimal import Decimal
    >>> own = Indicator(0, 3, 0, "share-65-plus", "", Decimal(21), "percent", False, None, None)
    >>> national = replace(own, value=Decimal(18))
    >>> ind = with_national(own, national)
    >>> ind.national_value, ind.comparison, ind.reference
    (Decimal('18'), 'higher', 'national average')

    A vague level ("een groeiend deel van de inwoners (landelijk 18%)") takes the national
    value but no comparison: there is no figure to set against it.

    >>> vague = replace(own, value=None)
    >>> ind = with_national(vague, national)
    >>> ind.national_value, ind.comparison
    (Decimal('18'), None)
    """
    unit = ind.unit
    if unit_family(national.unit) == unit_family(ind.unit) and national.unit != unit:
        # the more specific of the two: "€ 290,-" with "(€ 475,- per inwoner landelijk)", and
        # "€ 400,- per inwoner, tegenover € 475,- landelijk" both are amounts per inhabitant
        unit = max(unit, national.unit, key=lambda u: len(u or ""))
    comparison = ind.comparison
    if ind.value is None or national.value is None:
        pass
    elif ind.value != national.value:
        comparison = "higher" if ind.value > national.value else "lower"
    elif comparison is None:
        comparison = "equal"
    return replace(
        ind,
        unit=unit,
        national_value=national.value,
        reference="national average",
        comparison=comparison,
    )


def apply_national_sentence(previous: list[Indicator], values: list[Indicator]) -> None:
    """ "De landelijke percentages zijn 29% en 18%": in order, per unit, onto ``previous``."""
    queues: dict[str | None, deque[int]] = {}
    for i, ind in enumerate(previous):
        if ind.value is not None:
            queues.setdefault(unit_family(ind.unit), deque()).append(i)
    for ref in values:
        queue = queues.get(unit_family(ref.unit))
        if ref.value is not None and queue:
            i = queue.popleft()
            previous[i] = with_national(previous[i], ref)


def national_clause(
    text: str, sentence: Sentence, kept: list[Indicator], nationals: list[Indicator]
) -> tuple[list[Indicator], list[Indicator]]:
    """A sentence's figures with those of a closing national clause given to them.

    "27% is jonger dan 25 jaar en 19% is 65 jaar of ouder; de landelijke percentages zijn
    29% en 18%": the clause after the semicolon is what a sentence of its own would be
    (:func:`apply_national_sentence`), its figures the national values of the figures
    before it.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Hier 27% en 19%; de landelijke percentages zijn 29% en 18%."
    >>> made = [Indicator(s.index(v), s.index(v) + 3, 0, None, "", Decimal(v[:2]), "percent")
    ...         for v in ("27%", "19%", "29%", "18%")]
    >>> own, _ = national_clause(s, Sentence(0, 0, len(s), None, 0), made, [])
    >>> [(i.value, i.national_value, i.comparison) for i in own]
    [(Decimal('27'), Decimal('29'), 'lower'), (Decimal('19'), Decimal('18'), 'higher')]
    """
    end = sentence.end
    cut = text.find(";", sentence.start, end) if kept else -1
    while cut >= 0:
        if NATIONAL_SENTENCE.match(text[cut + 1 : end]):
            before = [i for i in kept if i.end <= cut]
            after = [i for i in kept if i.start > cut]
            if before and after and len(before) + len(after) == len(kept):
                apply_national_sentence(before, after)
                return before, nationals
            return kept, nationals
        cut = text.find(";", cut + 1, end)
    return kept, nationals


def attach(
    chains: list[tuple[int, list[Indicator]]],
    kept: list[Indicator],
    give: Callable[[Indicator, Indicator], Indicator] = with_national,
) -> list[Indicator]:
    """Give each national figure to the observation it belongs to; return those left.

    ``chains`` holds the national figures, each list of them ("landelijk 29% en
    18%") with the number of observations before it. A list goes, in order, to as
    many observations of its unit before it ("27% en 19% (landelijk 29% en 18%)");
    a single figure to the last observation of its unit, else to the first one
    after it ("In Nederland ligt dat op 7%, in de gemeente op 9%"), else it is left
    for the sentence before.
    """
    left: list[Indicator] = []
    for before, chain in chains:
        family = unit_family(chain[0].unit)
        targets = [j for j, k in enumerate(kept) if unit_family(k.unit) == family]
        # "In Nederland ligt dat op 7%, in de gemeente op 9%": else the figure after it
        targets = [j for j in targets if j < before] or targets[: len(chain)]
        left += [] if targets else chain
        for j, national in zip(targets[-len(chain) :], chain, strict=False):
            kept[j] = give(kept[j], national)
    return left


#: "(gemiddeld" or "(gem." right before a figure: the average, unless a noun follows it.
_MEAN_OPENS = re.compile(r"\(\s*(?:gemiddeld|gem\.)\s*$", re.IGNORECASE)
#: A counted noun after a figure: "45 huishoudens per generalist" is a mean of one's own.
_NOUN_AFTER = re.compile(r"\s+[^\W\d][\w-]*(?:en|s)\b(?!\s+(?:landelijk|gemiddeld))", re.I)


#: The country's figure in the past tense, right before a figure, or with the quantity named
#: after the verb ("landelijk is de werkloosheid 7,4%"), and a figure in brackets right
#: after a comparison with the average ("lager dan gemiddeld (7,4%)").
_PAST = re.compile(
    r"\b(?:landelijke?|in\s+(?:heel\s+)?nederland)\s+(?:(?:was|lag|bedroeg)\s+(?:dat|dit|het)\s+"
    r"(?:(?:percentage|cijfer|aandeel|gemiddelde)\s+)?"
    r"|(?:is|was|ligt|lag|bedraagt|bedroeg)\s+(?:de|het)\s+(?:[^\W\d][\w-]*\s+){1,3}?)(?:op\s+)?"
    r"(?:(?:ongeveer|ruim|bijna|circa|nog)\s+)?$"
    # a subordinate clause, its verb after the figure: "waar het landelijk cijfer op 6,9% lag"
    r"|\b(?:waar|terwijl|wanneer|toen)\s+(?:het|de)\s+landelijke?\s+(?:cijfer|percentage"
    r"|gemiddelde|aandeel|niveau)\s+(?:op\s+)?(?:(?:ongeveer|ruim|bijna|circa|nog)\s+)?$"
    # … with the country as an adverb: "terwijl het landelijk op 19% lag", "waar dat in
    # Nederland 7% is"
    r"|\b(?:waar|terwijl|wanneer|toen)\s+(?:het|dat|dit)\s+(?:landelijk|in\s+(?:heel\s+)?nederland)"
    r"\s+(?:op\s+)?(?:(?:ongeveer|ruim|bijna|circa|nog)\s+)?$"
    r"|\b(?:dan|als)\s+(?:het\s+)?(?:landelijke?\s+)?(?:gemiddeld|gemiddelde|landelijk"
    r"|in\s+nederland)\s*\(\s*$",
    re.IGNORECASE,
)


def national_figure(text: str, number: Number, floor: int) -> bool:
    """Whether ``number`` is a national reference value (:func:`kg.extract.nationals.is_national`),
    not the mean of a count of one's own in brackets: "(gemiddeld 45 huishoudens per
    generalist)" is the caseload here, "(gemiddeld 7,4%)" the average.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "De caseload is hoog (gemiddeld 45 huishoudens per generalist)."
    >>> n = Number(s.index("45"), s.index("45") + 2, Decimal(45), "count", "digits")
    >>> national_figure(s, n, 0)
    False
    >>> s = "Het aandeel is 9% (gemiddeld 7,4%)."
    >>> n = Number(s.index("7,4"), s.index("7,4") + 4, Decimal("7.4"), "percent", "digits")
    >>> national_figure(s, n, 0)
    True
    >>> s = "In 2015 ontving 12,6% jeugdhulp, landelijk was dat 10,4%."
    >>> n = Number(s.index("10,4"), s.index("10,4") + 5, Decimal("10.4"), "percent", "digits")
    >>> national_figure(s, n, 0)
    True
    >>> s = "Het aandeel was 8,9%, waar het landelijk cijfer op 6,9% lag."
    >>> national_figure(s, Number(s.index("6,9"), s.index("6,9") + 4, Decimal("6.9"), "percent",
    ...                           "digits"), 0)
    True
    >>> s = "Het aandeel steeg van 22% naar 25%, terwijl het landelijk op 19% lag."
    >>> national_figure(s, Number(s.index("19"), s.index("19") + 3, Decimal(19), "percent",
    ...                           "digits"), 0)
    True
    >>> s = "Landelijk is de werkloosheid 7,4%, hier 6,1%; lager dan gemiddeld (7,4%)."
    >>> [national_figure(s, Number(i, i + 4, Decimal("7.4"), "percent", "digits"), 0)
    ...  for i in (s.index("7,4"), s.rindex("7,4"))]
    [True, True]
    """
    if not is_national(text, number, floor):
        # the past tense: "landelijk was dat 10,4%", "in Nederland lag het op 7%"
        return _PAST.search(text, max(floor, number.start - 45), number.start) is not None
    if _MEAN_OPENS.search(text, max(floor, number.start - 14), number.start) is None:
        return True
    return _NOUN_AFTER.match(text, number.end, number.end + 40) is None
