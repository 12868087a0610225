"""A judgement word as the subject its predicate judges ("het vertrouwen is beschadigd").

A noun of tone that is the subject of a copula is what the predicate judges: "het
vertrouwen is beschadigd", "de ruimte is beperkt", "goede zorg is duur" are
negative, not a good word weighed against a bad one (mixed). When a tone word of
the predicate follows the copula, the predicate's verdict is the claim's and the
subject's word counts for nothing; "de samenwerking is goed" and "het vertrouwen
is gegroeid" stay positive. A predicate of a low level ("het draagvlak is gering")
is read by :mod:`kg.extract.cuereadings` instead.
"""

from __future__ import annotations

import re
from operator import itemgetter

from kg.extract.wordtokens import words

#: Finite copulas and verbs of becoming and remaining.
_COPULAS = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "bleef", "bleven", "raakt", "raken", "raakte", "raakten"}
)  # fmt: skip
#: Words that open another clause between a subject and a copula ("mensen die … zijn").
_CLAUSE_OPENERS = frozenset(
    {"die", "dat", "wat", "waar", "wie", "maar", "omdat", "doordat", "terwijl", "want", "als",
     "wanneer", "of", "zodat", "waardoor"}
)  # fmt: skip
#: Prepositions that open the subject's complement ("het vertrouwen tussen …").
_OPENS = frozenset({"van", "voor", "met", "aan", "bij", "in", "op", "tussen", "over", "rond"})
#: A copula or a preposition right after a word (the test before its words are read).
_OPENING = re.compile(r"\s+(?:" + "|".join(sorted(_COPULAS | _OPENS)) + r")\b", re.IGNORECASE)
#: How many words the predicate's verdict may stand after the copula ("is nog niet goed").
_PREDICATE = 3
#: How many words the subject's complement may have before the copula.
_REACH = 7
#: "er" among the last words before a noun makes its clause existential ("er is ruimte voor").
_ER, _BACK = 4, 40
_WORD_OF = itemgetter(2)
#: Punctuation that ends the subject before a copula could follow.
_CUT = re.compile(r"[,;:()]")


def judged_subjects(text: str, end: int, cues: list) -> list:
    """The cues without those of a subject whose predicate judges it.

    Parameters
    ----------
    text : str
        The cleaned text.
    end : int
        The end of the claim.
    cues : list of kg.extract.tone.Cue
        The claim's cues as their readings give them, in text order.

    Returns
    -------
    list of kg.extract.tone.Cue
        ``cues`` without a one-word tone cue (not a problem) followed by a copula,
        directly or after its complement, whose next three words hold another tone cue.

    Examples
    --------
    >>> from kg.extract.tone import Cue
    >>> s = "Het vertrouwen tussen gemeente en aanbieders is beschadigd."
    >>> a, b = s.index("vertrouwen"), s.index("beschadigd")
    >>> [c.sign for c in judged_subjects(s, len(s), [Cue(a, a + 10, 1), Cue(b, b + 10, -1)])]
    [-1]
    >>> s = "Er is geen ruimte is voor nieuwe, creatieve aanpakken."
    >>> a, b = s.index("ruimte"), s.index("creatieve")
    >>> len(judged_subjects(s, len(s), [Cue(a, a + 6, 1), Cue(b, b + 9, 1)]))
    2
    >>> s = "Het vertrouwen groeit, al is de samenwerking lastig."
    >>> a, b = s.index("vertrouwen"), s.index("lastig")
    >>> len(judged_subjects(s, len(s), [Cue(a, a + 10, 1), Cue(b, b + 6, -1)]))
    2
    """
    if len(cues) < 2:
        return cues  # most claims
    dropped = set()
    for i, cue in enumerate(cues):
        if cue.problem or cue.subject or " " in text[cue.start : cue.end]:
            continue
        pred = _predicate(text, cue.end, end)  # None for most words: asked first
        if pred is None:
            continue
        if "er" in map(_WORD_OF, words(text, max(0, cue.start - _BACK), cue.start)[-_ER:]):
            continue  # "dat er geen ruimte is voor …": a thing said to exist, no subject judged
        if any(
            j != i and not other.problem and pred[0] <= other.start < pred[1]
            for j, other in enumerate(cues)
        ):
            dropped.add(i)
    return [c for i, c in enumerate(cues) if i not in dropped] if dropped else cues


def _predicate(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span of the first words after the copula of the subject ending at ``at``, if any.

    Examples
    --------
    >>> s = "De ruimte voor initiatieven is beperkt."
    >>> a, b = _predicate(s, s.index(" voor"), len(s))
    >>> s[a:b]
    ' beperkt'
    >>> _predicate("De ruimte groeit snel.", 9, 22) is None
    True
    >>> _predicate("De hulp voor mensen die eenzaam zijn is goed.", 7, 45) is None
    True
    """
    if _OPENING.match(text, at, end) is None:
        return None  # most words: neither a copula nor a preposition next
    found = words(text, at, min(end, at + 160))
    if not found or found[0][2] not in _COPULAS and found[0][2] not in _OPENS:
        return None  # a verb, or no complement: not the subject of a copula
    for k, (_a, b, w) in enumerate(found[: _REACH + 1]):
        if w in _COPULAS:
            if _CUT.search(text, at, b):
                return None  # punctuation between: another clause
            return b, found[min(k + _PREDICATE, len(found) - 1)][1]
        if w in _CLAUSE_OPENERS:
            return None  # "de hulp voor mensen die eenzaam zijn": the copula is another clause's
    return None
