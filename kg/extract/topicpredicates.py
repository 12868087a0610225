"""Bare predicative nouns of function: "Teststad is centrumgemeente voor de opvang".

A noun of function or office stands without article as the predicate of a copula (ANS:
the bare predicative noun): "is centrumgemeente voor …", "Alkmaar is daarvan
centrumgemeente.", "waarin Breda centrumgemeente is,". Such a compound is a topic the
claim discusses though it has no article (read for :mod:`kg.extract.topics`).
"""

from __future__ import annotations

Words = list[tuple[int, int, str]]

#: Copulas a bare predicative noun follows ("Teststad is centrumgemeente voor …").
_COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft", "bleef", "zijn", "waren"})
#: Prepositions that open the complement of a predicative noun of function.
_FUNCTION_OF = frozenset({"voor", "van"})


def predicative_compound(words: Words, k: int, heads: frozenset[str], text: str = "") -> bool:
    """Whether word ``k`` is a compound noun that stands bare as the predicate of a copula
    (at most two words between: "is centrumgemeente", "is de stad centrumgemeente", "is X
    zelf centrumgemeente") before "voor" or "van": a function a municipality or body holds
    (ANS: a bare predicative noun of function or office). The compound is known as a noun
    by its last part, a noun of ``heads`` of at least five letters ("centrumgemeente" ends
    in "gemeente"); adjectives ("is verantwoordelijk voor") end in no noun.

    With the ``text``, the same bare predicate closing its clause after the copula ("Alkmaar
    is daarvan centrumgemeente.") or before it in a subordinate clause ("waarin Breda
    centrumgemeente is,") is one too, and so is one fronted at its clause's start before
    the copula ("; centrumgemeente daarvan is Alkmaar").

    Examples
    --------
    >>> from kg.extract.dutchwords import tokens
    >>> ws = tokens("Teststad is centrumgemeente voor de opvang.")
    >>> predicative_compound(ws, 2, frozenset({"gemeente"}))
    True
    >>> ws = tokens("Teststad is verantwoordelijk voor de opvang.")
    >>> predicative_compound(ws, 2, frozenset({"gemeente"}))
    False
    >>> s = "De regio, waarin Teststad centrumgemeente is, koopt zorg in."
    >>> predicative_compound(tokens(s), 4, frozenset({"gemeente"}), s)
    True
    """
    after = words[k + 1][2].lower() if k + 1 < len(words) else ""
    if after in _FUNCTION_OF:
        before = True  # the copula before it: "is centrumgemeente voor"
    elif text and _closes_clause(words, k, text):
        before = True  # "is daarvan centrumgemeente."
    elif text and after in _COPULAS and _closes_clause(words, k + 1, text):
        before = False  # "waarin Breda centrumgemeente is,"
    elif (
        text
        and (k == 0 or _closes_clause(words, k - 1, text))
        and any(w.lower() in _COPULAS for _, _, w in words[k + 1 : k + 3])
    ):
        before = False  # fronted: "; centrumgemeente daarvan is Alkmaar"
    else:
        return False
    low = words[k][2].lower()
    for i in range(3, len(low) - 4):  # each ending of five letters or more after three
        if low[i:] in heads:
            break
    else:
        return False
    return not before or any(w.lower() in _COPULAS for _, _, w in words[max(0, k - 3) : k])


def _closes_clause(words: Words, k: int, text: str) -> bool:
    """Whether word ``k`` is the last of its clause: the last word, or a punctuation mark
    between it and the next."""
    if k + 1 >= len(words):
        return True
    return any(c in ",;:.)" for c in text[words[k][1] : words[k + 1][0]])
