"""A fronted "van" phrase denied by a closing "geen sprake", across the cuts of the claim.

"Van wachtlijsten voor huishoudelijke hulp of hulpmiddelen is in Doetinchem geen
sprake." and "Van wachtlijsten is inmiddels, volgens de teamleiders, geen sprake
meer." deny every case of what the fronted "van" phrase names (Dutch "van X is geen
sprake": there is no X). The clause cuts of :func:`kg.extract.negation.clauses` fall
at the coordinator "of" and at the commas of an inserted phrase, leaving the problem in
one clause and its denial in another; this module joins the clauses from the opening
"van" to the one that closes on the denial, so that the negation scope
(:func:`kg.extract.negation.negated`, which reads a fronted "van" phrase as a case)
reaches the problem. A contrast word ("maar", "terwijl") between them stops the join:
what follows it is another statement.
"""

from __future__ import annotations

import re

#: A clause that closes on a denial of any case: "geen sprake", "nauwelijks sprake meer".
_CLOSES_DENIED = re.compile(
    r"\b(?:geen|nauwelijks|nooit|amper|niet)\s+sprake(?:\s+(?:meer|langer))?\s*[.;:!]?\s*$",
    re.IGNORECASE,
)
#: Words that open a clause of another statement: the join stops before them.
_TURNS = ("maar", "terwijl", "echter", "toch", "wel")


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (a claim's clauses) with those from an opening "Van" to the clause that
    closes on "geen sprake" joined into one.

    Examples
    --------
    >>> s = "Van wachtlijsten voor hulp of hulpmiddelen is geen sprake."
    >>> spans = [(0, 26), (27, len(s))]
    >>> [s[a:b] for a, b in joined(s, spans)]
    ['Van wachtlijsten voor hulp of hulpmiddelen is geen sprake.']
    >>> s = "Van wachtlijsten is geen sprake, maar het vervolg duurt lang."
    >>> joined(s, [(0, 31), (33, len(s))]) == [(0, 31), (33, len(s))]
    True
    """
    if len(spans) < 2 or text[spans[0][0] : spans[0][0] + 4].lower() != "van ":
        return spans  # most claims: no fronted "van" phrase, or one clause
    for k in range(1, len(spans)):
        begin, end = spans[k]
        if text[begin:end].split(None, 1)[0].lower() in _TURNS:
            return spans  # another statement opens before any denial
        if _CLOSES_DENIED.search(text, begin, end):
            return [(spans[0][0], end), *spans[k + 1 :]]
    return spans
