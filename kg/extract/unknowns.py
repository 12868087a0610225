"""Not seeing whether it works: "we zien niet of mensen echt beter af zijn".

An indirect yes/no question (a clause opened by "of") after a denied verb of perceiving
("we zien niet of …", "merken niet of …") or set against what is known ("we weten
precies hoeveel …, maar niet of iemand er beter van is geworden") states no verdict on
what it asks: a good word in it ("beter") approves nothing. What the claim says is that
the effect cannot be seen, a lack of insight the speakers name (negative), as "het is de
vraag of …" says doubt (:mod:`kg.extract.questions`). A bare "weten niet of" is
uncertainty, no complaint, and "nog niet" defers the judgement (both left as they were).
Closed-class Dutch grammar: the complementiser "of", the negators and the verbs of
perceiving.
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract.wordtokens import words

#: Verbs of perceiving whose denial leaves an "of" open ("zien niet of", "merken niet of").
PERCEIVING = frozenset(
    {"zie", "ziet", "zien", "zag", "zagen", "merk", "merkt", "merken", "merkte", "merkten"}
)
_NEGATORS = frozenset({"niet", "geen", "nooit"})
_WORD_OF = itemgetter(2)


def unknown_whether(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether clause ``i`` of ``spans`` asks "of …" after a denied verb of perceiving or
    after "maar niet".

    Examples
    --------
    >>> s = "We zien niet of mensen beter af zijn."
    >>> unknown_whether(s, [(0, 12), (13, len(s))], 1)
    True
    >>> s = "Zij weten precies hoeveel, maar niet of het beter gaat."
    >>> unknown_whether(s, [(0, 25), (27, 36), (37, len(s))], 2)
    True
    >>> s = "Ambtenaren weten niet of het budget toereikend is."
    >>> unknown_whether(s, [(0, 25), (26, len(s))], 1)
    False
    >>> s = "Ouders vragen of de hulp beter kan."
    >>> unknown_whether(s, [(0, 13), (14, len(s))], 1)
    False
    """
    begin = spans[i][0]
    if i == 0 or text[begin : begin + 3].lower() != "of ":
        return False  # most clauses
    before = list(map(_WORD_OF, words(text, *spans[i - 1])))
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _NEGATORS), None)
    if at is None or at and before[at - 1] == "nog":
        return False  # nothing denied, or "nog niet": a judgement deferred
    if not PERCEIVING.isdisjoint(before):
        return True  # "we zien niet of …"
    return at == len(before) - 1 and at > 0 and before[at - 1] == "maar"  # "…, maar niet of …"
