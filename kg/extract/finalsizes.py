"""A count or share called large or small with its verb last, or with a source before the size.

Dutch puts the finite verb last in a subordinate clause, and the study's profiles report
most levels in one: "ambtenaren zeggen dat het aantal thuiszitters klein is", "omdat het
aandeel ouderen groot is". In a main clause a source may stand between the copula and the
size: "Het aantal aanvragen is volgens de ouderenbond klein". Both state the same level as
"het aantal thuiszitters is klein" (:mod:`kg.extract.standings`, whose pattern wants the
copula right before the size): a count or share that is large (``higher``) or small
(``lower``), without a figure. A negated size ("niet groot") or a size with a measure of
sufficiency ("groot genoeg") states no level and is left alone.
"""

from __future__ import annotations

import re

from kg.extract.changeclauses import Change
from kg.extract.prefixscan import finditer, may_hold_in

__all__ = ["find_final_sizes"]

#: Degree words that may stand before the size ("relatief klein", "nog steeds groot").
_DEGREE = (
    r"(?:(?:erg|zeer|vrij|heel|relatief|nog|steeds|ook|juist|wel|opvallend|bijzonder"
    r"|naar\s+verhouding)\s+)*"
)
_COPULA = r"(?:is|zijn|was|waren|blijft|blijven|bleef|bleven)"
#: The quantity after its determiner: "het aantal thuiszitters", "het aandeel 65-plussers".
_WHAT = (
    r"\b(?:het|dat|dit|hun|ons|zijn|haar)\s+"
    r"(?P<what>(?:aantal|aandeel|percentage)\b[^,;:.()]{0,60}?)\s+"
)
#: The size with the verb last, or after the copula and a source ("is volgens X klein").
_FINAL_SIZE = re.compile(
    _WHAT
    + r"(?:"
    + _DEGREE
    + r"(?P<last>groot|klein)\s+"
    + _COPULA
    + r"|"
    + _COPULA
    + r"\s+volgens\s+(?:[^\W\d][\w’'-]*\s+){1,3}?"
    + _DEGREE
    + r"(?P<source>groot|klein))(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)

#: Words one of which every match holds (a cheap test before the pattern).
_KEYS = ("groot", "klein")
#: A negation before the size: the clause states no level.
_DENIED = re.compile(r"\b(?:niet|nooit|geenszins|allerminst)\b", re.IGNORECASE)


def find_final_sizes(text: str, start: int, end: int) -> list[Change]:
    """Return the counts and shares called large or small in ``text[start:end]``, with the
    verb last or with a source between copula and size.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The span to read (a sentence).

    Returns
    -------
    list of Change
        Each with the quantity's words as subject, ``higher`` (large) or ``lower`` (small).

    Examples
    --------
    >>> s = "Leerplicht meldt dat het aantal thuiszitters klein is."
    >>> [(c.subject, c.comparison) for c in find_final_sizes(s, 0, len(s))]
    [('aantal thuiszitters', 'lower')]
    >>> s = "Het aantal aanvragen is volgens de ouderenbond relatief groot."
    >>> [(c.subject, c.comparison) for c in find_final_sizes(s, 0, len(s))]
    [('aantal aanvragen', 'higher')]
    >>> s = "Zij zeggen dat het aantal plekken niet groot is."
    >>> find_final_sizes(s, 0, len(s))
    []
    >>> s = "Zij vragen zich af of het aantal plekken groot genoeg is."
    >>> find_final_sizes(s, 0, len(s))
    []
    """
    out: list[Change] = []
    if not may_hold_in(text, start, end, _KEYS):
        return out  # a cheap test first
    for m in finditer(_FINAL_SIZE, text, start, end):
        if _DENIED.search(m.group()):
            continue  # "dat het aantal thuiszitters niet klein is": no level
        size = (m.group("last") or m.group("source")).lower()
        cmp = "higher" if size == "groot" else "lower"
        out.append(Change(m.start("what"), m.end(), m.group("what"), cmp))
    return out
