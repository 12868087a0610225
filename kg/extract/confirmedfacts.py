"""A fact the writers state, which a named group then confirms in a clause of its own.

"Het aandeel jongeren met jeugdhulp ligt boven het gemiddelde, en de huisartsen herkennen
dat." has two voices (gold guideline: a sentence with two voices has a speaker list): the
writers state the fact, the group confirms it. The confirming clause is a closing main
clause after ", en" or ";" whose verb is one of recognising or confirming ("herkennen",
"bevestigen", "beamen", "onderschrijven") with an object that points back ("dat", "dit",
"het", "dat beeld"). The group alone holds a sentence it opens ("De huisartsen herkennen
dat."); a fact clause with a speaker of its own keeps that speaker (the caller checks that
the first speaking group stands in the confirming clause).
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold
from kg.namespaces import CONCEPT

AUTHORS = CONCEPT + "role/authors"

#: The stems every confirming verb holds, in lower case: a cheap test before the pattern
#: (:func:`kg.extract.prefixscan.may_hold`, exact for the pattern's case folding).
_STEMS = ("herken", "bevestig", "beam", "onderschrij")

#: A closing confirming clause: ", en (ook) de huisartsen herkennen dat (beeld)." or
#: "; de adviesraad bevestigt dit". Up to four words name the group.
_CONFIRMS = re.compile(
    r"(?:,\s*en|;)\s+(?:ook\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:herkennen|herkent|herkenden|herkende|bevestigen|bevestigt|bevestigden|bevestigde"
    r"|beamen|beaamt|beaamden|beaamde|onderschrijven|onderschrijft|onderschreven)"
    r"\s+(?:dat|dit|het)(?:\s+(?:beeld|ook|volmondig|wel|allemaal))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def confirmed_at(sentence: str) -> int | None:
    """Where the closing clause that confirms the fact before it opens in ``sentence``
    (the offset of its mark), or None.

    Examples
    --------
    >>> s = "De wachttijd voor jeugdhulp is lang, en de huisartsen herkennen dat."
    >>> s[confirmed_at(s) :]
    ', en de huisartsen herkennen dat.'
    >>> s = "Het aantal daklozen groeit; de GGD bevestigt dit."
    >>> s[confirmed_at(s) :]
    '; de GGD bevestigt dit.'
    >>> confirmed_at("De huisartsen herkennen dat.") is None
    True
    >>> confirmed_at("De kosten stijgen, en de huisartsen herkennen de signalen niet.") is None
    True
    """
    if not may_hold(sentence, _STEMS):
        return None
    found = _CONFIRMS.search(sentence)
    return found.start() if found else None


def with_writers(sentence: str, first_at: int, speakers: list[str]) -> list[str]:
    """The ``speakers`` of ``sentence`` with the writers joined when the first speaking
    group (at offset ``first_at`` of the sentence) stands only in a closing clause that
    confirms the fact before it.

    Examples
    --------
    >>> gp = CONCEPT + "role/general-practitioners"
    >>> s = "Het aantal jongeren met jeugdhulp stijgt, en de huisartsen herkennen dat."
    >>> [x.rsplit("/", 1)[-1] for x in with_writers(s, s.index("huisartsen"), [gp])]
    ['general-practitioners', 'authors']
    >>> s = "De wethouder vindt de kosten hoog, en de raadsleden beamen dat."
    >>> len(with_writers(s, s.index("wethouder"), [gp]))
    1
    """
    at = confirmed_at(sentence)
    if at is None or first_at < at or AUTHORS in speakers:
        return speakers
    return [*speakers, AUTHORS]
