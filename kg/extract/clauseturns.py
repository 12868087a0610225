"""Turns between two judgements of a claim: the words that set them against each other.

Split out of :mod:`kg.extract.negation` (at its line cap): :func:`contrast` tells
whether a claim judged both ways sets its judgements against each other, which
makes it mixed (:func:`kg.extract.tone.polarity`); :func:`opens_contrast` whether a
clause opens with a turn.
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract.negation import CONTRAST, TURNS, words

_WORD_OF = itemgetter(2)
#: :data:`kg.extract.negation.CONTRAST` but "wel", which contrasts only with a later "maar".
STRONG_CONTRAST = CONTRAST - {"wel"}
#: "alleen" opening a clause after a comma: "only, except that" ("…, alleen is de …"), or a
#: sentence with the finite verb right after it (Dutch verb-second: "Alleen is de wachtlijst
#: lang", "Alleen horen we nog te vaak …"), not a focus particle ("Alleen in de dorpen …").
_EXCEPT = re.compile(
    r"[,;]\s+alleen\b|[.!?]['’”]?\s+[‘“]?Alleen\s+(?:is|zijn|was|waren|heeft|hebben|had|hadden|"
    r"wordt|worden|werd|werden|kan|kunnen|kon|konden|moet|moeten|moest|moesten|blijft|blijven|"
    r"gaat|gaan|ging|komt|komen|kwam|ligt|liggen|lag|horen|hoor|zien|zie|merken|merk|weten|"
    r"weet|mist|missen|ontbreekt|staat|staan|loopt|lopen|zit|zitten)\b",
    re.IGNORECASE,
)
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
    >>> s = "Het loket werkt goed. Alleen is de wachttijd lang."
    >>> contrast(s, 0, len(s)), contrast("Het loket is goed. Alleen in de dorpen niet.", 0, 44)
    (True, False)
    >>> contrast("Het loket is goed, je hoeft maar één keer te komen.", 0, 51)
    False
    """
    listed = list(map(_WORD_OF, words(text, start, end)))
    found = set(listed)
    if "maar" in found and all(
        only(listed[i : i + 2]) for i, w in enumerate(listed) if w == "maar"
    ):
        found.discard("maar")  # "hoeven maar één keer …": only
    if not STRONG_CONTRAST.isdisjoint(found):
        return True
    if "alleen" in found and _EXCEPT.search(text, start, end):
        return True
    return "andere" in found and _OTHER_SIDE.search(text, start, end) is not None


def opens_contrast(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause opens with a contrast word ("maar", "echter"), "maar ook" aside.

    Examples
    --------
    >>> opens_contrast("maar de drempel is hoog", (0, 23)), opens_contrast("maar ook wij", (0, 12))
    (True, False)
    >>> opens_contrast("maar één keer te vertellen", (0, 26))
    False

    An adverb of contrast after its clause's verb turns against the sentence before:

    >>> s = "Raadsleden missen echter zicht op de afspraken."
    >>> opens_contrast(s, (s.index("echter"), len(s)))
    False
    """
    found = list(map(_WORD_OF, words(text, *clause)[:2]))
    if not found or found[0] not in TURNS or found[1:] == ["ook"] or only(found):
        return False
    return found[0] == "maar" or not _mid_clause(text, clause[0])


def _mid_clause(text: str, at: int) -> bool:
    """Whether a word at ``at`` follows a word of its own sentence with no punctuation between.

    An adverb of contrast there ("raadsleden missen echter zicht op …") stands in the
    middle of its clause and turns against the sentence before, not against a part of its
    own; only "maar", a conjunction, opens a clause without a comma.

    Examples
    --------
    >>> s = "Raadsleden missen echter zicht op de afspraken."
    >>> _mid_clause(s, s.index("echter")), _mid_clause("Het werkt, echter traag.", 11)
    (True, False)
    """
    before = text[max(0, at - 3) : at].rstrip()
    return bool(before) and before[-1].isalnum()


#: Words after which "maar" is "only" ("maar één keer", "maar weinig") or "as many as"
#: ("maar liefst"): no turn.
ONLY_AFTER = frozenset({"één", "twee", "drie", "vier", "vijf", "enkele", "weinig", "liefst"})


def only(found: list[str]) -> bool:
    """Whether the words open with "maar" meaning "only" or "as many as" (:data:`ONLY_AFTER`)."""
    return found[:1] == ["maar"] and found[1:2] != [] and found[1] in ONLY_AFTER


#: Words of a level or a size, low and high: two facts on opposite sides of a turn
#: ("het gebruik is laag, maar het aandeel met verblijf is hoger") give a two-sided picture.
_LOW_LEVEL = frozenset(
    {"laag", "lage", "lager", "lagere", "laagste", "gering", "geringe", "kleiner", "kleinere"}
)
_HIGH_LEVEL = frozenset(
    {"hoog", "hoge", "hoger", "hogere", "hoogste", "groot", "grote", "groter", "grotere"}
)

_LEVELS = _LOW_LEVEL | _HIGH_LEVEL


def opposite_levels(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a clause opened by a turn states a level opposite to one before it.

    Two facts with no judgement word, a low level and a high one set against each
    other across "maar" or "echter", make a mixed picture.

    Examples
    --------
    >>> s = "Het gebruik is laag, maar het aandeel met verblijf is hoger dan elders."
    >>> opposite_levels(s, [(0, 19), (19, len(s))])
    True
    >>> s = "Het gebruik is laag, maar de kosten zijn ook laag."
    >>> opposite_levels(s, [(0, 19), (19, len(s))])
    False
    """
    if _LEVELS.isdisjoint(map(_WORD_OF, words(text, spans[0][0], spans[-1][1]))):
        return False  # no word of a level (most claims)
    before: set[str] = set()
    for i, clause in enumerate(spans):
        found = set(map(_WORD_OF, words(text, *clause)))
        if i and opens_contrast(text, clause):
            low, high = not _LOW_LEVEL.isdisjoint(before), not _HIGH_LEVEL.isdisjoint(before)
            if (low and not _HIGH_LEVEL.isdisjoint(found) and _LOW_LEVEL.isdisjoint(found)) or (
                high and not _LOW_LEVEL.isdisjoint(found) and _HIGH_LEVEL.isdisjoint(found)
            ):
                return low != high
        before |= found
    return False
