"""Whether "van X tot Y" names where a change began and ended, or a range.

A number after "van" and before "tot" starts a range ("drie tot vier maanden", "kinderen
van vier tot twaalf"), unless a verb of change stands before it in its clause: "groeide van
800 tot 1.000" and "liep op van drie tot zes weken" state a change's start and end. A number
after "van X naar" or after "tot" with a verb of change ends a change ("groeide van vier naar
negen", "liep op tot twaalf"). :func:`kg.extract.numbers.find_numbers` asks these of each
number; the verbs are those of :mod:`kg.extract.changewords` (general Dutch).
"""

from __future__ import annotations

import re

from kg.extract.changewords import CHANGE_NOUNS, DOWN, FALLEN, FINITE, RISEN, UP
from kg.extract.notfigures import RANGE_NEXT, WINDOW
from kg.extract.numberwordcounts import CLAUSE_CUT

#: Finite forms of separable verbs of change ("nam toe van 800 tot 1.000", "liep op van …"),
#: whose particles the lists of :mod:`kg.extract.changewords` hold apart, and "zakte".
_SEPARABLE_BASES = ("nam", "namen", "neemt", "nemen", "liep", "liepen", "loopt", "lopen", "zakte")
#: A verb of change before "van": "steeg van 800 tot 1.000" states where a change began. The
#: verbs and participles of :mod:`kg.extract.changewords`, not its nouns ("een toename van
#: de lasten") nor its adjectives ("de stijgende kosten").
_CHANGE_VERB = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                w
                for w in RISEN + FALLEN + UP + DOWN + FINITE + _SEPARABLE_BASES
                if w not in CHANGE_NOUNS and not w.endswith(("end", "ende"))
            },
            key=lambda w: (-len(w), w),
        )
    )
    + r")\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bvan\s+(?:€\s*)?$", re.IGNORECASE)
_TO_NEXT = re.compile(r"\s*tot\b", re.IGNORECASE)
#: "tot Y" and a unit, then "naar": the range a change began with ("is opgelopen van zes tot
#: acht weken naar drie maanden": "zes tot acht weken" is where it started, a range).
_RANGE_THEN_TO = re.compile(r"\s*tot\s+[\w.,]+(?:\s+[^\W\d]+)?\s+naar\b", re.IGNORECASE)


def range_start(text: str, start: int, end: int, floor: int) -> bool:
    """True when the number starts a range ("drie tot vier maanden"), not a change's start
    ("is gegroeid van zes tot elf weken": a change of a duration too, gold README batch 9).

    Examples
    --------
    >>> s = "Het duurt drie tot vier maanden."
    >>> range_start(s, s.index("drie"), s.index("drie") + 4, 0)
    True
    """
    m = RANGE_NEXT.match(text, end, end + WINDOW)
    if m is None:
        return False
    return not change_from(text, start, end, floor)


def change_from(text: str, start: int, end: int, floor: int) -> bool:
    """Whether "van X tot Y" after a verb of change names a change's start and end, not a range.

    Examples
    --------
    >>> s = "Het aantal cliënten groeide van 800 tot 1.000."
    >>> change_from(s, s.index("800"), s.index("800") + 3, 0)
    True
    >>> s = "De wachttijd liep op van zes tot acht weken naar drie maanden."
    >>> change_from(s, s.index("zes"), s.index("zes") + 3, 0)
    False
    >>> s = "De wachttijden variëren van 3 tot 6 weken."
    >>> change_from(s, s.index("3"), s.index("3") + 1, 0)
    False
    """
    if not _TO_NEXT.match(text, end) or not _FROM_BEFORE.search(text, max(floor, start - 8), start):
        return False
    if _RANGE_THEN_TO.match(text, end, end + WINDOW):
        return False  # "van zes tot acht weken naar drie maanden": a range, then the change
    clause = CLAUSE_CUT.split(text[max(floor, start - WINDOW) : start])[-1]
    return _CHANGE_VERB.search(clause) is not None


#: "van X naar " or "van X tot " right before the end of a change ("van vier naar negen").
_FROM_TO_BEFORE = re.compile(r"\bvan\s+(?:€\s*)?[\w.,]+\s+(?P<to>naar|tot)\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+(?P<to>naar|tot)\s+\S", re.IGNORECASE)
#: "tot" right before the number, no start before it: "steeg tot negen", "liep op tot twaalf".
_TO_BEFORE = re.compile(r"\btot\s+$", re.IGNORECASE)


def change_end_point(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a number word begins or ends a change "van X naar Y" (or "van X tot Y" after a
    verb of change): a count even with no noun after it ("groeide van vier naar negen").

    Examples
    --------
    >>> s = "Het aantal consulenten groeide van vier naar negen."
    >>> [change_end_point(s, s.index(w), s.index(w) + len(w), 0) for w in ("vier", "negen")]
    [True, True]
    >>> s = "In 2014 groeide het aantal teams tot negen."
    >>> change_end_point(s, s.index("negen"), s.index("negen") + 5, 0)
    True
    >>> s = "Kinderen van vier tot twaalf krijgen een aanbod."
    >>> [change_end_point(s, s.index(w), s.index(w) + len(w), 0) for w in ("vier", "twaalf")]
    [False, False]
    """
    clause = CLAUSE_CUT.split(text[max(floor, start - WINDOW) : start])[-1]
    to = _FROM_TO_BEFORE.search(clause)
    if to is None and _TO_BEFORE.search(clause):  # "groeide het aantal teams tot negen"
        return _CHANGE_VERB.search(clause) is not None
    if to is None:
        if not _FROM_BEFORE.search(text, max(floor, start - 8), start):
            return False
        to = _TO_AFTER.match(text, end, end + 8)
        if to is None:
            return False
    return to.group("to").lower() == "naar" or _CHANGE_VERB.search(clause) is not None
