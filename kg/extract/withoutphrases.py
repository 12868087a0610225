"""A "zonder" phrase closed before a problem: it negates its own noun, not what follows.

"zonder" is a preposition: its object is a noun phrase ("zonder begeleiding", "zonder
goede begeleiding"), and the negation it carries ends with that phrase (ANS 8.8, the
prepositional phrase). In "omdat zij zonder begeleiding snel schulden maken" the debts
come after the phrase has closed (an adverb, a verb or a new noun follows its noun):
they are stated, not denied. The phrase goes on through a coordination ("zonder werk
en inkomen") or a preposition of its noun ("zonder hulp bij schulden"); "zonder dat"
and "zonder te" open a clause the negation covers whole.
"""

from __future__ import annotations

__all__ = ["closed_without"]

#: Words that open a noun phrase before its noun: articles, possessives, quantifiers
#: (an adjective before the noun ends in "-e" and is skipped by its ending).
_OPENERS = frozenset(
    {"de", "het", "een", "hun", "zijn", "haar", "ons", "onze", "mijn", "jouw", "uw",
     "veel", "enig", "enige", "voldoende", "extra", "genoeg", "goed", "nieuw"}
)  # fmt: skip
#: Words after the noun that continue its phrase: coordinators and prepositions.
_GOES_ON = frozenset(
    {"en", "of", "noch", "bij", "voor", "van", "met", "op", "in", "aan", "om", "tot", "over",
     "rond", "naar", "uit", "tegen", "zonder", "als"}
)  # fmt: skip
#: Words right after "zonder" that open a clause: the negation covers it whole.
_CLAUSAL = frozenset({"dat", "te", "om"})


def closed_without(between: list[str]) -> bool:
    """Whether the "zonder" phrase whose words follow it in ``between`` (lower case, up to
    a problem's words) closed before the problem: its noun is followed by a word that
    neither coordinates nor opens a prepositional phrase of it.

    Examples
    --------
    >>> closed_without(["begeleiding", "snel"])  # "zonder begeleiding snel schulden"
    True
    >>> closed_without(["goede", "begeleiding", "raken", "jongeren", "in", "de"])
    True
    >>> closed_without(["werk", "en"])  # "zonder werk en schulden": one phrase
    False
    >>> closed_without(["dat", "er"])  # "zonder dat er schulden ontstaan": a clause
    False
    >>> closed_without([])  # "zonder schulden": the problem is the phrase's noun
    False
    """
    if not between or between[0] in _CLAUSAL:
        return False
    at = 0
    while at < len(between) and (between[at] in _OPENERS or between[at].endswith("e")):
        at += 1  # the phrase's openers and adjectives ("goede", "de juiste")
    return at + 1 < len(between) and between[at + 1] not in _GOES_ON
