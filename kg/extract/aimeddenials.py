"""Aimed denials: a wish or an aim that nothing bad happens states nothing of what is.

"De gemeente wil dat niemand tussen wal en schip valt", "het doel is dat geen kind
thuis zit", "eerst zorgen dat niemand buiten de boot valt": the negated clause after a
wish (:mod:`kg.extract.wishes`), an aim (:data:`kg.extract.toneframes.AIM`, also with
the copula first, "was het enige doel dat …", or in the past, "het uitgangspunt was dat
…") or an infinitive of ensuring ("zorgen dat", "te zorgen dat") says what is sought,
so its negator denies no problem (no good news) and negates no statement (no
shortfall). Such a clause is read as no judgement; a clause after a turn ("maar",
"echter", a colon or semicolon) states again.
"""

from __future__ import annotations

import re

from kg.extract import negation as neg
from kg.extract import toneframes, wishes
from kg.extract.prefixscan import search

#: An aim with the copula first ("was het enige doel voor 2015 dat …") or an infinitive
#: of ensuring ("eerst zorgen dat …", "om ervoor te zorgen dat …"); the other aims are
#: :data:`kg.extract.toneframes.AIM`'s.
AIMED = re.compile(
    r"\b(?:is|was)\s+(?:het|de)\s+(?:\w+\s+){0,2}?"
    r"(?:doel|doelstelling|uitgangspunt|ambitie|streven|insteek|inzet)\s+(?:\w+\s+){0,3}?dat\s"
    r"|\b(?:doel|doelstelling|uitgangspunt|ambitie|streven|insteek|inzet)\s+(?:\w+\s+){0,3}?"
    r"(?:was|waren|blijft|bleef)\s+(?:\w+\s+)?dat\s"
    r"|\b(?:te\s+)?zorgen\s+(?:ervoor\s+)?dat\s",
    re.IGNORECASE,
)
#: What ends an aim: a turn to what is the case.
_ENDS = re.compile(r"[;:]|\b(?:maar|echter|toch|helaas)\b", re.IGNORECASE)
#: Substrings one of which every aim or wish holds (a cheap test first).
_GATE = ("wil", "hoop", "wens", "graag", "doel", "uitgangspunt", "ambitie", "streven",
         "insteek", "inzet", "zorgen", "belang")  # fmt: skip


def _aimed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that say what is aimed at, up to a turn."""
    found = []
    for pattern in (AIMED, toneframes.AIM):
        pos = start
        while (m := search(pattern, text, pos, end)) is not None:
            stop = _ENDS.search(text, m.end(), end)
            last = stop.start() if stop else end
            found.append((m.end(), last))
            pos = max(last, m.end())
    return found


def aimed_denials(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the clauses ``spans`` that a wish or an aim governs and that hold a
    negator: what is sought, no statement.

    Examples
    --------
    >>> s = "Wij wilden vooral dat niemand tussen wal en schip viel."
    >>> aimed_denials(s, neg.clauses(s, 0, len(s)))
    {1}
    >>> s = "Het doel is dat geen kind thuis zit, maar er zitten er nog twaalf thuis."
    >>> sorted(aimed_denials(s, neg.clauses(s, 0, len(s))))
    [1]
    >>> s = "De teams zorgen dat de wachttijd kort blijft."
    >>> aimed_denials(s, neg.clauses(s, 0, len(s)))
    set()
    >>> s = "Ambtenaren zien dat niemand tussen wal en schip valt."
    >>> aimed_denials(s, neg.clauses(s, 0, len(s)))
    set()
    """
    if not spans:
        return set()
    start, end = spans[0][0], spans[-1][1]
    low = text[start:end].lower()
    for gate in _GATE:  # a loop: any() of a generator resumes a frame per word
        if gate in low:
            break
    else:
        return set()  # most claims: no word of a wish or an aim
    aimed = wishes.wished(text, start, end) + _aimed(text, start, end)
    return {
        i
        for i, (a, b) in enumerate(spans)
        if any(x - len("dat ") <= a < y for x, y in aimed)  # the clause opens with "dat"
        and not neg.NEGATORS.isdisjoint(w.lower() for _s, _e, w in neg.words(text, a, b))
    }
