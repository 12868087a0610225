"""A problem said to be at a low level or to occur seldom: good news about it.

Two general Dutch ways of saying there is little of something follow its name rather
than stand before it (as "weinig schulden" does, read by
:func:`kg.extract.denials.little_or_none`):

- a quantity of the problem at a low level: "het aantal thuiszitters is laag", "noemt
  het aandeel schoolverlaters laag" (a quantity noun before the problem, a word of a low
  level after it, no negator between);
- the problem occurring seldom, the separable verb "voorkomen" with an adverb of low
  frequency: "schooluitval komt zelden voor", "huisuitzettingen kwamen nauwelijks voor".

A problem of lack ("te weinig beschut werk") at a low level is no good news, and is
left to the other rules. Closed-class Dutch grammar: the quantity nouns of a count or
share, the adjective "laag" and the adverbs of low frequency (ANS, "bijwoorden van
frequentie"), and the forms of "komen" that "voor" completes.
"""

from __future__ import annotations

import re

from kg.extract import denials
from kg.extract import negation as neg
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import words

#: Nouns that name a quantity of what follows them ("het aantal", "het aandeel").
_QUANTITY_NOUNS = frozenset(
    {"aantal", "aandeel", "percentage", "niveau", "omvang", "mate", "hoeveelheid"}
)
#: Words of a low level after the quantity ("is laag", "ligt laag").
_LOW = frozenset({"laag", "gering"})  # "beperkt" is a tone cue of its own
#: Adverbs of low frequency with "voorkomen" ("komt weinig voor").
_SELDOM = frozenset({"weinig", "zelden", "nauwelijks", "sporadisch", "amper"})
#: The forms of "komen" whose particle "voor" makes "voorkomen" (to occur).
_COME = frozenset({"komt", "komen", "kwam", "kwamen"})
#: Negators that turn a low level round ("niet laag"); "nauwelijks" is itself one of low
#: frequency.
_NOT_LOW = neg.NEGATORS - _SELDOM
#: The words one of which a clause of a low level holds (for a word gate).
LOW_WORDS = _LOW | _SELDOM
#: Any of :data:`LOW_WORDS` in the text (one search, before the clause's words are read).
_LOW_STEMS = re.compile("|".join(sorted(LOW_WORDS)), re.IGNORECASE)


def low_level(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the clause says the problem named at ``start:end`` is at a low level or
    seldom occurs.

    Examples
    --------
    >>> s = "Het aantal thuiszitters is laag."
    >>> low_level(s, (0, len(s)), s.index("thuiszitters"), s.index(" is"))
    True
    >>> s = "Huisuitzettingen komen in de gemeente nauwelijks voor."
    >>> low_level(s, (0, len(s)), 0, s.index(" komen"))
    True
    >>> s = "Het aantal thuiszitters is niet laag."
    >>> low_level(s, (0, len(s)), s.index("thuiszitters"), s.index(" is"))
    False
    >>> s = "Thuiszitters zijn moeilijk te bereiken voor een laag tarief."
    >>> low_level(s, (0, len(s)), 0, s.index(" zijn"))
    False
    """
    before = [w for _a, _b, w in words(text, clause[0], start)]
    after = [w for _a, _b, w in words(text, end, clause[1])]
    if not _NOT_LOW.isdisjoint(after):
        return False  # "is niet laag", "komt niet weinig voor"
    if not _QUANTITY_NOUNS.isdisjoint(before[-3:]) and len(after) <= 6 and _LOW & set(after):
        return True  # "het aantal X is (met 2%) laag"
    return (
        len(after) >= 3
        and after[-1] == "voor"
        and after[0] in _COME
        and not _SELDOM.isdisjoint(after[1:-1])
    )  # "X komt weinig voor"


def little(text: str, clause: tuple[int, int], cue: Cue, may: int) -> bool:
    """Whether the clause says there is little or none of the problem ``cue``: before its
    name or as none ("weinig schulden", "speelt geen rol":
    :func:`kg.extract.denials.little_or_none`, ``may`` the clause's word bits there) or as
    a low level after it (:func:`low_level`, asked only of a clause holding one of
    :data:`LOW_WORDS`).

    Examples
    --------
    >>> s = "Schooluitval komt zelden voor."
    >>> little(s, (0, len(s)), Cue(0, 12, -1, problem=True), 0)
    True
    """
    if denials.little_or_none(text, clause, cue, may):
        return True
    if cue.lack or _LOW_STEMS.search(text, cue.end, clause[1]) is None:
        return False  # a problem of lack, or no word of a low level after the problem
    return low_level(text, clause, cue.start, cue.end)
