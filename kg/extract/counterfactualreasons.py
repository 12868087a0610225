"""Counterfactual reasons: what could not have been, given as a reason, leaves the verdict.

"Zij zijn blij met de regionale inkoop, omdat de gemeente alleen die kennis nooit had
kunnen opbouwen": the counterfactual stands in the clause of reason, so the verdict before
it is stated as fact (:func:`kg.extract.tone.polarity` reads a counterfactual claim's
positive words as what should have been, but not in the clauses this module returns).
Split out of :mod:`kg.extract.tone`.
"""

from __future__ import annotations

from kg.extract import negation as neg

#: Conjunctions that open a clause giving a reason ("omdat", "doordat", "want").
_BECAUSE = frozenset({"omdat", "doordat", "want", "aangezien"})


def reasons(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The clauses whose judgements a counterfactual does not reach: all but the reason
    clause that holds it, when every counterfactual of the claim stands in a clause opened by
    "omdat", "doordat" or "want" ("blij met de regionale inkoop, omdat de gemeente alleen
    die kennis nooit had kunnen opbouwen": what could not have been is the reason, the
    verdict before it is stated as fact). Empty when a counterfactual stands elsewhere.

    Examples
    --------
    >>> s = "Zij zijn blij met de inkoop, omdat de gemeente alleen nooit zo ver had kunnen komen."
    >>> sorted(reasons(s, neg.clauses(s, 0, len(s))))
    [(0, 27)]
    """
    held = [c for c in spans if neg.counterfactual(text, *c)]
    if not held or any(_first_word(text, c) not in _BECAUSE for c in held):
        return set()
    return {c for c in spans if c not in held}


def _first_word(text: str, clause: tuple[int, int]) -> str:
    """The clause's first word, lower case ("" for none)."""
    found = neg.words(text, *clause)
    return found[0][2].lower() if found else ""
