"""Losses: a clause that denies a loss ("er gingen geen banen verloren") or states one.

A negation with no judgement word reads as a shortfall ("werd niet gehonoreerd",
:func:`kg.extract.negation.bare_negation`). When what it negates is a loss,
something missing or something that failed to come (:data:`kg.extract.implied._LOSS`:
"verloren", "kwijt", "ontbreekt", "bleef uit"), the clause denies a bad thing:
"er gingen geen banen verloren", "niemand raakte zijn uitkering kwijt", "het
ontbreekt niet aan vrijwilligers" state no shortfall. A loss stated with no
judgement word ("er gingen banen verloren", "veel kennis is verdwenen") is
negative (:func:`kg.extract.tone._cueless`, by :func:`kg.extract.implied.lost`).
"""

from __future__ import annotations

from kg.extract import implied
from kg.extract import negation as neg
from kg.extract.prefixscan import finditer

#: The negators that deny a loss after them ("zonder" names a cause instead).
_DENYING = neg.NEGATORS - {"zonder", "onvoldoende"}


def loss_denied(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause negates a loss it states ("er gingen geen banen verloren").

    Examples
    --------
    >>> s = "Er gingen geen banen verloren."
    >>> loss_denied(s, (0, len(s)))
    True
    >>> s = "Niemand raakte zijn uitkering kwijt."
    >>> loss_denied(s, (0, len(s)))
    True
    >>> s = "Het overzicht raakte verloren."
    >>> loss_denied(s, (0, len(s)))
    False
    >>> s = "De aanvraag werd niet gehonoreerd."
    >>> loss_denied(s, (0, len(s)))
    False
    """
    if not finditer(implied._LOSS, text, *clause):
        return False
    return not _DENYING.isdisjoint(w for _, _, w in neg.words(text, *clause))
