"""People who live somewhere: a count of "mensen" that is the population.

Dutch states the population with the verb "wonen" as often as with the noun "inwoners":
"In de gemeente wonen 47.000 mensen", "Er wonen ruim 12.000 personen", "45.000 mensen
wonen in de gemeente". The count's own noun ("mensen", "personen") is no cue of the
measure vocabulary, since most counts of people are not the population ("200 mensen
staan op de wachtlijst"); beside "wonen" with nothing that narrows the group ("met een
beperking", "die …", "alleen", "in een instelling") it is. The measure's minimum
still applies (a village hall's "er wonen 40 mensen" is no municipality).
"""

from __future__ import annotations

import re

__all__ = ["PEOPLE", "lives_here"]

#: Nouns of a count of people as such (lower case).
PEOPLE = frozenset({"mensen", "personen", "bewoners", "zielen"})

#: "wonen" (present or past, plural) just before the figure; a year ("in 2015") and the
#: figure's qualifier may stand between.
_VERB_BEFORE = re.compile(
    r"\b(?:wonen|woonden)\s+(?:er\s+)?(?:(?:in|eind|begin|medio)\s+\d{4}\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: "wonen" just after the noun: "47.000 mensen wonen in …".
_VERB_AFTER = re.compile(r"\s+(?:wonen|woonden)\b", re.IGNORECASE)
#: What narrows the group after its noun: a kind of people, not the population.
_NARROWED = re.compile(
    r"\s*(?:,\s*)?(?:met|zonder|die|van|boven|onder|ouder|jonger|alleen|zelfstandig"
    r"|in\s+(?:een|instellingen|verpleeghuizen|zorginstellingen|armoede))\b",
    re.IGNORECASE,
)


def lives_here(text: str, start: int, noun_start: int, noun_end: int, floor: int) -> bool:
    """Whether the count at ``start`` (its qualifier included) with the noun
    ``text[noun_start:noun_end]`` is the number of people who live in the place.

    ``floor`` is where the sentence (or clause) starts: "wonen" must stand within it.

    Examples
    --------
    >>> s = "In de gemeente wonen 47.000 mensen."
    >>> lives_here(s, s.index("47"), s.index("mensen"), s.rindex("."), 0)
    True
    >>> s = "Er wonen ruim 12.000 personen in de gemeente."
    >>> lives_here(s, s.index("ruim"), s.index("personen"), s.index(" in"), 0)
    True
    >>> s = "45.000 mensen wonen in de gemeente."
    >>> lives_here(s, 0, s.index("mensen"), s.index(" wonen"), 0)
    True
    >>> s = "In de gemeente wonen 3.000 mensen met een beperking."
    >>> lives_here(s, s.index("3"), s.index("mensen"), s.index(" met"), 0)
    False
    >>> s = "Op de wachtlijst staan 200 mensen."
    >>> lives_here(s, s.index("200"), s.index("mensen"), s.rindex("."), 0)
    False
    """
    if text[noun_start:noun_end].lower() not in PEOPLE:
        return False
    if _NARROWED.match(text, noun_end):
        return False
    if _VERB_BEFORE.search(text, floor, start):
        return True
    return bool(_VERB_AFTER.match(text, noun_end))
