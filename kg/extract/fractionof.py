"""A fraction of an average: "de helft van het landelijk gemiddelde" is a ratio, not a share.

"Een kwart van de inwoners" takes a share of a group; "de helft van het landelijk
gemiddelde" sets a level against a reference, as "half zo hoog als landelijk" does.
Such a fraction is a ratio (0.5) with the comparison its size states (under one:
lower) and the reference it names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.extract.measures import Measure
from kg.extract.model import Indicator
from kg.extract.numbers import Number
from kg.extract.placereferences import municipality_in, place_after

__all__ = ["fraction_of_average", "ratio_measures"]

_OF_AVERAGE = re.compile(
    r"\s+van\s+(?:het\s+)?(?:(?P<scope>landelijke?|provinciale?|regionale?)\s+)?"
    r"(?P<what>gemiddelde|niveau|cijfer|percentage)\b",
    re.IGNORECASE,
)
_SCOPES = {"lande": "national average", "provi": "province", "regio": "region"}
#: A fraction of what something else costs or was: "minder dan de helft van wat een Wsw-plek
#: kostte" (a free relative: an amount, not a group a share is taken of).
_OF_WHAT = re.compile(r"\s+van\s+wat\b", re.IGNORECASE)
#: A fraction of a neighbouring municipality's level: "minder dan de helft van buurstad
#: Rotterdam", "ruim de helft van het naburige Vlaardingen" (the number in a neighbour: gold
#: README, thirty-ninth session, point 17). Without a word of neighbourhood the place is read
#: only where the fraction is apposed to a figure ("31 per 1.000, de helft van Rotterdam");
#: "de helft van Rotterdam woont …" takes a share of its people.
_OF_PLACE = re.compile(
    r"\s+van\s+(?:(?:het|de)\s+)?(?P<near>(?:naburige|aangrenzende|nabijgelegen|omliggende)\s+)?"
    r"(?P<noun>(?:buurgemeente|buurstad|buurdorp|buurman)\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.IGNORECASE,
)
#: A figure, then a comma, right before a fraction (and its qualifier): an apposition.
_APPOSED_TO_FIGURE = re.compile(r"\d[^,;:.]{0,40},\s*(?:[^\W\d]+\s+){0,3}$")


def fraction_of_average(text: str, number: Number) -> tuple[Number, str, str | None] | None:
    """``number`` as a ratio, its comparison and reference, when it is a fraction of an average.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het aantal uitkeringen is de helft van het landelijk gemiddelde."
    >>> n = Number(s.index("de helft"), s.index(" van"), Decimal(50), "percent", "share")
    >>> ratio, comparison, reference = fraction_of_average(s, n)
    >>> ratio.value, ratio.unit, comparison, reference
    (Decimal('0.5'), 'ratio', 'lower', 'national average')
    >>> s = "Dat is de helft van het niveau in Lelystad."
    >>> n = Number(s.index("de helft"), s.index(" van"), Decimal(50), "percent", "share")
    >>> fraction_of_average(s, n)[1:]
    ('lower', 'lelystad')
    >>> s = "Het kost de helft van wat een Wsw-plek kostte."
    >>> n = Number(s.index("de helft"), s.index(" van"), Decimal(50), "percent", "share")
    >>> ratio, comparison, reference = fraction_of_average(s, n)
    >>> ratio.value, ratio.unit, comparison, reference
    (Decimal('0.5'), 'ratio', 'lower', None)
    >>> s = "De helft van de inwoners is ouder dan 50."
    >>> fraction_of_average(s, Number(0, 8, Decimal(50), "percent", "share"))
    """
    if number.form != "share" or number.unit != "percent" or number.value is None:
        return None
    m = _OF_AVERAGE.match(text, number.end)
    if m is None:
        if _OF_WHAT.match(text, number.end):  # "de helft van wat het kostte": a ratio
            ratio = replace(number, value=(number.value / 100).normalize(), unit="ratio")
            return replace(ratio, form="fraction"), _compared(ratio.value), None
        return _of_place(text, number)
    scope = (m.group("scope") or "").lower()[:5]
    place = None if scope else place_after(text, m.start("what"), m.end() + 40)
    if not scope and not place and m.group("what").lower() != "gemiddelde":
        return None  # "van het niveau", "van het percentage": no reference named
    reference = place or _SCOPES.get(scope, "national average")  # "het niveau in Lelystad"
    value = (number.value / 100).normalize()
    ratio = replace(number, value=Decimal(value), unit="ratio", form="fraction")
    return ratio, _compared(value), reference


def _of_place(text: str, number: Number) -> tuple[Number, str, str | None] | None:
    """``number`` as a ratio to a neighbouring municipality's level (:data:`_OF_PLACE`).

    Examples
    --------
    >>> s = "Bijstand: 31 per 1.000 inwoners, minder dan de helft van buurstad Rotterdam"
    >>> n = Number(s.index("de helft"), s.index(" van b"), Decimal(50), "percent", "share")
    >>> ratio, comparison, reference = _of_place(s, n)
    >>> ratio.value, ratio.unit, comparison, reference
    (Decimal('0.5'), 'ratio', 'lower', 'rotterdam')
    >>> s = "De helft van Rotterdam woont in een huurwoning."
    >>> _of_place(s, Number(0, 8, Decimal(50), "percent", "share")) is None
    True
    """
    m = _OF_PLACE.match(text, number.end)
    if m is None or number.value is None:
        return None
    neighbour = m.group("near") or m.group("noun")
    if not neighbour and not _APPOSED_TO_FIGURE.search(
        text, max(0, number.start - 60), number.start
    ):
        return None
    place = municipality_in("in " + m.group("name"))
    if place is None:
        return None
    value = (number.value / 100).normalize()
    ratio = replace(number, value=Decimal(value), unit="ratio", form="fraction")
    return ratio, _compared(value), place


def _compared(value: Decimal | None) -> str:
    """The comparison a ratio states by its size: under one lower."""
    if value is None:
        return "equal"
    return "lower" if value < 1 else "higher" if value > 1 else "equal"


def ratio_measures(kept: list[Indicator], national: Measure | None) -> list[Indicator]:
    """``kept`` with each ratio to the national figure that names no measure, nor took one
    from the figure before it ("ligt met 6% op de helft van het landelijke cijfer": the 6%'s),
    measured as a ratio to the national figure (``national``, if the vocabulary has it).

    Examples
    --------
    >>> from decimal import Decimal
    >>> ratio = Indicator(0, 8, 0, None, "", Decimal("0.5"), "ratio", reference="national average")
    >>> [i.measure for i in ratio_measures([ratio], None)]
    [None]
    """
    if national is None or not kept:
        return kept  # (called for every sentence: most keep no figure)
    return [
        replace(i, measure=national.key)
        if i.unit == "ratio" and i.measure is None and i.reference == "national average"
        else i
        for i in kept
    ]
