"""A multiple of a level named after it: "anderhalf keer het landelijke cijfer".

Dutch states a ratio to another level in two ways: with an adjective of degree ("twee keer
zo hoog als landelijk", read by :mod:`kg.extract.numbers`) or with the level itself as the
object of "keer" / "maal": "ruim anderhalf keer het landelijke cijfer van 6,9%", "bijna
twee keer het gemiddelde", "drie maal het provinciale aandeel". The second names no
direction word; a factor above one states a higher level, below one a lower level, and the
adjective before the level noun names what is compared with (the country, the province, the
region; a bare "het gemiddelde" is the national average, as "boven het gemiddelde").

Examples
--------
>>> import re
>>> s = "De werkloosheid was 10,8%, ruim anderhalf keer het landelijke cijfer van 6,9%."
>>> bool(re.search(r"keer\\s+" + LEVEL_NOUN, s))
True
>>> level_ratio(s, s.index("anderhalf"), s.index(" van 6"), 1.5)
('higher', 'national average')
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.numberform import Number

__all__ = ["LEVEL_NOUN", "level_ratio", "of_level"]

#: The level a multiple is taken of: an article, an adjective of place or of average, and a
#: noun of level ("het landelijke cijfer", "het provinciale aandeel", "het gemiddelde").
LEVEL_NOUN = (
    r"(?:het|de)\s+(?:(?:landelijke?|provinciale|regionale|nederlandse)\s+)?"
    r"(?:gemiddelde|cijfer|niveau|aandeel|percentage)\b"
)
_LEVEL = re.compile(
    r"\b(?:keer|maal)\s+(?:het|de)\s+(?:(?P<place>landelijke?|provinciale|regionale|nederlandse)"
    r"\s+)?(?:gemiddelde|cijfer|niveau|aandeel|percentage)\b",
    re.IGNORECASE,
)
#: The comparison a ratio under one states instead of the one its degree word names.
_TURNED = {"higher": "lower", "more": "less"}
#: The reference each adjective of place names; no adjective: the (national) average.
_REFERENCES = {
    "landelijk": "national average",
    "landelijke": "national average",
    "nederlandse": "national average",
    "provinciale": "province",
    "regionale": "region",
}


def level_ratio(
    text: str, start: int, end: int, value: Decimal | float | None
) -> tuple[str, str] | None:
    """The comparison and reference of a ratio ``text[start:end]`` taken of a named level.

    None when the ratio names no level after "keer"/"maal" ("twee keer zo hoog") or its
    factor is unknown or one.

    Examples
    --------
    >>> s = "Het aandeel is 6%, half keer het provinciale aandeel."
    >>> level_ratio(s, s.index("half"), len(s), 0.5)
    ('lower', 'province')
    >>> s = "twee keer zo hoog als landelijk"
    >>> level_ratio(s, 0, len(s), 2) is None
    True
    """
    m = _LEVEL.search(text, start, end)
    if m is None or value is None or value == 1:
        return None
    place = (m.group("place") or "landelijk").lower()
    return ("higher" if value > 1 else "lower"), _REFERENCES[place]


def of_level(
    text: str, number: Number, comparison: str | None, reference: str | None
) -> tuple[str | None, str | None]:
    """``comparison`` and ``reference`` of a figure, from :func:`level_ratio` when the figure
    is a ratio that has none yet; a ratio under one turns its comparison ("half zo hoog als
    landelijk" states a lower level); else as they are.

    Examples
    --------
    >>> s = "half zo hoog als landelijk"
    >>> of_level(s, Number(0, 12, Decimal("0.5"), "ratio", "ratio"), "higher", "national average")
    ('lower', 'national average')
    >>> s = "bijna twee keer het regionale cijfer"
    >>> of_level(s, Number(6, len(s), Decimal(2), "ratio", "ratio"), None, None)
    ('higher', 'region')
    >>> of_level(s, Number(6, len(s), Decimal(2), "count", "word"), None, None)
    (None, None)
    """
    if number.form != "ratio":
        return comparison, reference
    if comparison is not None:
        if number.value is not None and number.value < 1:
            comparison = _TURNED.get(comparison, comparison)
        return comparison, reference
    found = level_ratio(text, number.start, number.end, number.value)
    return found if found else (comparison, reference)
