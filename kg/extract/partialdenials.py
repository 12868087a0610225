"""Denials in part: "wel …, maar niet altijd …" grants one side and limits the other.

A concession resting on a bare "wel" ("De gemeente heeft wel een rol, maar die is
beperkt") grants a fact and lets the verdict after "maar" decide the claim's tone
(:func:`kg.extract.concessions.conceded_by_wel`). When that verdict denies only in part,
negating a word of every time, place or person ("maar niet altijd", "maar nog niet
overal", "maar niet voor iedereen"), it says the granted side holds some of the time:
the claim is judged both ways, mixed. "Lang niet altijd" (far from always) denies
outright and stays one-sided.
"""

from __future__ import annotations

from kg.extract.wordtokens import words

#: Words of every time, place or person that a "niet" before them denies only in part.
UNIVERSALS = frozenset(
    {"altijd", "overal", "iedereen", "alle", "allemaal", "elke", "elk", "ieder", "iedere"}
)
#: Prepositions that may stand between "niet" and the universal ("niet voor iedereen").
_PREPOSITIONS = frozenset({"voor", "in", "bij", "op", "met", "aan"})
#: Words before "niet" that make a denial in part a full one ("lang niet altijd").
_STRENGTHENERS = frozenset({"lang", "bepaald", "helemaal", "zeker"})


def denied_in_part(text: str, start: int, end: int) -> bool:
    """Whether the part of the span after its first "maar" denies only in part.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.

    Returns
    -------
    bool
        True when a "niet" after "maar" negates a universal word (:data:`UNIVERSALS`),
        at most one preposition between, and no strengthener stands before it.

    Examples
    --------
    >>> s = "Ouders kennen het wijkteam wel, maar weten niet altijd wie zij moeten bellen."
    >>> denied_in_part(s, 0, len(s))
    True
    >>> s = "Er is wel een loket, maar het is lang niet altijd open."
    >>> denied_in_part(s, 0, len(s))
    False
    >>> s = "De gemeente heeft wel een rol, maar die is beperkt."
    >>> denied_in_part(s, 0, len(s))
    False
    """
    found = [w[2] for w in words(text, start, end)]
    if "maar" not in found:
        return False
    after = found[found.index("maar") + 1 :]
    for i, word in enumerate(after):
        if word != "niet" or (i and after[i - 1] in _STRENGTHENERS):
            continue
        rest = after[i + 1 : i + 3]
        if rest and rest[0] in _PREPOSITIONS:
            rest = rest[1:]
        if rest and rest[0] in UNIVERSALS:
            return True
    return False
