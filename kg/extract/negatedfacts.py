"""Negations that state an arrangement or an aim, not a shortfall.

A clause with no judgement word that negates a statement reads as a shortfall
("de aanvraag werd niet gehonoreerd", :func:`kg.extract.negation.bare_negation`).
Some negations only state how things are arranged or what is sought:

Membership and partnership
    "Emmen maakt geen deel uit van de regio", "aan de inkoop neemt de gemeente geen
    deel", "is niet aangesloten bij", "werkt daarin niet samen met": as a
    partnership alone is neutral, so is its absence.
An aim
    "een inwoner moet niet voor elke vraag naar het stadhuis hoeven": what should
    not be necessary is a principle, not a failure.
"""

from __future__ import annotations

#: Words right after a negator that deny a membership or partnership ("geen deel", "geen lid",
#: "niet aangesloten", "niet samen").
_MEMBERSHIP = frozenset({"deel", "lid", "aangesloten", "samen", "deelnemer", "partner"})
#: Forms of "moeten" and "hoeven": "moet niet … hoeven" states an aim.
_MUST = frozenset({"moet", "moeten", "mag", "mogen"})
_NEED_TO = frozenset({"hoeven", "hoeft", "hoef"})


def arrangement(found: list[str], negators: list[int]) -> bool:
    """Whether the clause's negation states an arrangement or an aim, not a shortfall.

    ``found``: the clause's words (lower case); ``negators``: the indexes of its negators.

    Examples
    --------
    >>> s = "emmen maakt geen deel uit van de regio".split()
    >>> arrangement(s, [2])
    True
    >>> s = "een inwoner moet niet voor elke vraag naar de stad hoeven".split()
    >>> arrangement(s, [3])
    True
    >>> s = "de aanvraag werd niet gehonoreerd".split()
    >>> arrangement(s, [3])
    False
    """
    if all(found[i + 1 : i + 2] and found[i + 1] in _MEMBERSHIP for i in negators):
        return True
    return not _NEED_TO.isdisjoint(found) and not _MUST.isdisjoint(found[: negators[0]])
