"""Figures after a colon that give a change: data, read for :mod:`kg.extract.datasentences`.

General Dutch of statistics, no profile's wording:

Change before a colon
    "Het aantal bijstandsuitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018."
    The figures after the colon give the change named before it, as they give a level
    ("ligt hoger dan gemiddeld: 12% …"): the colon adds no claim (:func:`change_before`).
"""

from __future__ import annotations

import re

__all__ = ["change_before"]

#: A change or its absence, as a verb or a level kept: "bleef (vrijwel) gelijk", "steeg",
#: "nam toe", "is gegroeid", "stabiel".
_CHANGE = re.compile(
    r"\b(?:gelijk|stabiel|constant|steeg|stegen|daalde|daalden|groeide|groeiden|kromp"
    r"|gestegen|gedaald|gegroeid|gekrompen|toegenomen|afgenomen|verdubbeld"
    r"|nam(?:en)?\s+(?:\w+\s+)?(?:toe|af))\b",
    re.IGNORECASE,
)


def change_before(text: str, colon: int) -> bool:
    """Whether the sentence ``text`` names a change before its colon at ``colon``.

    Examples
    --------
    >>> t = "Het aantal uitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018."
    >>> change_before(t, t.index(":"))
    True
    >>> t = "De cijfers: 12% van de jongeren krijgt hulp."
    >>> change_before(t, t.index(":"))
    False
    """
    return _CHANGE.search(text, 0, colon) is not None
