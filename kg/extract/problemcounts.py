"""A group that is a problem of the taxonomy, counted by a figure ("moet 180 statushouders
huisvesten", "telde 18 daklozen per nacht"), by "het aantal" or a taakstelling ("De
taakstelling voor de huisvesting van statushouders …"): the count names the problem, so a
figure sentence that holds it is a finding (an annotation guideline, gold README: such a count
has a problem of the taxonomy). Split out of :mod:`kg.extract.datasentences` (600-line limit).
"""

from __future__ import annotations

import re

from kg.extract.intakeservices import serves_intake
from kg.extract.measuredlevels import POPULATION_CONDITIONS
from kg.extract.numberwords import COUNT_WORDS

__all__ = ["problem_counted"]

#: A figure or number word right before a noun (an adjective may stand between): "400
#: statushouders", "achttien daklozen".
_COUNT_BEFORE = re.compile(COUNT_WORDS + r"\s+(?:[a-zà-ÿ]+e\s+)?$", re.IGNORECASE)
#: The endings of a noun of people in a condition: "schoolverlaters", "thuiszitters", "werklozen".
_PEOPLE = ("ers", "lozen")
#: A body's act of registering what it counted ("registreerde", "telden", "signaleerde"),
#: not the population's "telt" ("De gemeente telt 500 werklozen"), nor the town's own count.
_REGISTERED = re.compile(
    r"\b(?:registreerde|registreerden|registreert|telde|telden|signaleerde|signaleerden)\b"
)
_TOWN_OPENS = re.compile(r"\W*(?:de\s+gemeente|de\s+stad|het\s+dorp)\b", re.IGNORECASE)
#: "Het aantal" or a taakstelling right before a group ("Het aantal statushouders …"), also
#: the task it sets for the group ("De taakstelling voor de huisvesting van statushouders").
_NUMBER_OF = re.compile(
    r"\b(?:aantal|taakstelling\s+voor(?:\s+de\s+(?:huisvesting|opvang|plaatsing)\s+van)?)"
    r"\s+(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)


def problem_counted(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a sentence at ``start`` is a group that is a problem of
    the taxonomy, counted by a figure ("moet 180 statushouders huisvesten", "telde 18
    daklozen per nacht"), by "het aantal" or a taakstelling ("Het aantal statushouders dat
    de gemeente moest huisvesten, daalde …", "De taakstelling voor statushouders is …",
    gold README: such a count has a problem of the taxonomy): the count names the problem,
    so the sentence is a finding (an annotation guideline); a condition of the population a
    share measures ("een laag inkomen") is not.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> from kg.extract.measuredlevels import POPULATION_CONDITIONS
    >>> s = "Voor 2016 moet de gemeente 180 statushouders huisvesten."
    >>> problem_counted(s, 0, M("c/problem/status-holders", "problem", 31, 44, "statushouders", 0))
    True
    >>> s = "De taakstelling voor statushouders is vastgesteld op 142 personen."
    >>> problem_counted(s, 0, M("c/problem/status-holders", "problem", 21, 34, "statushouders", 0))
    True
    >>> s = "De taakstelling voor de huisvesting van statushouders steeg tot 90 personen."
    >>> problem_counted(s, 0, M("c/problem/status-holders", "problem", 40, 53, "statushouders", 0))
    True
    >>> s = "Het meldpunt registreerde 312 voortijdig schoolverlaters."
    >>> problem_counted(s, 0, M(min(POPULATION_CONDITIONS), "problem", 30, 56, "voortijdig "
    ...     "schoolverlaters", 0))
    True
    >>> s = "Het aantal kinderen met een beschermingsmaatregel steeg."
    >>> problem_counted(s, 0, M("c/problem/x", "problem", 28, 49, "beschermingsmaatregel", 0))
    False
    """
    if m.kind != "problem":
        return False
    at = m.start - start
    if serves_intake(text, at, m.end - start):
        return True  # "De schuldhulpverlening telde 900 aanmeldingen": the problem's service
    if m.entity in POPULATION_CONDITIONS:
        # a condition's share is a statistic of the population ("het aandeel voortijdig
        # schoolverlaters", "De gemeente telt 500 werklozen"); a body that registered the
        # people in it counts the group ("registreerde 312 voortijdig schoolverlaters")
        return (
            m.text.lower().endswith(_PEOPLE)
            and _COUNT_BEFORE.search(text, max(0, at - 30), at) is not None
            and _REGISTERED.search(text, 0, at) is not None
            and _TOWN_OPENS.match(text) is None
        )
    if _COUNT_BEFORE.search(text, max(0, at - 30), at) is not None:
        return True
    # "het aantal" counts people, not acts: a noun in -ing names an act ("het aantal
    # ondertoezichtstellingen", "meldingen"), no group
    return not m.text.lower().endswith(("ing", "ingen")) and bool(
        _NUMBER_OF.search(text, max(0, at - 50), at)
    )
