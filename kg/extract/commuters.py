"""Residents who work elsewhere: the orientation, not a concern.

"Veel inwoners werken in Utrecht of Houten.", "Veel inwoners pendelen naar Alkmaar.": the
claim states where the municipality's working population goes (a relation
``oriented-towards`` to the place, read by :mod:`kg.extract.statedlinks`); the residents are
the commuters of that orientation, not what the claim is about, so they are no concern of it.
The cue is the general Dutch verbs of working and commuting in or to a place
(:data:`~kg.extract.orientationcues.WORK_THERE`). Other orientations ("zijn voor het
ziekenhuis op Zwolle gericht") keep the residents: the gold of the tuning profiles names
them there (measured: dropping them too fixed four claims and broke four).

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "Veel inwoners werken in Utrecht."
>>> res = SentenceMention("c/role/residents", "role", 5, 13, "inwoners", 0)
>>> utr = SentenceMention("c/municipality/utrecht", "municipality", 24, 31, "Utrecht", 0)
>>> commuting(text, res, [res, utr])
True
>>> commuting("Veel inwoners wonen in Utrecht.", res, [res, utr])
False
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.model import SentenceMention
from kg.extract.orientationcues import WORK_THERE

#: Kinds of mentions that are a place the residents can turn to.
AREAS = frozenset({"municipality", "place", "region"})
#: How far before the place the cue is read (characters): the clause of the residents.
REACH = 90


def commuting(text: str, residents: SentenceMention, mentions: Iterable[SentenceMention]) -> bool:
    """Whether the residents ``residents`` work in or commute to a place named after them.

    Parameters
    ----------
    text : str
        The cleaned text.
    residents : SentenceMention
        A mention of the residents.
    mentions : iterable of SentenceMention
        The claim's mentions (the places after the residents are read).

    Returns
    -------
    bool
        True when a place after the residents is where a verb of working or commuting
        of the same clause goes.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "Veel inwoners pendelen dagelijks naar Zwolle."
    >>> res = SentenceMention("r", "role", 5, 13, "inwoners", 0)
    >>> zw = SentenceMention("p", "place", 38, 44, "Zwolle", 0)
    >>> commuting(text, res, [res, zw])
    True
    >>> commuting("Veel inwoners zijn op Zwolle gericht.", res, [res, zw])
    False
    """
    for m in mentions:
        if m.kind not in AREAS or m.start <= residents.end:
            continue
        before = text[max(residents.end, m.start - REACH) : m.start]
        if "." in before or ";" in before:
            continue  # another sentence or clause
        if WORK_THERE.search(before):
            return True
    return False
