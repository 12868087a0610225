"""A good that still holds, but not for long: "dekt de tekorten nog, maar niet lang meer".

A claim that grants a state as still holding ("nog") and turns to its end ("maar niet
lang meer", "maar straks niet meer", "maar niet voor lang") sets the good of the present
against the loss to come: mixed, as a concession and its contrast are. Asked by
:func:`kg.extract.offers.offered_around_turn` of a claim whose only judgement is the end
after the turn (the granted state itself judges by no word).
"""

from __future__ import annotations

import re

from kg.extract import negation as neg

#: The end of what holds, after the turn: "niet lang meer", "niet meer lang", "niet voor
#: lang", "straks niet meer", "binnenkort niet meer", "niet eeuwig".
_ENDING = re.compile(
    r"\bniet\s+(?:lang\s+meer|meer\s+lang|voor\s+lang|lang|eeuwig|blijvend)\b"
    r"|\b(?:straks|binnenkort|dan|volgend\s+jaar)\s+niet\s+meer\b",
    re.IGNORECASE,
)
#: Words after "nog" that make it no state still holding ("nog niet", "nog geen").
_NOT_STILL = frozenset({"niet", "geen", "nooit", "maar", "meer", "steeds", "altijd"})


def ends_soon(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says that what holds will end ("maar niet lang meer"):
    a reading :func:`still_for_now` weighs, which a default must leave to it.

    Examples
    --------
    >>> s = "De reserve dekt het tekort nog, maar straks niet meer."
    >>> ends_soon(s, 0, len(s))
    True
    >>> s = "De reserve dekt het tekort niet."
    >>> ends_soon(s, 0, len(s))
    False
    """
    return text.find("niet", start, end) >= 0 and _ENDING.search(text, start, end) is not None


def still_for_now(text: str, turns: list[bool], judged: list[tuple[tuple[int, int], bool]]) -> bool:
    """Whether the clauses before the first turn grant, unjudged, a state that still holds
    ("nog") and the turn's clause says it will end ("maar niet lang meer").

    ``turns`` says per clause whether it opens with a contrast word; ``judged`` holds per
    clause (its span, whether it carries a judgement).

    Examples
    --------
    >>> s = "De reserve vangt de tekorten nog op, maar niet lang meer."
    >>> a, b = (0, 35), (37, len(s))
    >>> still_for_now(s, [False, True], [(a, False), (b, True)])
    True
    >>> s = "De reserve is nog niet aangesproken, maar niet lang meer."
    >>> still_for_now(s, [False, True], [((0, 35), False), ((37, len(s)), True)])
    False
    """
    turn = next((i for i, t in enumerate(turns) if t and i), None)
    if turn is None or any(j for _, j in judged[:turn]):
        return False
    if not _ENDING.search(text, *judged[turn][0]):
        return False  # most turns: not an end of what holds
    for clause, _j in judged[:turn]:
        words = [w.lower() for _a, _b, w in neg.words(text, *clause)]
        for i, word in enumerate(words):
            if word == "nog" and (i + 1 == len(words) or words[i + 1] not in _NOT_STILL):
                return True  # "dekt de jeugd nog", "is nog toereikend"
    return False
