"""A figure's distance to a reference said right after it: one observation, not two.

"41 bijstandsuitkeringen per 1.000 inwoners, ruim een derde meer dan landelijk", "€ 640,-
per inwoner, ruim 20% boven het landelijk gemiddelde": the percentage or fraction after the
comma says how far the figure lies from the reference; it is no figure of its own. The
annotation guideline (``tests/gold/README.md``) keeps such a distance one indicator: the
figure, with the comparison and reference of the distance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["merged_distances", "stated_distances"]

#: What the figure is for may come between it and its distance: "€ 610,- per inwoner voor
#: het sociaal domein, ruim een kwart meer dan landelijk", "€ 390,- per inwoner uit het
#: gemeentefonds voor het sociaal domein, …" (up to two prepositional phrases, no figure),
#: after the base of a rate: "38 uitkeringen per 1.000 inwoners, een kwart meer dan landelijk".
_FOR = (
    r"(?:\s+per\s+(?:[\d.]+\s+)?[^\W\d][\w’'-]*)?"
    r"(?:\s+(?:voor|aan|in|op|bij|van|uit|via)\s+(?:[^\W\d][\w’'-]*\s+){0,4}?[^\W\d][\w’'-]*){0,2}"
)
#: Between a figure and its distance: a comma, a semicolon, a dash, or "dat is", "wat" after it.
_JOINT = re.compile(_FOR + r"\s*[,;–-]\s*(?:(?:dat|dit)\s+is\s+|wat\s+)?", re.IGNORECASE)
#: A distance that opens the next sentence, pointing back at the figure: "€ 520,- per
#: inwoner voor het sociaal domein. Dat is ongeveer 10% meer dan het landelijk gemiddelde."
_NEXT = re.compile(_FOR + r"\s*\.\s+(?:Dat|Dit)\s+is\s+")
#: A fraction in words ("een kwart", "ruim een derde", "de helft"): a distance relative to the
#: figure, also after a percentage (where "10% meer" may be points and stays two statements).
_FRACTION = re.compile(
    r"(?:\w+\s+)*?(?:een|de)\s+(?:helft|derde|kwart|vijfde|zesde|tiende)\Z", re.I
)
#: A distance to a named place: "ruim een derde minder dan in Dordrecht", "… dan in
#: buurgemeente Borne" (the place is read as the reference after the figures).
_PLACE = re.compile(r"\s+(?:meer|minder|hoger|lager)\s+dan\s+in\s+(?:\w+\s+)?[A-Z]")
#: An amount in euros closed by ",-" right before its distance, with no comma of its own.
_DASHED = re.compile(r",-\s*\Z")
#: The comparison a distance states, as the figure's level.
_SENSE = {"more": "higher", "higher": "higher", "less": "lower", "lower": "lower"}


def stated_distances(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with each distance merged into the figure right before it.

    Parameters
    ----------
    text : str
        The document's text.
    found : list of Indicator
        The document's observations, in text order.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Er zijn 41 uitkeringen, ruim een derde meer dan landelijk."
    >>> a = Indicator(8, 22, 0, None, "", Decimal(41), "count")
    >>> b = Indicator(24, 38, 0, None, "", Decimal("33.3"), "percent", comparison="more",
    ...               reference="national average")
    >>> [(s[i.start : i.end], i.comparison, i.reference) for i in stated_distances(s, [a, b])]
    [('41 uitkeringen, ruim een derde', 'higher', 'national average')]
    >>> s = "Het is € 560,- per inwoner voor het sociaal domein, ruim 15% meer dan landelijk."
    >>> a = Indicator(7, s.index(" voor"), 0, None, "", Decimal(560), "EUR per inhabitant")
    >>> b = Indicator(s.index("ruim"), s.index("%") + 1, 0, None, "", Decimal(15), "percent",
    ...               comparison="more", reference="national average")
    >>> [(i.value, i.comparison) for i in stated_distances(s, [a, b])]
    [(Decimal('560'), 'higher')]
    """
    return merged_distances(text, found, _distance_of)


def merged_distances(
    text: str,
    found: list[Indicator],
    is_distance: Callable[[str, Indicator, Indicator], bool],
    measure_of_distance: bool = False,
) -> list[Indicator]:
    """``found`` with each observation that ``is_distance`` of the one kept before it merged
    into that one: its span, the distance's comparison as a level, and its reference.

    Parameters
    ----------
    text : str
        The document's text.
    found : list of Indicator
        The document's observations, in text order.
    is_distance : callable
        ``is_distance(text, figure, ind)``: whether ``ind`` states how far ``figure`` lies
        from its reference.
    measure_of_distance : bool
        Whether a figure with no measure takes the distance's.

    Returns
    -------
    list of Indicator

    Examples
    --------
    >>> from decimal import Decimal
    >>> a = Indicator(0, 3, 0, None, "", Decimal(13), "percent")
    >>> b = Indicator(5, 7, 0, "share", "", Decimal(5), "percent", comparison="less",
    ...               reference="national average")
    >>> [(i.end, i.measure, i.comparison) for i in merged_distances("", [a, b], lambda *_: True)]
    [(7, None, 'lower')]
    >>> [i.measure for i in merged_distances("", [a, b], lambda *_: True, True)]
    ['share']
    """
    out: list[Indicator] = []
    for ind in found:
        before = out[-1] if out else None
        if before is not None and is_distance(text, before, ind):
            out[-1] = replace(
                before,
                end=max(before.end, ind.end),
                measure=(before.measure or ind.measure) if measure_of_distance else before.measure,
                comparison=_SENSE[ind.comparison or ""],
                reference=ind.reference,
            )
            continue
        out.append(ind)
    return out


def _distance_of(text: str, figure: Indicator, ind: Indicator) -> bool:
    """Whether ``ind`` is a percentage or fraction stating how far ``figure`` lies from its
    reference (right after it, in its sentence, with a comparison and a reference)."""
    if ind.unit != "percent" or ind.value is None or figure.value is None:
        return False
    if figure.unit == "percent" and not _FRACTION.match(text, ind.start, ind.end):
        return False  # "24%, dat is 10% meer dan gemiddeld": points or percent, two statements
    if ind.comparison not in _SENSE or ind.sentence not in (figure.sentence, figure.sentence + 1):
        return False
    if ind.reference is None and _PLACE.match(text, ind.end) is None:
        return False  # a place's reference is named later (kg/extract/placereferences.py)
    if figure.comparison not in (None, _SENSE[ind.comparison]) or figure.end > ind.start:
        return False
    if ind.sentence != figure.sentence:
        joint = _NEXT.match(text, figure.end, ind.start)
        return joint is not None and joint.end() == ind.start
    joint = _JOINT.match(text, figure.end, ind.start)
    if joint is None and _DASHED.search(text, max(0, figure.end - 2), ind.start):
        return True  # "€ 290,- ruim 35% onder …": the amount's own ",-" parts them
    return joint is not None and joint.end() == ind.start
