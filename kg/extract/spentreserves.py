"""A reserve spent: "is binnen drie jaar op", "is binnen twee jaar uitgeput".

A municipality's reserve (or buffer, its "weerstandsvermogen") that is spent on the
deficits it covers is the taxonomy's ``problem/budget-overrun``, not a shrinking budget
(tests/gold/README.md, thirty-eighth session's settlement, point 4; the words of
municipal accounts, "de reserve is op", "uitputting van de reserve"). Two readers say
so, each of one predicate; both read the reserve, at most 24 words of its clause and
the predicate that ends the clause, with one pattern (:func:`_reserve_clause`):

- :func:`spent_reserve`: a reserve that is "op" after a time span or a degree ("binnen
  twee jaar op", "eind dit jaar vrijwel op", "raakt snel op"). "op" alone is a
  preposition ("op 1 januari", "jaar op jaar"), so the word before it must be a degree
  or a time word and a clause must end after it (a full stop, a comma, or a condition:
  "… op als de groei aanhoudt").
- :func:`exhausted_reserve`: a reserve used up ("uitgeput", "opgebruikt",
  "opgesoupeerd", "leeg"). The rules of ``kg/data/problem-clauses.toml`` read these at
  most eight words after the reserve; this reader reads them further on in its clause,
  and in a claim whose demonstrative subject takes up a reserve the sentence before ends
  on ("… in een reserve sociaal domein. Die is binnen twee jaar uitgeput."; "Die werd
  gevormd uit het overschot, maar is binnen twee jaar uitgeput": the predicate after
  "maar" has no subject of its own, so it shares "Die"). A negated predicate ("is nog
  lang niet uitgeput") says the opposite.

In both, the reserve may stand far before its predicate as long as no conjunction opens
a new clause between ("is gedaald van € 4,2 miljoen naar € 3,1 miljoen en is binnen drie
jaar op": "en" joins two predicates of one subject); the reader of a reserve used up
stops at the relative pronouns "die" and "waarvan" too.
"""

from __future__ import annotations

import re

__all__ = ["USED_UP", "exhausted_reserve", "spent_reserve"]

#: The participles and adjectives of a reserve spent to the end (lower case): a plain
#: test of the claim's words before any pattern.
USED_UP: frozenset[str] = frozenset({"uitgeput", "opgebruikt", "opgesoupeerd", "leeg"})
#: Reserve nouns (lower case); a reserve that is "op" may also be the "weerstandsvermogen".
_NOUNS = frozenset({"reserve", "reserves", "reservepositie", "buffer", "buffers"})
_SPENT_NOUNS = _NOUNS | {"weerstandsvermogen"}
#: The words that open a new clause between a reserve and a predicate.
_CONJUNCTIONS = frozenset(
    {"maar", "terwijl", "omdat", "want", "doordat", "hoewel", "zodat", "als", "wanneer", "dat"}
)
_USED_UP_CONJUNCTIONS = _CONJUNCTIONS | {"die", "waarvan"}
#: Where a predicate ends its clause: a stop, a comma, a bracket, or a condition after it.
_CLAUSE_END = r"(?=\s*(?:[.;,:!?)]|$)|\s+(?:als|wanneer|indien|zodra)\b)"
_NEGATION = re.compile(r"\b(?:niet|nooit|geen)\b", re.IGNORECASE)


def _one_of(words: frozenset[str]) -> str:
    """A group that matches any of ``words``, the longest first.

    Examples
    --------
    >>> _one_of(frozenset({"reserve", "reserves", "buffer"}))
    '(?:reserves|reserve|buffer)'
    """
    return "(?:" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + ")"


def _reserve_clause(
    nouns: frozenset[str], conjunctions: frozenset[str], predicate: str
) -> re.Pattern[str]:
    """The reserve (one of ``nouns``, group ``subject``), at most 24 words of its clause
    (none of them one of ``conjunctions``) and the ``predicate`` (a pattern, group
    ``predicate``) that ends the clause.

    Examples
    --------
    >>> p = _reserve_clause(frozenset({"reserve"}), frozenset({"maar"}), "leeg")
    >>> p.search("De reserve is na drie jaar leeg.").group("subject", "predicate")
    ('reserve', 'leeg')
    >>> p.search("De reserve is vol, maar de kas is leeg.") is None
    True
    """
    return re.compile(
        rf"\b(?P<subject>{_one_of(nouns)})\b"
        rf"(?:\s+(?!{_one_of(conjunctions)}\b)[^\s;:?!]+){{0,24}}?\s+"
        rf"(?P<predicate>{predicate}){_CLAUSE_END}",
        re.IGNORECASE,
    )


#: The reserve, at most 24 words of its clause, a degree or time word and "op" ending it.
_SPENT = _reserve_clause(
    _SPENT_NOUNS,
    _CONJUNCTIONS,
    r"(?:bijna|vrijwel|snel|grotendeels|helemaal|geheel|jaar|jaren|maanden|tijd|dan|straks|al)"
    r"\s+op",
)
#: The reserve, at most 24 words of its clause, and the word of a reserve used up.
_FAR = _reserve_clause(_NOUNS, _USED_UP_CONJUNCTIONS, _one_of(USED_UP))
#: A claim that opens on a demonstrative subject, and the predicate of it further on.
_TAKEN_UP = re.compile(
    rf"(?P<subject>Die|Deze)\s+[^.;:?!]{{0,160}}?\b(?P<predicate>{_one_of(USED_UP)})" + _CLAUSE_END
)
#: A sentence that ends on a reserve (at most three words after the noun: "reserve
#: sociaal domein", "reserve voor de jeugdhulp").
_ENDS_ON_RESERVE = re.compile(rf"\b{_one_of(_NOUNS)}\b(?:\s+[\w-]+){{0,3}}\s*\.\s*$", re.IGNORECASE)


def _where(m: re.Match[str]) -> tuple[int, int, int]:
    """The subject's start, the predicate's start and the predicate's end of ``m``."""
    return m.start("subject"), m.start("predicate"), m.end("predicate")


def spent_reserve(
    text: str, start: int, end: int, words: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where the claim ``text[start:end]`` (its lower-case ``words``) says a reserve runs
    empty ("op"): the reserve's start, the predicate's start and its end (or None).

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
    if "op" not in words or words.isdisjoint(_SPENT_NOUNS):
        return None  # most claims hold no reserve
    m = _SPENT.search(text, start, end)
    return None if m is None else _where(m)


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
        found = _FAR.search(text, start, end)
    if found is None and _ENDS_ON_RESERVE.search(text, max(0, start - 200), start):
        found = _TAKEN_UP.match(text, start, end)
    if found is None or _NEGATION.search(text, found.start("subject"), found.start("predicate")):
        return None
    return _where(found)
