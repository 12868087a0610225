"""Relations stated in a clause about a time that is over.

A clause fronted by "tot" and a past moment with its finite verb in the past tense
("Tot 2015 voerde A de schuldhulpverlening uit", "Tot 1 januari 2016 verzorgde X ook
…", "Tot voor kort werkte A samen met B") says what held until then and no longer: in
Dutch the fronted time phrase takes the verb right after it (verb second, ANS 21.2),
and "tot" with a past tense bounds the state at that moment. Such a relation has
ended, as one whose end the clause names ("beëindigd", :func:`kg.extract.relationforms.ended`),
and gives none. With a verb in the present tense the state still holds ("Tot 2018
loopt het contract met X": a relation that runs).

The clause ends at a semicolon, a colon or a new clause after a comma ("…; die taak
ligt nu bij Z": Z's relation stands).
"""

from __future__ import annotations

import re

from kg.extract.model import SentenceMention

__all__ = ["PAST_FRONT", "ended_in", "past_clause", "within"]

_F = re.IGNORECASE

#: "Tot" and a past moment (a year with an optional day, month or part of the year, or
#: "voor kort", "vorig jaar"), then the finite verb. Sentence-initial ("Tot" with a capital).
PAST_FRONT = re.compile(
    r"Tot\s+(?:en\s+met\s+)?(?:voor\s+kort|vorig\s+jaar|(?:(?:begin|eind|medio|half|halverwege)\s+)?"
    r"(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d\d)\s*,?\s+(?P<verb>[a-z]+)\b"
)
#: The finite past forms of the strong and irregular verbs a relation is stated with
#: (ANS 2.3.2); weak verbs take -de(n) / -te(n) and are read by their ending.
_STRONG_PAST = frozenset(
    {
        "was", "waren", "werd", "werden", "had", "hadden", "kon", "konden", "ging", "gingen",
        "deed", "deden", "kocht", "kochten", "bleef", "bleven", "lag", "lagen", "hield",
        "hielden", "nam", "namen", "gaf", "gaven", "zat", "zaten", "stond", "stonden", "viel",
        "vielen", "trok", "trokken", "sloot", "sloten", "bood", "boden", "liep", "liepen",
        "verliep", "verliepen", "zorgde", "zorgden", "droeg", "droegen", "kreeg", "kregen",
    }
)  # fmt: skip
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:maar|terwijl|en\s+nu|sindsdien|inmiddels)\b", _F)


def _past(verb: str) -> bool:
    """Whether ``verb`` is a finite past form.

    Examples
    --------
    >>> [_past(v) for v in ("voerde", "verzorgden", "werkte", "werd", "loopt", "is", "heeft")]
    [True, True, True, True, False, False, False]
    """
    return verb in _STRONG_PAST or (len(verb) > 4 and verb.endswith(("de", "te", "den", "ten")))


def past_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the clause of ``text[start:end]`` (one sentence) fronted by "tot" and a
    past moment with a past finite verb, or None.

    Examples
    --------
    >>> s = "Tot 2015 voerde A de taak samen met B uit; die samenwerking is beëindigd."
    >>> span = past_clause(s, 0, len(s))
    >>> s[slice(*span)]
    'Tot 2015 voerde A de taak samen met B uit'
    >>> past_clause("Tot 2018 loopt het contract met X.", 0, 34) is None
    True
    >>> past_clause("Sinds 2015 werkt A samen met B.", 0, 31) is None
    True
    """
    while start < end and text[start].isspace():
        start += 1
    if not text.startswith("Tot ", start):  # the cheap test: most sentences stop here
        return None
    m = PAST_FRONT.match(text, start, end)
    if m is None or not _past(m.group("verb")):
        return None
    stop = _CLAUSE_END.search(text, m.end(), end)
    return start, stop.start() if stop else end


def within(span: tuple[int, int], positions: list[tuple[int, int]]) -> bool:
    """Whether every one of ``positions`` (at least one) lies inside ``span``.

    Examples
    --------
    >>> within((0, 40), [(4, 10), (20, 25)]), within((0, 40), [(4, 10), (50, 55)])
    (True, False)
    >>> within((0, 40), [])
    False
    """
    return bool(positions) and all(span[0] <= s and e <= span[1] for s, e in positions)


def ended_in(
    span: tuple[int, int], parties: list[SentenceMention], entities: tuple[str, ...]
) -> bool:
    """Whether the parties of ``entities`` the sentence names (at least one) are all named
    inside ``span``: a relation between them is stated in the clause about the past.

    Examples
    --------
    >>> a = SentenceMention("m/a", "municipality", 15, 16, "A", 0)
    >>> b = SentenceMention("m/b", "municipality", 36, 37, "B", 0)
    >>> ended_in((0, 41), [a, b], ("m/a", "m/b")), ended_in((0, 20), [a, b], ("m/a", "m/b"))
    (True, False)
    >>> ended_in((0, 41), [a, b], ("m/own", "m/c"))
    False
    """
    return within(span, [(p.start, p.end) for p in parties if p.entity in entities])
