"""The national value of a level without a figure: "boven het landelijk gemiddelde van 7,4%".

A sentence may compare a quantity with the national average and name only the average's
figure: "De werkloosheid ligt boven het landelijk gemiddelde van 7,4%", "Het aandeel
ouderen ligt onder het landelijk gemiddelde (18%)". The figure is the national value of
that sentence's own level (an observation without a figure), not of a figure in the
sentence before, which the readers of :mod:`kg.extract.nationalvalues` give the national
figures of a sentence without figures of its own ("De landelijke percentages zijn 29% en
18%").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.model import Indicator

__all__ = ["colon_levels", "compared_national", "equal_to_national", "national_levels"]

#: A comparison with the average right before its figure: "boven het landelijk gemiddelde
#: van", "hoger dan landelijk (", "onder het Nederlandse gemiddelde:".
_COMPARED = re.compile(
    r"\b(?:boven|onder|rond|(?:hoger|lager|groter|kleiner)\s+dan|gelijk\s+aan|vergelijkbaar\s+met"
    r"|in\s+lijn\s+met)\s+(?:het\s+)?(?:(?:landelijke?|nederlandse?)\s+)?(?:gemiddelde|gemiddeld"
    r"|percentage|cijfer|niveau|landelijk)(?:\s+van)?\s*[(:]?\s*"
    r"(?:(?:ongeveer|ruim|bijna|circa|zo['’]n)\s+)?$",
    re.IGNORECASE,
)
_NATIONAL = "national average"


def compared_national(text: str, start: int, nationals: list[Indicator]) -> Indicator | None:
    """The one national figure of a sentence (from ``start``) that a comparison names as its
    reference, if the sentence has exactly one.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "De werkloosheid ligt boven het landelijk gemiddelde van 7,4%."
    >>> n = Indicator(s.index("7,4"), s.index("%") + 1, 1, None, "", Decimal("7.4"), "percent")
    >>> compared_national(s, 0, [n]) is n
    True
    >>> s = "De landelijke percentages zijn 29%."
    >>> m = Indicator(s.index("29"), s.index("%") + 1, 1, None, "", Decimal(29), "percent")
    >>> compared_national(s, 0, [m]) is None
    True
    """
    if len(nationals) != 1:
        return None
    national = nationals[0]
    found = _COMPARED.search(text, max(start, national.start - 70), national.start)
    return national if found else None


def national_levels(found: list[Indicator], pending: dict[int, Indicator]) -> list[Indicator]:
    """``found`` with the national value of each level without a figure whose sentence named
    the national figure it is compared with (``pending``: sentence index → that figure).

    Examples
    --------
    >>> from decimal import Decimal
    >>> level = Indicator(0, 40, 3, "unemployment-rate", "", None, None, comparison="higher",
    ...                   reference="national average")
    >>> national = Indicator(41, 45, 3, None, "", Decimal("7.4"), "percent")
    >>> national_levels([level], {3: national})[0].national_value
    Decimal('7.4')
    """
    if not pending:
        return found
    return [
        replace(ind, national_value=pending[ind.sentence].value)
        if ind.value is None
        and ind.reference == _NATIONAL
        and ind.national_value is None
        and ind.sentence in pending
        else ind
        for ind in found
    ]


#: The colon right after a level compared with the country, what may stand before the figure.
_COLON_THEN = re.compile(r"\s*:\s*(?:(?:ongeveer|circa|ruim|bijna|zo['’]n)\s+)?$", re.IGNORECASE)


def colon_levels(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with a figure after a colon that follows a level without a figure
    compared with the national one taking that comparison: "Het gebruik van de Wmo ligt
    hoger dan landelijk: 7,4% van de inwoners heeft een voorziening" (7,4% is the level
    that is higher). The level without a figure stays an observation of its own.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het gebruik ligt hoger dan landelijk: 7,4% van de inwoners heeft er een."
    >>> level = Indicator(0, 36, 1, "share-wmo", "", None, None, comparison="higher",
    ...                   reference="national average")
    >>> figure = Indicator(38, 42, 1, "share-wmo", "", Decimal("7.4"), "percent")
    >>> [(i.comparison, i.reference) for i in colon_levels(s, [level, figure])][1]
    ('higher', 'national average')
    """
    out = list(found)
    for i in range(1, len(out)):
        level, figure = out[i - 1], out[i]
        if (
            figure.value is None
            or figure.comparison is not None
            or level.value is not None
            or level.reference != "national average"
            or level.sentence != figure.sentence
            or figure.start - level.end > 14
            or not _COLON_THEN.fullmatch(text, level.end, figure.start)
        ):
            continue
        out[i] = replace(figure, comparison=level.comparison, reference=level.reference)
    return out


#: A figure said to be as high as the country's, right after it: "18% 65 jaar of ouder,
#: evenveel als landelijk", "29% van de bevolking, net zoveel als in Nederland".
_EQUAL_TO_NATIONAL = re.compile(
    r"[^.;:\d]{0,40}?\b(?:evenveel|net\s+zoveel|even\s+hoog|net\s+zo\s+hoog)\s+als\s+"
    r"(?:landelijk|in\s+(?:heel\s+)?nederland|in\s+het\s+land)\b",
    re.IGNORECASE,
)


def equal_to_national(text: str, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the national value of each figure said to equal the country's ("evenveel
    als landelijk"): the figure's own value (a like level that is only near it, "rond het
    landelijk gemiddelde", "vrijwel gelijk aan", names no national figure).

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Van de inwoners is 18% 65 jaar of ouder, evenveel als landelijk."
    >>> a = s.index("18%")
    >>> ind = Indicator(a, a + 20, 1, "share-65-plus", "", Decimal(18), "percent",
    ...                 comparison="equal", reference="national average")
    >>> equal_to_national(s, [ind])[0].national_value
    Decimal('18')
    """
    out = list(found)
    for i, ind in enumerate(out):
        if (
            ind.value is None
            or ind.comparison != "equal"
            or ind.reference != _NATIONAL
            or ind.national_value is not None
            or ind.unit in (None, "ratio")
            or "als" not in text[ind.end : ind.end + 60]  # a cheap test before the pattern
        ):
            continue
        if _EQUAL_TO_NATIONAL.match(text, ind.end, ind.end + 80):
            out[i] = replace(ind, national_value=ind.value)
    return out
