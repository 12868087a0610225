"""Quotation marks: whether a sentence opens a quotation it does not close.

Dutch prints quotations between double quotes (“…”, „…”), guillemets («…») or single
quotes (‘…’, also the typewriter's '…'). A quotation of several sentences is one claim
(the annotation guideline), so :func:`kg.extract.claims.segment` asks of each sentence
whether it leaves a quotation open (:func:`open_quote`) and of the next whether it
closes it. The single marks double as the apostrophe ("risico’s", "auto's"): a single
mark opens only at the start of a word (after a space, a bracket or the sentence's
start) and closes only after a word or a stop, before no letter.
"""

from __future__ import annotations

import re

__all__ = ["open_quote", "closes"]

#: Pairs of marks that are never apostrophes: opening, closing.
_PAIRS = (("“", "”"), ("„", "”"), ("«", "»"))
#: Single marks: where they open a quotation and where they close one.
_SINGLE = (
    (re.compile(r"(?:^|(?<=[\s(\[:]))‘(?=\w)"), re.compile(r"(?<=[\w.,!?…])’(?!\w)")),
    (re.compile(r"(?:^|(?<=[\s(\[:]))'(?=\w)"), re.compile(r"(?<=[\w.,!?…])'(?!\w)")),
)


def open_quote(text: str) -> int | None:
    """Which kind of quotation ``text`` (one sentence) opens and leaves open: an index for
    :func:`closes`, or None.

    Examples
    --------
    >>> open_quote("‘We hebben niet gewacht.")
    3
    >>> open_quote("‘Wij dragen ook de grootste risico’s.’") is None
    True
    >>> open_quote("'We hebben de boot drijvende gehouden.")
    4
    >>> open_quote("Het gaat om auto's en risico's.") is None
    True
    >>> open_quote("Zij zeggen: “we kennen de mensen.")
    0
    """
    for k, (o, c) in enumerate(_PAIRS):
        if o in text and text.count(o) > text.count(c):
            return k
    for k, (opens, shuts) in enumerate(_SINGLE, len(_PAIRS)):
        opened = len(opens.findall(text))
        if opened and opened > len(shuts.findall(text)):
            return k
    return None


def closes(kind: int, text: str) -> bool:
    """Whether ``text`` (the next sentence) holds a closing mark of the ``kind`` left open.

    Examples
    --------
    >>> closes(3, "Daardoor stonden de teams er op 1 januari.’"), closes(3, "Het is zo.")
    (True, False)
    >>> closes(4, "Koers zetten doen we nu pas.'"), closes(0, "Dan dat.”")
    (True, True)
    """
    if kind < len(_PAIRS):
        return _PAIRS[kind][1] in text
    return _SINGLE[kind - len(_PAIRS)][1].search(text) is not None
