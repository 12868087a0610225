"""Offers: a service provided, set against a shortfall by a contrast word, makes a claim mixed.

"De stichting biedt respijtzorg, maar het aantal vrijwilligers daarvoor is gedaald" and
"daklozen kunnen terecht in de nachtopvang, maar die zit in de winter vol" grant that
help is there before the turn: a claim whose only judgements come after a contrast word
and are negative, with an offer (``kg/data/offer-verbs.toml``: "bieden", "kunnen
terecht") in an unjudged clause before it, weighs both sides. A negated offer ("biedt
geen respijtzorg") grants nothing.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.negation import NEGATORS
from kg.extract.wordtokens import words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "offer-verbs.toml"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of offering, forms of "kunnen" that go with "terecht") from the data file.

    Examples
    --------
    >>> verbs, can = vocabulary()
    >>> "biedt" in verbs, "kunnen" in can
    (True, True)
    """
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    return frozenset(data["verbs"]), frozenset(data["terecht"])


def offers(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause states an offer of help, not negated.

    Examples
    --------
    >>> s = "De stichting biedt respijtzorg"
    >>> offers(s, (0, len(s)))
    True
    >>> s = "Daklozen kunnen terecht in de nachtopvang"
    >>> offers(s, (0, len(s)))
    True
    >>> s = "De stichting biedt geen respijtzorg"
    >>> offers(s, (0, len(s)))
    False
    """
    found = [w.lower() for _, _, w in words(text, *clause)]
    if not NEGATORS.isdisjoint(found):
        return False
    verbs, can = vocabulary()
    if not verbs.isdisjoint(found):
        return True
    return "terecht" in found and not can.isdisjoint(found)


def offered_before_turn(
    text: str, turns: list[bool], judged: list[tuple[tuple[int, int], bool]]
) -> bool:
    """Whether an unjudged clause offering help stands before the first contrast clause and
    every judged clause comes after it.

    ``turns`` says per clause whether it opens with a contrast word; ``judged`` holds
    per clause (its span, whether it carries a judgement).

    Examples
    --------
    >>> s = "De stichting biedt respijtzorg, maar de wachtlijst groeit."
    >>> a, b = (0, 30), (31, len(s))
    >>> offered_before_turn(s, [False, True], [(a, False), (b, True)])
    True
    >>> offered_before_turn(s, [False, False], [(a, False), (b, True)])
    False
    """
    turn = next((i for i, t in enumerate(turns) if t and i), None)
    if turn is None or any(j for _, j in judged[:turn]):
        return False
    return any(offers(text, clause) for clause, _ in judged[:turn])
