"""Purpose clauses: what an aim acts on is not a state the claim describes.

"Het college zet wijkteams in, om de instroom in dure zorg af te remmen": the words of
difficulty inside "om … te …" name what the aim is to change, so they judge nothing
(:func:`kg.extract.tone.polarity`; a word of approval there is an aim already, through
:func:`kg.extract.negation.purpose`). General Dutch: "om … te" + infinitive is a
clause of purpose (ANS 10.4.3).
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract import negation as neg

_WORD_OF = itemgetter(2)


def in_order_to(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the word at ``start`` stands in a purpose clause "om … te …" of the clause.

    Examples
    --------
    >>> s = "Het college zet wijkteams in, om de instroom in dure zorg af te remmen."
    >>> in_order_to(s, (0, len(s)), s.index("dure"))
    True
    >>> s = "De zorg is te duur om te betalen."
    >>> in_order_to(s, (0, len(s)), s.index("duur"))
    False
    """
    before = list(map(_WORD_OF, neg.words(text, clause[0], start)))
    if "om" not in before:
        return False
    return "te" in map(_WORD_OF, neg.words(text, start, clause[1])) or before[-1:] == ["te"]
