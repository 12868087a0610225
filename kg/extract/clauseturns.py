"""Turns between two judgements of a claim: the words that set them against each other.

Split out of :mod:`kg.extract.negation` (at its line cap): :func:`contrast` tells
whether a claim judged both ways sets its judgements against each other, which
makes it mixed (:func:`kg.extract.tone.polarity`).
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract.negation import CONTRAST, words

_WORD_OF = itemgetter(2)
#: :data:`kg.extract.negation.CONTRAST` but "wel", which contrasts only with a later "maar".
STRONG_CONTRAST = CONTRAST - {"wel"}
#: "alleen" opening a clause after a comma: "only, except that" ("…, alleen is de …").
_EXCEPT = re.compile(r"[,;]\s+alleen\b", re.IGNORECASE)
#: The other side of a two-sided verdict ("aan de ene kant …, aan de andere kant …").
_OTHER_SIDE = re.compile(r"\baan de andere kant\b", re.IGNORECASE)


def contrast(text: str, start: int, end: int) -> bool:
    """Whether the span sets two judgements against each other ("maar", "echter" …).

    ``wel`` counts only with a later ``maar`` ("wel …, maar …"). A clause opened by
    "alleen" after a comma ("het loket werkt goed, alleen de wachttijd is lang": only,
    except that) and "aan de andere kant" contrast too.

    Examples
    --------
    >>> s = "Het loket werkt goed, alleen de wachttijd is te lang."
    >>> contrast(s, 0, len(s)), contrast("Niet alleen de wachttijd is lang.", 0, 33)
    (True, False)
    >>> contrast("Het loket werkt goed, maar de wachttijd is lang.", 0, 48)
    True
    """
    found = set(map(_WORD_OF, words(text, start, end)))
    if not STRONG_CONTRAST.isdisjoint(found):
        return True
    if "alleen" in found and _EXCEPT.search(text, start, end):
        return True
    return "andere" in found and _OTHER_SIDE.search(text, start, end) is not None
