"""A reserve used up: "De reserve bedroeg nog € 2 miljoen en is binnen twee jaar uitgeput."

:mod:`kg.extract.spentreserves` reads a reserve that is "op" after a time or a degree;
the rules of ``kg/data/problem-clauses.toml`` read a reserve with "uitgeput" (or
"opgebruikt", "leeg") at most eight words after it. The same participles and
adjectives of a reserve spent to the end say the same of a reserve far before them in
its clause, as long as no conjunction opens a new clause between ("bedroeg eind 2015 nog
€ 2,3 miljoen en is naar verwachting binnen twee jaar uitgeput": "en" joins two
predicates of one subject), and of a reserve the sentence before ends on, taken up by a
demonstrative subject ("… in een reserve sociaal domein. Die is binnen twee jaar
uitgeput."; "Die werd gevormd uit het overschot, maar is binnen twee jaar uitgeput": the
predicate after "maar" has no subject of its own, so it shares "Die"). Either is the
taxonomy's ``problem/budget-overrun``: the deficits the reserve is spent on (the words of
municipal accounts, "uitputting van de reserve"; tests/gold/README.md, thirty-eighth
session's settlement, point 4). A negated predicate ("is nog lang niet uitgeput") says
the opposite.
"""

from __future__ import annotations

import re

__all__ = ["exhausted_reserve"]

#: The participles and adjectives of a reserve spent to the end (lower case): a plain
#: test of the claim's words before any pattern.
USED_UP: frozenset[str] = frozenset({"uitgeput", "opgebruikt", "opgesoupeerd", "leeg"})
_USED_UP = r"(?:uitgeput|opgebruikt|opgesoupeerd|leeg)"
#: Reserve nouns (lower case).
_NOUNS = frozenset({"reserve", "reserves", "reservepositie", "buffer", "buffers"})
_NOUN = r"(?:reserves?|reservepositie|buffers?)"
_CONJUNCTIONS = r"(?:maar|terwijl|omdat|want|doordat|hoewel|zodat|als|wanneer|dat|die|waarvan)"
_NEGATION = re.compile(r"\b(?:niet|nooit|geen)\b", re.IGNORECASE)
#: The reserve, at most 24 words of its clause, and the predicate that ends it.
_FAR = re.compile(
    rf"\b(?P<subject>{_NOUN})\b(?:\s+(?!{_CONJUNCTIONS}\b)[^\s;:?!]+){{0,24}}?\s+"
    rf"(?P<predicate>{_USED_UP})(?=\s*(?:[.;,:!?)]|$)|\s+(?:als|wanneer|indien|zodra)\b)",
    re.IGNORECASE,
)
#: A claim that opens on a demonstrative subject, and the predicate of it further on.
_TAKEN_UP = re.compile(
    rf"(?P<subject>Die|Deze)\s+[^.;:?!]{{0,160}}?\b(?P<predicate>{_USED_UP})"
    r"(?=\s*(?:[.;,:!?)]|$)|\s+(?:als|wanneer|indien|zodra)\b)"
)
#: A sentence that ends on a reserve (at most three words after the noun: "reserve
#: sociaal domein", "reserve voor de jeugdhulp").
_ENDS_ON_RESERVE = re.compile(rf"\b{_NOUN}\b(?:\s+[\w-]+){{0,3}}\s*\.\s*$", re.IGNORECASE)


def exhausted_reserve(
    text: str, start: int, end: int, words: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where the claim ``text[start:end]`` (its lower-case ``words``) says a reserve is
    used up: the subject's start, the predicate's start and its end (or None).

    Examples
    --------
    >>> def used_up(s, start=0):
    ...     words = frozenset(re.findall(r"\\w+", s[start:].lower()))
    ...     at = exhausted_reserve(s, start, len(s), words)
    ...     return None if at is None else s[at[0] : at[2]]
    >>> used_up("De reserve bedroeg eind 2015 nog € 2,3 miljoen en is naar verwachting "
    ...         "binnen twee jaar uitgeput.")[-42:]
    'naar verwachting binnen twee jaar uitgeput'
    >>> s = "Het overschot ging naar een reserve. Die is binnen twee jaar opgebruikt."
    >>> used_up(s, s.index("Die"))
    'Die is binnen twee jaar opgebruikt'
    >>> used_up("De reserve is gevuld, maar de mantelzorgers zijn uitgeput.") is None
    True
    >>> used_up("De reserve is na drie tekorten nog lang niet uitgeput.") is None
    True
    >>> s = "Het overschot ging naar de jeugdhulp. Die is binnen twee jaar uitgeput."
    >>> used_up(s, s.index("Die")) is None
    True
    """
    if words.isdisjoint(USED_UP):
        return None  # most claims say nothing is used up
    found = None
    if not words.isdisjoint(_NOUNS):
        m = _FAR.search(text, start, end)
        if m is not None:
            found = m
    if found is None and _ENDS_ON_RESERVE.search(text, max(0, start - 200), start):
        m = _TAKEN_UP.match(text, start, end)
        if m is not None:
            found = m
    if found is None or _NEGATION.search(text, found.start("subject"), found.start("predicate")):
        return None
    return found.start("subject"), found.start("predicate"), found.end("predicate")
