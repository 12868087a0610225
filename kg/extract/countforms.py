"""Counts said by a form around a number word: copies ("in drievoud") and votes held.

:func:`kg.extract.numberphrases.phrases` reads these figures, which a number word alone
would miss or misread:

- a multiple written as "in N-voud" (Van Dale: "in tweevoud", in duplicate; "in drievoud",
  in three copies) counts the copies of what it follows: "elke nota gaat in drievoud de
  deur uit" is 3;
- "één van de N stemmen" (one of a body's N votes, as a member of a joint arrangement with
  one vote per municipality) counts the votes the subject holds, not a share: gold README,
  eighteenth batch, decision 5 ("one indicator, `votes` 1 on the whole phrase … the N is
  no indicator of its own"), and the sixth batch, decision 9.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from kg.extract.numberform import Number
from kg.extract.numberwords import COMPOUND, TEENS, TENS, UNITS, word_value

__all__ = ["FOLD", "HELD_VOTES", "fold_counts", "held_votes"]

#: "in drievoud", "in tweevoud": so many copies (the number word joined to "voud").
FOLD = re.compile(r"\bin\s+(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien)voud\b", re.I)
#: "één van de vijftien stemmen", "twee van de 24 stemmen": the votes a member holds.
HELD_VOTES = re.compile(
    rf"\b(?P<a>één|eén|een|{UNITS}|\d{{1,2}})\s+van\s+de\s+(?:{COMPOUND}|{TEENS}|{TENS}|{UNITS}"
    r"|\d{1,3})\s+stemmen\b",
    re.IGNORECASE,
)


def fold_counts(matches: Iterable[re.Match]) -> list[Number]:
    """The copies of "in N-voud" matches of :data:`FOLD`, on the "N-voud" word.

    Examples
    --------
    >>> s = "Elke beleidsnota gaat in drievoud naar de colleges, de brief in tweevoud."
    >>> [(s[n.start : n.end], n.value) for n in fold_counts(list(FOLD.finditer(s)))]
    [('drievoud', Decimal('3')), ('tweevoud', Decimal('2'))]
    >>> fold_counts(list(FOLD.finditer("De kosten zijn verdrievoudigd.")))
    []
    """
    out = []
    for m in matches:
        word = m.group(0)[m.start("n") - m.start() :]
        value = Decimal(word_value(m.group("n")))
        out.append(Number(m.start("n"), m.start("n") + len(word), value, "count", "word"))
    return out


def held_votes(matches: Iterable[re.Match]) -> list[Number]:
    """The votes of "één van de N stemmen" matches of :data:`HELD_VOTES`, on the whole phrase.

    Examples
    --------
    >>> s = "Wij zijn één van de vijftien stemmen; zij hebben twee van de 24 stemmen."
    >>> [(s[n.start : n.end], n.value) for n in held_votes(list(HELD_VOTES.finditer(s)))]
    [('één van de vijftien stemmen', Decimal('1')), ('twee van de 24 stemmen', Decimal('2'))]
    >>> held_votes(list(HELD_VOTES.finditer("Eén van de drie wethouders stemde tegen.")))
    []
    """
    out = []
    for m in matches:
        a = m.group("a").lower()
        value = Decimal(1) if a in {"één", "eén", "een"} else Decimal(word_value(a))
        out.append(Number(m.start(), m.end(), value, "count", "word"))
    return out
