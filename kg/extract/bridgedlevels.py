"""A quantity and its change in different clauses of one sentence: the change judges it.

:func:`kg.extract.direction.judged_levels` pairs a quantity judged by its level
(``kg/data/quantity-direction.toml``) with a direction word of its own clause. Dutch
often puts the change in another clause, in two general ways:

- an apposition that names the change of the figure before it: "het loket telde 640
  meldingen, een toename van 12%" (``een`` + a noun of change);
- a relative clause between the subject and its verb: "het aantal meldingen bij het
  steunpunt, dat in 2015 opende, steeg tot 300" (the clause after the relative clause
  opens with the finite verb of change).

The change then judges the quantity as it would in one clause: a bad quantity rising is
negative, falling positive, and a good one the other way round. A negated change ("steeg
niet") and a clause naming a quantity of its own are left to the other rules. Dutch
grammar (apposition, the relative clause inside the subject) and the direction words of
``kg/data/quantity-direction.toml``.
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.direction import quantity_sign
from kg.extract.toneframes import Cue

#: Nouns of change an apposition opens with ("een toename van 15%"): +1 a rise, -1 a fall.
_CHANGE_NOUNS = {
    "toename": 1, "stijging": 1, "groei": 1, "verdubbeling": 1,
    "afname": -1, "daling": -1, "halvering": -1,
}  # fmt: skip
#: Finite verbs of change a clause after a relative clause opens with ("…, steeg van …").
_CHANGE_VERBS = {
    "steeg": 1, "stegen": 1, "stijgt": 1, "stijgen": 1, "groeide": 1, "groeiden": 1,
    "groeit": 1, "verdubbelde": 1, "verdubbelden": 1, "daalde": -1, "daalden": -1,
    "daalt": -1, "dalen": -1, "halveerde": -1, "halveerden": -1,
}  # fmt: skip
#: Words that open a relative clause inside a subject.
_RELATIVES = frozenset({"die", "dat", "waar", "waarin", "waarbij", "wat", "welke"})
#: The words one of which a claim of a bridged change holds (for a word gate).
CHANGE_WORDS = frozenset(_CHANGE_NOUNS) | frozenset(_CHANGE_VERBS)


def _change(words: list[str]) -> tuple[int, int]:
    """(index, sign) of the change a clause opens with (an apposition's noun or a finite
    verb), else (-1, 0)."""
    if len(words) > 1 and words[0] == "een" and words[1] in _CHANGE_NOUNS:
        return 1, _CHANGE_NOUNS[words[1]]
    if words and words[0] in _CHANGE_VERBS:
        return 0, _CHANGE_VERBS[words[0]]
    return -1, 0


def bridged(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """``cues`` and a cue for each change that judges a quantity of an earlier clause
    (asked only of a claim that holds one of :data:`CHANGE_WORDS`).

    Examples
    --------
    >>> s = "Het loket telde 640 meldingen, een toename van 12%."
    >>> [(s[c.start : c.end], c.sign) for c in bridged(s, 0, len(s), [])]
    [('toename', -1)]
    >>> s = "Het aantal werklozen, dat in 2014 nog hoog was, daalde tot 300."
    >>> [(s[c.start : c.end], c.sign) for c in bridged(s, 0, len(s), [])]
    [('daalde', 1)]
    >>> s = "De gemeente telde 640 inwoners, een toename van 12%."
    >>> bridged(s, 0, len(s), [])
    []
    """
    spans = neg.clauses(text, start, end)
    opening = [_change([w for _a, _b, w in neg.words(text, *c)[:2]])[1] for c in spans[1:]]
    if not any(opening):
        return cues  # no clause after the first opens with a change (most claims left)
    quantity = 0  # the sign of the last quantity named before the clause at hand
    relative = False  # a relative clause stands between that quantity and the clause
    found = list(cues)
    for clause in spans:
        tokens = neg.words(text, *clause)
        words = [w for _a, _b, w in tokens]
        at, change = _change(words)
        own = next((s for w in words if (s := quantity_sign(w))), 0)
        # an apposition after the quantity's clause, or a verb after a relative clause
        placed = (at == 0) == relative
        if change and quantity and not own and placed and neg.NEGATORS.isdisjoint(words):
            a, b, _w = tokens[at]
            found.append(Cue(a, b, quantity * change))
        if own:
            quantity, relative = own, False
        elif words and words[0] in _RELATIVES:
            relative = bool(quantity)
        else:
            quantity = quantity if at == 1 else 0
            relative = False
    return found
