"""Suppositions: a clause that supposes rather than states ("zou", "misschien", "indien").

Split out of :mod:`kg.extract.negation` (at its line cap), which re-exports both names.
A word of supposition makes its clause no statement of fact, except in the standard of a
comparison: "werkt efficiënter dan zes losse diensten zouden kunnen" supposes only what
it compares with, and states its verdict.
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract.wordtokens import words

#: Words of supposition: the clause does not state a fact.
HYPOTHETICAL = frozenset(
    {"zou", "zouden", "mocht", "mochten", "indien", "eventueel", "eventuele", "misschien",
     "wellicht", "mogelijk", "mogelijkerwijs", "stel", "veronderstel"}
)  # fmt: skip
#: The word of a token of :func:`kg.extract.wordtokens.words`.
_WORD_OF = itemgetter(2)


def hypothetical(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause supposes rather than states.

    Examples
    --------
    >>> s = "Dat zou tot wachtlijsten kunnen leiden."
    >>> hypothetical(s, (0, len(s)))
    True

    A supposition in the standard of a comparison supposes only the standard: "werkt
    efficiënter dan zes losse diensten zouden kunnen" states the verdict.

    >>> s = "De dienst werkt efficiënter dan zes losse diensten zouden kunnen."
    >>> hypothetical(s, (0, len(s)))
    False
    """
    found = list(map(_WORD_OF, words(text, *clause)))
    if HYPOTHETICAL.isdisjoint(found):
        return False  # most clauses
    return any(w in HYPOTHETICAL and not _in_standard(found, i) for i, w in enumerate(found))


def _in_standard(found: list[str], i: int) -> bool:
    """Whether word ``i`` stands in the standard of a comparison: after a "dan" that follows
    a comparative ("efficiënter dan … zouden kunnen"), not right after it ("dan zou", the
    "then" of a condition)."""
    at = next((k for k in range(i - 2, 0, -1) if found[k] == "dan"), None)
    return at is not None and any(
        w in ("meer", "minder") or len(w) >= 5 and w.endswith("er") and w not in _NOT_COMPARATIVE
        for w in found[:at]
    )


#: Words ending in "-er" that are no comparative ("onder", "wanneer").
_NOT_COMPARATIVE = frozenset({"onder", "wanneer", "ander", "achter", "zomer", "winter", "nummer"})
