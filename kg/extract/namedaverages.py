"""The average of a named area as the reference of a comparison.

A figure set against the average of a region or province that the text names is compared
with that area's average, not with the area as a place: "hoger dan het Twentse gemiddelde",
"minder dan gemiddeld in de Drechtsteden", "ongeveer evenveel als gemiddeld in Holland
Rijnland", "duidelijk hoger dan in Twente als geheel" (a regional average); "het Zeeuwse
gemiddelde", "in Zeeland als geheel", "tegen 7,1% gemiddeld in de provincie" (a provincial
average). A neighbouring municipality named as such ("tegen 49 in het aangrenzende
Appingedam", "meer dan in het naburige Buren", "als in buurgemeente Kapelle") is the reference
itself, by its name (in lower case, as :mod:`kg.extract.placereferences` reads one). The
country's own average ("het Nederlandse gemiddelde", "gemiddeld in
Nederland") stays the national average, read elsewhere.

Source: general Dutch of statistics (an average "van"/"in" an area, an area "als geheel");
the provinces from ``kg/data/reference/provinces.csv`` (:data:`PROVINCES`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.changewords import PROVINCES
from kg.extract.dutchwords import read_list
from kg.extract.model import Indicator

__all__ = ["PROVINCIAL", "REGIONAL", "named_average", "named_neighbour", "regional_averages"]

#: The provinces' adjectives (``kg/data/quantity-province-adjectives.txt``).
PROVINCE_ADJECTIVES = frozenset(read_list("quantity-province-adjectives.txt"))

REGIONAL, PROVINCIAL = "regional average", "provincial average"
#: An average of a named area: the area's adjective before "gemiddelde" ("het Twentse
#: gemiddelde"), "gemiddeld(e) in" an area ("gemiddeld in de Drechtsteden", "het gemiddelde
#: in heel Limburg"), an area "als geheel" ("in Twente als geheel"), and "gemiddeld in de
#: provincie".
_NAMED = re.compile(
    r"\b(?P<adj>(?-i:[A-Z])[\w-]+)e\s+gemiddelde\b"
    r"|\bgemiddelde?\s+in\s+(?:heel\s+)?(?:de\s+|het\s+)?(?P<in>(?-i:[A-Z])[\w-]+)"
    r"|\bin\s+(?:heel\s+)?(?:de\s+|het\s+)?(?P<whole>(?-i:[A-Z])[\w-]+)(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"\s+als\s+geheel\b"
    r"|\bgemiddeld\s+in\s+de\s+(?P<province>provincie)\b",
    re.IGNORECASE,
)
#: The country's own name and adjective: its average is the national one.
_COUNTRY = frozenset(("nederland", "nederlands", "nederlandse", "landelijk"))


def named_average(words: str) -> str | None:
    """``"regional average"`` or ``"provincial average"`` when ``words`` set a figure against
    the average of a named area; None when they name no such average.

    Examples
    --------
    >>> named_average("hoger dan het Twentse gemiddelde")
    'regional average'
    >>> named_average("dan het Zeeuwse gemiddelde")
    'provincial average'
    >>> named_average("minder dan gemiddeld in de Drechtsteden")
    'regional average'
    >>> named_average("hoger dan in Twente als geheel"), named_average("dan in Zeeland als geheel")
    ('regional average', 'provincial average')
    >>> named_average("tegen 7,1% gemiddeld in de provincie")
    'provincial average'
    >>> named_average("dan het Nederlandse gemiddelde") is None
    True
    >>> named_average("hoger dan het landelijk gemiddelde") is None
    True
    """
    if "gemiddeld" not in words and "geheel" not in words:  # a cheap test first
        return None
    m = _NAMED.search(words)
    if m is None:
        return None
    if m.group("province"):
        return PROVINCIAL
    name = (m.group("adj") or m.group("in") or m.group("whole")).lower()
    if name in _COUNTRY:
        return None
    if name in PROVINCES or name in PROVINCE_ADJECTIVES:
        return PROVINCIAL  # "in Zeeland als geheel", "het Zeeuwse gemiddelde"
    return REGIONAL


#: A neighbouring municipality by name: "in het aangrenzende Appingedam", "in het naburige
#: Sint-Michielsgestel", "in buurgemeente Kapelle".
_NEIGHBOUR = re.compile(
    r"\b(?:in|bij)\s+(?:(?:het|de)\s+)?(?:aangrenzende|naburige|buurgemeente)\s+"
    r"(?P<name>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)",
    re.IGNORECASE,
)


def named_neighbour(words: str) -> str | None:
    """The name of the neighbouring municipality ``words`` set a figure against (None for none).

    Examples
    --------
    >>> named_neighbour("tegen 49 in het aangrenzende Appingedam")
    'appingedam'
    >>> named_neighbour("duidelijk meer dan in het naburige Buren"), named_neighbour("dan in Venlo")
    ('buren', None)
    """
    if "aangrenzend" not in words and "nabur" not in words and "buurgemeente" not in words:
        return None
    m = _NEIGHBOUR.search(words)
    return m.group("name").lower() if m else None  # as the other named places read


#: The reference the comparison readers give a region set against as a whole ("dan in de regio",
#: "dan elders in de regio", "tegen gemiddeld 9% in de regio", "dan in Twente").
_REGION = "region"
#: The same for a province ("dan in de rest van Drenthe", "dan elders in de provincie").
_PROVINCE = "province"
_AVERAGES = {_REGION: REGIONAL, _PROVINCE: PROVINCIAL}


def regional_averages(found: list[Indicator]) -> list[Indicator]:
    """``found`` with a figure set against a region or a province read as set against its
    average.

    A level is compared with a region as a whole, not with the area as a place: "vaker dan
    elders in de regio", "meer dan de raden in de regio", "tegen gemiddeld 9% in de regio",
    "minder snel dan in Twente" set the figure against what the region's municipalities show
    together, the regional average (gold README: "gemiddeld in de regio", "dan elders in de
    regio" and "het Twentse gemiddelde" all have the reference ``regional-average``). A
    province likewise: "dan in de rest van Drenthe", "dan elders in de provincie" and "het
    Limburgse niveau" have the reference ``provincial-average`` (the yardstick's kind,
    whatever the wording).

    Examples
    --------
    >>> from decimal import Decimal
    >>> ind = Indicator(0, 5, 1, None, "", Decimal(9), "percent", comparison="higher")
    >>> found = [replace(ind, reference="region"), replace(ind, reference="province"), ind]
    >>> [i.reference for i in regional_averages(found)]
    ['regional average', 'provincial average', None]
    """
    return [
        replace(i, reference=_AVERAGES[i.reference]) if i.reference in _AVERAGES else i
        for i in found
    ]
