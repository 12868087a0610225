"""Reference values of a compared group: the figure of other municipalities or the region.

A profile sets a figure against the national average, and as often against a group of
municipalities or the region, whose figure it then gives in brackets: "lager dan in
vergelijkbare gemeenten (10,4%)", "22% (regio: 19%)". Like a national reference value
(:mod:`kg.extract.nationalvalues`), such a bracketed figure is no observation of its own:
it says what the observation it belongs to is compared with, and whether it is higher,
lower or equal. The model keeps one reference value only, the national one, so the group's
value itself is not kept. A figure of another place set beside one's own in the sentence
("21%, tegen 18% in de provincie") stays an observation (:func:`kg.extract.fromto.against_place`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.changewords import compared_with
from kg.extract.model import Indicator
from kg.extract.nationals import QUALIFIERS
from kg.extract.nationalvalues import unit_family
from kg.extract.numberform import Number

__all__ = ["group_reference", "grouped", "with_group"]

_QUAL = "|".join(re.escape(q) for q in QUALIFIERS)
#: A group of municipalities or an area around the profile's: what a figure is set against.
_GROUP = (
    r"(?:de\s+)?(?:(?:vergelijkbare|andere|overige|omliggende|omringende|naburige)\s+"
    r"(?:(?-i:[A-Z])[\w-]+e\s+)?[\w-]*gemeenten"
    r"(?:\s+van\s+(?:deze|dezelfde|een\s+vergelijkbare|gelijke)\s+(?:grootte(?:klasse)?|omvang))?"
    r"|gemeenten\s+van\s+(?:deze|dezelfde|een\s+vergelijkbare|gelijke)\s+"
    r"(?:grootte(?:klasse)?|omvang)"
    r"|buurgemeenten|(?:de\s+)?(?:grootteklasse|regio|provincie))"
)
#: A place named after "dan in" of a comparison: "lager dan in Twente (7,3%)".
_PLACE = r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
#: Before a figure: the group with its bracket ("vergelijkbare gemeenten (10,4%)"), a
#: bracket naming the group ("(regio: 19%)"), or a place compared with ("dan in Twente (").
_BEFORE = re.compile(
    rf"(?:(?P<after>{_GROUP})\s*\(\s*|\(\s*(?:in\s+|bij\s+)?(?P<inside>{_GROUP})\s*:?\s*"
    rf"|\b(?:dan|als)\s+(?:in|bij)\s+(?P<place>{_PLACE})\s*\(\s*)"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"\s*[)]")
#: The mark of a named municipality's reference: its own figure in brackets ("dan in
#: Dordrecht (51)") is that place's level, an observation of its own, not only a reference
#: value (gold guidelines: "Utrecht (21%)" is an indicator of its own).
NEIGHBOUR = "place:"


def group_reference(text: str, number: Number, floor: int) -> str | None:
    """The reference ``number`` is the figure of, if it is a compared group's figure.

    Parameters
    ----------
    text : str
        The document text.
    number : Number
        A figure.
    floor : int
        Where its sentence (or the stretch read) starts.

    Returns
    -------
    str or None
        The reference the group names ("comparable municipalities", "other municipalities",
        "region", "province"), None if the figure is none of a group.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het gebruik ligt lager dan in vergelijkbare gemeenten (10,4%)."
    >>> n = Number(s.index("10,4"), s.index("%") + 1, Decimal("10.4"), "percent", "digits")
    >>> group_reference(s, n, 0)
    'comparable municipalities'
    >>> s = "Het aandeel is 11,2% (regio: 9,8%)."
    >>> n = Number(s.index("9,8"), s.index("9,8") + 4, Decimal("9.8"), "percent", "digits")
    >>> group_reference(s, n, 0)
    'region'
    >>> s = "Het aandeel is hoog (9,8%)."
    >>> n = Number(s.index("9,8"), s.index("9,8") + 4, Decimal("9.8"), "percent", "digits")
    >>> group_reference(s, n, 0) is None
    True
    """
    before = text[max(floor, number.start - 90) : number.start]
    if "(" not in before:
        return None  # every group's figure this reads is in brackets
    m = _BEFORE.search(before)
    if m is None or not _CLOSES.match(text, number.end):
        return None
    if m.group("place"):  # a named place: a province or region if known, else the place
        place = m.group("place")
        return compared_with(place) or (NEIGHBOUR + place.lower())
    return compared_with(m.group("after") or m.group("inside"))


def with_group(ind: Indicator, group: Indicator, reference: str) -> Indicator:
    """``ind`` compared with ``group``, the figure of the group ``reference`` names.

    The observation's own comparison stands when it names a change over time; else its
    value against the group's says whether it is higher, lower or equal.

    Examples
    --------
    >>> from decimal import Decimal
    >>> own = Indicator(0, 3, 0, "share-youth-care", "", Decimal("8.9"), "percent", False,
    ...                 None, None)
    >>> ind = with_group(own, replace(own, value=Decimal("10.4")), "comparable municipalities")
    >>> ind.comparison, ind.reference, ind.national_value
    ('lower', 'comparable municipalities', None)
    """
    comparison = ind.comparison
    if comparison not in {"increase", "decrease"} and ind.value is not None:
        assert group.value is not None
        if ind.value != group.value:
            comparison = "higher" if ind.value > group.value else "lower"
        elif comparison is None:
            comparison = "equal"
    return replace(ind, comparison=comparison, reference=ind.reference or reference)


def grouped(text: str, ind: Indicator, number: Number, kept: list[Indicator], floor: int) -> bool:
    """Whether ``ind`` (read from ``number``) is the figure of a group the last observation
    of its unit in ``kept`` is compared with; if so, that observation, in place, takes the
    comparison.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "Het gebruik is 8,9%, lager dan in vergelijkbare gemeenten (10,4%)."
    >>> own = Indicator(15, 19, 0, None, "", Decimal("8.9"), "percent", False, None, None)
    >>> n = Number(s.index("10,4"), s.index("10,4") + 5, Decimal("10.4"), "percent", "digits")
    >>> kept = [own]
    >>> grouped(s, replace(own, value=Decimal("10.4")), n, kept, 0), kept[0].comparison
    (True, 'lower')
    """
    if ind.value is None:
        return False
    reference = group_reference(text, number, floor)
    if reference is None:
        return False
    family = unit_family(ind.unit)
    for j in range(len(kept) - 1, -1, -1):
        if unit_family(kept[j].unit) == family and kept[j].value is not None:
            own = kept[j]
            kept[j] = with_group(own, ind, reference.removeprefix(NEIGHBOUR))
            if reference.startswith(NEIGHBOUR):  # "dan in Dordrecht (51)": that place's level
                kept.append(replace(ind, unit=own.unit, measure=own.measure, comparison=None))
            return True
    return False
