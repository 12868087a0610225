"""Offers: a service provided, set against a shortfall by a contrast word, makes a claim mixed.

"De stichting biedt respijtzorg, maar het aantal vrijwilligers daarvoor is gedaald" and
"daklozen kunnen terecht in de nachtopvang, maar die zit in de winter vol" grant that
help is there before the turn: a claim whose only judgements come after a contrast word
and are negative, with an offer (``kg/data/offer-verbs.toml``: "bieden", "kunnen
terecht") in an unjudged clause before it, weighs both sides. A negated offer ("biedt
geen respijtzorg") grants nothing.

The same holds for an effort or arrangement made ("proberen", "trachten", "pogen",
"organiseren", "investeren": "de griffier organiseert een bijeenkomst, maar de reistijd
…"), and for an intention ("willen") where the same subject goes on after the contrast
word with its own reservation ("de corporaties willen bouwen, maar zeggen dat …"); an
intention followed by another subject ("wil integraal werken, maar dat komt niet van
de grond") is a plan that fell short and stays negative. A financial cushion stated
("een klein overschot op de Wmo, maar het tekort op de jeugdhulp groeit") is granted
where another subject follows the contrast word.

The other order reads the same: a shortfall stated first and an offer or a cushion
stated after the contrast word with no judgement of its own ("rekent op een krappe
begroting, maar een buffer is er nog", "de wachtlijst groeit, maar de stichting biedt
respijtzorg") grants the help or the reserve against the shortfall (:func:`offered_after_turn`).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.negation import NEGATORS
from kg.extract.stillfornow import still_for_now
from kg.extract.usedup import used_up
from kg.extract.wordtokens import words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "offer-verbs.toml"


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items()}


def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of offering, forms of "kunnen" that go with "terecht") from the data file.

    Examples
    --------
    >>> verbs, can = vocabulary()
    >>> "biedt" in verbs, "kunnen" in can
    (True, True)
    """
    data = _data()
    return data["verbs"], data["terecht"]


def offers(text: str, clause: tuple[int, int], same_subject: bool = False) -> bool:
    """Whether the clause states an offer of help or an effort, not negated; with
    ``same_subject`` (the clause after the turn goes on with the same subject) also an
    intention, without it also a financial cushion (a surplus, a reserve).

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
    >>> s = "De raad wil op hoofdlijnen sturen"
    >>> offers(s, (0, len(s))), offers(s, (0, len(s)), same_subject=True)
    (False, True)
    >>> s = "Op de Wmo is een klein overschot"
    >>> offers(s, (0, len(s))), offers(s, (0, len(s)), same_subject=True)
    (True, False)
    """
    found = [w.lower() for _, _, w in words(text, *clause)]
    if not NEGATORS.isdisjoint(found):
        return False
    verbs, can = vocabulary()
    if not verbs.isdisjoint(found):
        return True
    if "terecht" in found and not can.isdisjoint(found):
        return True
    intends = not _data()["intending"].isdisjoint(found)
    if same_subject or intends:
        # an intention granted before the same subject's reservation; a plan for a
        # cushion ("wil de reserve inzetten, maar …") grants no cushion
        return same_subject and intends
    return not _data()["cushions"].isdisjoint(found)


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
    >>> s = "De stichting biedt respijtzorg met nog maar twee vrijwilligers."
    >>> a, b = (0, 39), (39, len(s))
    >>> offered_before_turn(s, [False, True], [(a, False), (b, True)])
    False
    """
    turn = next((i for i, t in enumerate(turns) if t and i), None)
    if turn is None or any(j for _, j in judged[:turn]):
        return False
    opening = judged[turn][0][0]
    if text[max(0, opening - 8) : opening].lower().split()[-1:] == ["nog"]:
        return False  # "nog maar € 3 miljoen": the focus particle "only", no contrast
    same = elided_subject(text, judged[turn][0])
    return any(offers(text, clause, same) for clause, _ in judged[:turn])


def elided_subject(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause, opened by its contrast word, goes on with a verb (the subject
    of the clause before it, left out) rather than a subject of its own.

    Examples
    --------
    >>> s = "maar wijzen erop dat de wachttijd oploopt"
    >>> elided_subject(s, (0, len(s)))
    True
    >>> s = "maar werden toch gebeld"
    >>> elided_subject(s, (0, len(s)))
    True
    >>> s = "maar dat komt nog niet van de grond"
    >>> elided_subject(s, (0, len(s)))
    False
    >>> s = "maar Den Haag kort"
    >>> elided_subject(s, (0, len(s)))
    False
    """
    data = _data()
    for begin, _, word in words(text, *clause)[1:]:
        if word in data["particles"]:
            continue
        return text[begin].islower() and word.isalpha() and word not in data["openers"]
    return False


def offered_around_turn(
    text: str, turns: list[bool], judged: list[tuple[tuple[int, int], bool]]
) -> bool:
    """Whether help or a cushion is granted before the turn to a shortfall
    (:func:`offered_before_turn`) or after the turn from one (:func:`offered_after_turn`),
    or a state granted as still holding before a turn to its end
    (:func:`kg.extract.stillfornow.still_for_now`: "dekt de kosten nog, maar niet lang meer").

    Examples
    --------
    >>> s = "De begroting is krap, maar er is nog een buffer."
    >>> offered_around_turn(s, [False, True], [((0, 20), True), ((22, len(s)), False)])
    True
    """
    return (
        offered_before_turn(text, turns, judged)
        or offered_after_turn(text, turns, judged)
        or still_for_now(text, turns, judged)  # "dekt de kosten nog, maar niet lang meer"
    )


def offered_after_turn(
    text: str, turns: list[bool], judged: list[tuple[tuple[int, int], bool]]
) -> bool:
    """Whether every judged clause stands before the first contrast clause and an unjudged
    clause from that contrast clause on states an offer of help, an effort or a cushion
    (:func:`offers`, no intention): the good granted after the shortfall.

    ``turns`` says per clause whether it opens with a contrast word; ``judged`` holds
    per clause (its span, whether it carries a judgement).

    Examples
    --------
    >>> s = "De begroting is krap, maar er is nog een buffer."
    >>> a, b = (0, 20), (22, len(s))
    >>> offered_after_turn(s, [False, True], [(a, True), (b, False)])
    True
    >>> offered_after_turn(s, [False, False], [(a, True), (b, False)])
    False
    >>> s = "De begroting is krap, maar er is geen buffer."
    >>> offered_after_turn(s, [False, True], [(a, True), (b, False)])
    False
    >>> s = "Het tekort groeit, maar de gemeente wil een reserve vormen."
    >>> offered_after_turn(s, [False, True], [((0, 17), True), ((19, len(s)), False)])
    False
    >>> s = "Het tekort groeit, maar de reserve is op."
    >>> offered_after_turn(s, [False, True], [((0, 17), True), ((19, len(s)), False)])
    False
    """
    turn = next((i for i, t in enumerate(turns) if t and i), None)
    if turn is None or any(j for _, j in judged[turn:]):
        return False
    opening = judged[turn][0][0]
    if text[max(0, opening - 8) : opening].lower().split()[-1:] == ["nog"]:
        return False  # "nog maar € 3 miljoen": the focus particle "only", no contrast
    # a cushion said to be used up ("maar de reserve is op") is no good granted
    return any(offers(text, clause) and not used_up(text, *clause) for clause, _ in judged[turn:])
