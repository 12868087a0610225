""" "Zonder dat …": the clause after it states what did not happen.

"De kosten zijn gedaald, zonder dat het aantal klachten steeg": the subordinating
conjunction "zonder dat" (general Dutch: "terwijl niet") denies its whole clause, as a
negated verb of meaning denies its "dat" clause ("dat betekent niet dat …",
:func:`kg.extract.questions.denied_complements`). A difficulty in that clause did not come
about (good news), and a good thing did not happen (bad news). The clause splitter puts
"zonder" in a clause of its own before the one opened by "dat".
"""

from __future__ import annotations

from kg.extract import negation as neg


def without_that(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The clauses that hold only "zonder" before a clause opened by "dat".

    Examples
    --------
    >>> s = "De kosten zijn gedaald, zonder dat het aantal klachten steeg."
    >>> spans = neg.clauses(s, 0, len(s))
    >>> [s[slice(*spans[i + 1])] for i in sorted(without_that(s, spans))]
    ['dat het aantal klachten steeg.']
    >>> s = "Ouderen zonder auto zijn afhankelijk van de regiotaxi."
    >>> without_that(s, neg.clauses(s, 0, len(s)))
    set()
    """
    if len(spans) < 2 or text.find("zonder dat", spans[0][0], spans[-1][1]) < 0:
        return set()  # most claims: one string find
    found = set()
    for i, clause in enumerate(spans[:-1]):
        words = neg.words(text, *clause)
        nxt = neg.words(text, *spans[i + 1])
        if [w for _a, _b, w in words] == ["zonder"] and nxt and nxt[0][2] == "dat":
            found.add(i)
    return found
