"""Losses: a clause that denies a loss ("er gingen geen banen verloren"), states one, cuts back.

A negation with no judgement word reads as a shortfall ("werd niet gehonoreerd",
:func:`kg.extract.negation.bare_negation`). When what it negates is a loss,
something missing or something that failed to come (:data:`kg.extract.implied._LOSS`:
"verloren", "kwijt", "ontbreekt", "bleef uit"), the clause denies a bad thing:
"er gingen geen banen verloren", "niemand raakte zijn uitkering kwijt", "het
ontbreekt niet aan vrijwilligers" state no shortfall. A loss stated with no
judgement word ("er gingen banen verloren", "veel kennis is verdwenen") is
negative (:func:`kg.extract.cueless.cueless`, by :func:`kg.extract.implied.lost`).
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


#: Participles and finite forms of cutting back a service or a budget ("is afgebouwd",
#: "teruggebracht naar twee uur"): general Dutch verbs of reducing and ending ("verlaagd" is
#: left out: a lowered price or tariff is no cut of the service; "kort" is also "short").
CUT_BACK = frozenset(
    {"teruggebracht", "terugbrengen", "brengt", "verminderd", "afgebouwd", "afbouwen",
     "bouwt", "ingeperkt", "inperken", "gekort", "korten", "geschrapt",
     "schrappen", "wegbezuinigd", "versoberd", "versoberen", "stopgezet", "beëindigd",
     "afgeschaft", "afschaffen"}
)  # fmt: skip
#: Particles of the split finite forms ("brengt … terug", "bouwt … af").
_PARTICLES = {"brengt": "terug", "bouwt": "af"}


def cut_back(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says something is cut back ("de hulp is teruggebracht").

    Said of a service named as the subject of a problem ("huishoudelijke hulp"),
    a cut is a lack of it, as "weinig" or "geen" before it is. A negated cut
    ("is niet gekort") is none.

    Examples
    --------
    >>> s = "De huishoudelijke hulp is teruggebracht naar twee uur."
    >>> cut_back(s, (0, len(s)))
    True
    >>> s = "De gemeente bouwt de dagbesteding af."
    >>> cut_back(s, (0, len(s)))
    True
    >>> s = "De huishoudelijke hulp is niet gekort."
    >>> cut_back(s, (0, len(s)))
    False
    >>> s = "De gemeente brengt de hulp naar de wijk."
    >>> cut_back(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    hits = [i for i, w in enumerate(found) if w in CUT_BACK]
    if not hits or not _DENYING.isdisjoint(found[: hits[0]]):
        return False
    w = found[hits[0]]
    return w not in _PARTICLES or _PARTICLES[w] in found[hits[0] + 1 :]


def cut_denied(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause negates a cut it names ("besloten de hulp niet te schrappen").

    Like a loss denied, a cut denied is no shortfall: the negation keeps a service.

    Examples
    --------
    >>> s = "De gemeente heeft besloten de huishoudelijke hulp niet te schrappen."
    >>> cut_denied(s, (0, len(s)))
    True
    >>> s = "De huishoudelijke hulp is teruggebracht naar twee uur."
    >>> cut_denied(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    hits = [i for i, w in enumerate(found) if w in CUT_BACK]
    return bool(hits) and not _DENYING.isdisjoint(found[: hits[0]])
