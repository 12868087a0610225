"""Examples followed: a practice others follow, or want to follow, is approved of.

"Raalte plaatste een praktijkondersteuner bij elke praktijk, een voorbeeld dat Zwolle
wil volgen", "Kampen volgt het voorbeeld van Dalfsen", "het voorbeeld van de wijkteams
werd door de buurgemeenten gevolgd": to follow an example (Van Dale "een voorbeeld
volgen": handelen zoals een ander heeft gedaan) is to take it as a model, a judgement of
it as good. So is holding it up as a model to others ("als voorbeeld voor de regio",
"een voorbeeld voor andere gemeenten"); "als voorbeeld" or "bijvoorbeeld" alone
introduce an instance ("for example") and judge nothing.

The form: the noun "voorbeeld" and, after it in the same sentence within
:data:`_REACH` words, a form of "volgen" or "navolgen" (a relative clause, a passive or
the verb before the noun: "volgt het voorbeeld"), or "voorbeeld voor" and a group of
others. Negation is left to the tone's scope rules ("wil dat voorbeeld niet volgen").
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.toneframes import Cue

#: The forms of "volgen" and "navolgen" (general Dutch).
_FOLLOW = frozenset(
    {"volgen", "volgt", "volg", "volgde", "volgden", "gevolgd", "navolgen", "navolgt",
     "navolgde", "navolgden", "nagevolgd"}
)  # fmt: skip
#: Words after "voorbeeld voor" that name others to whom a model is held up.
_OTHERS = frozenset(
    {"andere", "anderen", "de", "het", "heel", "alle", "omliggende", "buurgemeenten"}
)  # fmt: skip
#: The heads after "voorbeeld voor de/het …" that name others (a region, the country).
_GROUPS = frozenset({"regio", "land", "provincie", "rest", "gemeenten", "buurgemeenten"})
#: Most words between "voorbeeld" and a form of "volgen" after it ("een voorbeeld dat
#: Zwolle in 2016 wil volgen").
_REACH = 8


def followed(text: str, start: int, end: int) -> list[Cue]:
    """A positive cue at "voorbeeld" where ``text[start:end]`` says an example is (to be)
    followed or held up as a model to others.

    Examples
    --------
    >>> s = "Raalte plaatste een ondersteuner, een voorbeeld dat Zwolle in 2016 wil volgen."
    >>> [s[c.start : c.end] for c in followed(s, 0, len(s))]
    ['voorbeeld']
    >>> s = "De wethouder ziet de wijkteams als voorbeeld voor de regio."
    >>> [s[c.start : c.end] for c in followed(s, 0, len(s))]
    ['voorbeeld']
    >>> s = "Een voorbeeld is de pilot in Noord; daarna volgt de evaluatie."
    >>> followed(s, 0, len(s))
    []
    """
    if text.find("voorbeeld", start, end) < 0:
        return []  # most claims: one string find
    words = neg.words(text, start, end)
    names = [w.lower() for _a, _b, w in words]
    found = []
    for i, name in enumerate(names):
        if name != "voorbeeld":
            continue
        before = names[max(0, i - 3) : i]
        semicolon = text.find(";", words[i][1], end)  # a new statement after it
        limit = end if semicolon < 0 else semicolon
        after = [
            n
            for (a, _b, _w), n in zip(words[i + 1 : i + 1 + _REACH], names[i + 1 :], strict=False)
            if a < limit
        ]
        if (
            not _FOLLOW.isdisjoint(before)
            or not _FOLLOW.isdisjoint(after)
            or _held_up(names[i + 1 : i + 5])
        ):
            found.append(Cue(words[i][0], words[i][1], 1))
    return found


def _held_up(after: list[str]) -> bool:
    """Whether the words after "voorbeeld" hold it up to others ("voor de regio",
    "voor andere gemeenten").

    Examples
    --------
    >>> _held_up(["voor", "de", "regio"]), _held_up(["voor", "de", "aanpak"])
    (True, False)
    """
    if after[:1] != ["voor"] or len(after) < 2:
        return False
    if after[1] in {"andere", "anderen", "omliggende", "buurgemeenten", "heel", "alle"}:
        return True
    return after[1] in _OTHERS and len(after) > 2 and after[2] in _GROUPS
