"""A reserve that runs empty: "De reserve is bij deze trend binnen drie jaar op."

A municipality's reserve (or buffer, its "weerstandsvermogen") that is "op" after a time
span or a degree ("binnen twee jaar op", "eind dit jaar vrijwel op", "raakt snel op") is
spent on the deficits it covers: the taxonomy's ``problem/budget-overrun``, not a
shrinking budget (tests/gold/README.md, thirty-eighth session's settlement, point 4; the
words of municipal accounts, "de reserve is op", "uitputting van de reserve"). "op" alone
is a preposition ("op 1 januari", "jaar op jaar"), so the word before it must be a
degree or a time word and a clause must end after it (a full stop, a comma, or a
condition: "… op als de groei aanhoudt"). The reserve may stand far before it, as long
as no conjunction opens a new clause between ("is gedaald van € 4,2 miljoen naar € 3,1
miljoen en is binnen drie jaar op": "en" joins the two predicates of one subject).
"""

from __future__ import annotations

import re

#: The words a claim must hold (lower case) before the pattern is tried: a reserve noun,
#: and "op".
_NOUNS = frozenset({"reserve", "reserves", "reservepositie", "buffer", "buffers"})
_NOUNS |= frozenset({"weerstandsvermogen"})

_CONJUNCTIONS = r"(?:maar|terwijl|omdat|want|doordat|hoewel|zodat|als|wanneer|dat)"
#: The reserve, at most 24 words of its clause, a degree or time word and "op" ending it.
_SPENT = re.compile(
    r"\b(?P<subject>reserves?|reservepositie|buffers?|weerstandsvermogen)\b"
    rf"(?:\s+(?!{_CONJUNCTIONS}\b)[^\s;:?!]+){{0,24}}?\s+"
    r"(?P<predicate>(?:bijna|vrijwel|snel|grotendeels|helemaal|geheel|jaar|jaren|maanden|"
    r"tijd|dan|straks|al)\s+op)"
    r"(?=\s*(?:[.;,:!?)]|$)|\s+(?:als|wanneer|indien|zodra)\b)",
    re.IGNORECASE,
)


def spent_reserve(
    text: str, start: int, end: int, words: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where the claim ``text[start:end]`` (its lower-case ``words``) says a reserve runs
    empty: the reserve's start, the predicate's start and its end (or None).

    Examples
    --------
    >>> def spent(s):
    ...     words = frozenset(re.findall(r"\\w+", s.lower()))
    ...     at = spent_reserve(s, 0, len(s), words)
    ...     return [] if at is None else [s[at[0] : at[2]]]
    >>> spent("De reserve sociaal domein is bij deze trend binnen drie jaar op.")
    ['reserve sociaal domein is bij deze trend binnen drie jaar op']
    >>> spent("Volgens de controller is de buffer aan het eind van het jaar vrijwel op.")
    ['buffer aan het eind van het jaar vrijwel op']
    >>> spent("De reserves raken snel op, zegt de wethouder.")
    ['reserves raken snel op']
    >>> spent("De reserve is eind 2018 op als de kosten blijven stijgen.")
    []
    >>> spent("De reserve is over twee jaar op als de kosten blijven stijgen.")
    ['reserve is over twee jaar op']
    >>> spent("De reserve wordt op 1 januari aangevuld.")
    []
    >>> spent("De algemene reserve groeit jaar op jaar.")
    []
    >>> spent("De reserve is gevuld, maar de wachttijd loopt al op.")
    []
    """
    if "op" not in words or words.isdisjoint(_NOUNS):
        return None  # most claims hold no reserve
    m = _SPENT.search(text, start, end)
    return None if m is None else (m.start(), m.start("predicate"), m.end())
