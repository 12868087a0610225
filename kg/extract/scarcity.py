"""Scarcity: a clause that says there is little of something ("weinig", "amper", "maar twee").

A place or service that is full ("de nachtopvang zit vol") has no room left, a shortfall
of places. Little of something is a shortfall, not a verdict word: "er lopen weinig trajecten naar
werk" says the present falls short. Not so a frequency ("komt weinig voor"), little of an
unwanted thing ("weinig klachten": :data:`kg.extract.denials.UNWANTED`, good news), how
much is said ("er wordt weinig over gezegd") or needing only a little ("hoeven maar één
keer hun verhaal te doen"). Split out of :mod:`kg.extract.implied` (at its line cap).
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.denials import UNWANTED

#: Quantifiers of scarcity ("weinig trajecten", "amper plekken").
SCARCE = frozenset({"weinig", "amper"})
#: The words one of which a clause must hold for :func:`scarce` to find anything
#: (callers may skip it without one): the quantifiers and "maar" of "maar drie".
SCARCE_WORDS = SCARCE | {"maar", "vol"}
#: Verbs with which "vol" closing a clause says a place or service is full ("de nachtopvang
#: zit in de winter vol", "de dagbesteding is vol"): no room left, a shortfall of places.
_FULL_VERBS = frozenset(
    {"zit", "zitten", "zat", "zaten", "is", "zijn", "was", "waren", "raakt", "raken", "raakte",
     "raakten", "loopt", "lopen", "liep", "liepen", "geraakt"}
)  # fmt: skip


def scarce(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says there is little of something ("weinig", "amper", "maar twee").

    "Komt weinig voor" says how often something occurs, not that there is too
    little of it: a frequency, no shortfall.

    Examples
    --------
    >>> s = "Er lopen weinig trajecten naar werk."
    >>> scarce(s, (0, len(s)))
    True
    >>> s = "Langdurige trajecten komen weinig voor."
    >>> scarce(s, (0, len(s)))
    False
    >>> s = "Op de avond kwamen maar drie inwoners af."
    >>> scarce(s, (0, len(s)))
    True
    >>> s = "De dagbesteding zit in de winter vol."
    >>> scarce(s, (0, len(s))), scarce("Het blijft vol verrassingen.", (0, 28))
    (True, False)
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    if found[-1:] == ["vol"] and not _FULL_VERBS.isdisjoint(found[:-1]):
        return True  # "de nachtopvang zit in de winter regelmatig vol": no room left
    for i, w in enumerate(found):
        if (
            w in SCARCE
            and UNWANTED.isdisjoint(found[i + 1 : i + 3])
            and not (found[i + 1 : i + 2] == ["voor"] and _COME & set(found[:i]))
            and _SAID.isdisjoint(found[i + 1 : i + 3])
        ):
            return True  # not "komt weinig voor" (how often), nor "weinig klachten" (good news)
        if w == "maar" and _few(found[i + 1 : i + 3]) and _after_a_word(text, clause, i, found):
            # "er kwamen maar drie inwoners": "maar" + a count is "only"; "hoeven maar één
            # keer" is needing only that little (a clause cut at "maar": the words before it)
            near = neg.words(text, max(0, clause[0] - 60), clause[0])[-5:] if not i else []
            return _NEED_ONLY.isdisjoint(found) and _NEED_ONLY.isdisjoint(w for *_, w in near)
    return False


def _after_a_word(text: str, clause: tuple[int, int], i: int, found: list[str]) -> bool:
    """Whether the clause's word ``i`` follows a word, not a comma or a sentence's start.

    "Maar" opens a clause as the conjunction "but"; right after a verb, with no
    comma between ("er zijn maar twee plekken"), it is the adverb "only".
    """
    if i:
        return True
    before = text[: clause[0]].rstrip()
    return bool(before) and (before[-1].isalpha() or before[-1].isdigit())


#: Small counts in words: after "maar" they say "only so many".
_FEW = frozenset({"één", "twee", "drie", "vier", "vijf", "zes", "enkele", "weinig"})


def _few(following: list[str]) -> bool:
    """Whether the words after "maar" open with a count ("maar twee", "maar een paar").

    Examples
    --------
    >>> _few(["drie", "inwoners"]), _few(["een", "paar"]), _few(["een", "voorbeeld"])
    (True, True, False)
    """
    if not following:
        return False
    first = following[0]
    if first == "een":
        return following[1:2] in (["paar"], ["handvol"], ["enkele"])
    return first in _FEW or first.isdigit()


#: Forms of "voorkomen" split in a main clause ("komt weinig voor"): how often, not how much.
_COME = frozenset({"komt", "komen", "kwam", "kwamen"})
#: Forms of "hoeven": "hoeven maar één keer te …" needs only that little, no shortfall.
_NEED_ONLY = frozenset({"hoeft", "hoeven", "hoefde", "hoefden"})
#: Participles of saying: "er wordt weinig over gezegd" reports how much is said, no shortfall.
_SAID = frozenset({"gezegd", "gesproken", "geschreven", "vermeld", "verteld", "genoemd"})
