"""A difficulty named as what the work addresses ("de aanpak van eenzaamheid").

A problem that is the object of the work against it is the subject of an
effort, not a difficulty the claim states: "het sociaal team richt zich op
eenzaamheid", "de aanpak van laaggeletterdheid is een speerpunt", "de gemeente
wil schulden voorkomen", "om armoede tegen te gaan …". General Dutch words of
addressing and countering open such an object:

- a noun or phrase of focus or countering before it, through its preposition
  ("aandacht voor", "de aanpak van", "gericht op", "richt zich op", "ter
  bestrijding van", "het voorkomen van");
- a verb of countering after it, as an infinitive ("wil schulden voorkomen",
  "om eenzaamheid tegen te gaan") or a split verb ("pakt de wachtlijsten aan").

What the claim says of the effort ("de aanpak van schulden schiet tekort", "het
lukt niet de wachtlijsten aan te pakken") is read by the other rules; a problem
taken away ("is teruggedrongen") is :func:`kg.extract.implied.removed`.
"""

from __future__ import annotations

import re

#: Before the problem: a word of focus or countering and its preposition, then up to three
#: words ("de aanpak van de", "gericht op het voorkomen van").
_BEFORE = re.compile(
    r"\b(?:aanpak|aanpakken|bestrijding|bestrijden|preventie|voorkomen|voorkoming|tegengaan"
    r"|aandacht|focus|nadruk|gericht|richt|richten|richtte|richtten)"
    r"\s+(?:zich\s+(?:\w+\s+){0,2}?)?(?:van|voor|aan|op|tegen)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: After the problem: up to four words, then a verb of countering as an infinitive
#: (after "te" or a modal of intent) or a split "pakt … aan".
_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:te\s+)?(?:voorkomen|tegengaan|tegen\s+te\s+gaan|bestrijden"
    r"|aanpakken|aan\s+te\s+pakken|(?:aan)?gepakt|bestreden)\b"
    r"|\s*(?:[\w-]+\s+){0,4}?(?P<split>aan)\b(?=\s+(?:met|door|via)\b|\s*[.,;:]|\s*$)",
    re.IGNORECASE,
)
#: Words of intent that make an infinitive after the problem the effort's verb.
_INTENT = frozenset(
    {"om", "te", "wil", "willen", "wilde", "moet", "moeten", "moest", "kan", "kunnen", "gaat",
     "gaan", "zal", "zullen", "helpt", "helpen", "probeert", "proberen"}
)  # fmt: skip
#: Finite forms of "aanpakken" split round the problem ("pakt de wachtlijsten aan").
_PAK = frozenset({"pakt", "pakken", "pakte", "pakten"})
#: Words one of which every match holds (a cheap test before the patterns run).
_GATE = (
    "aanpak", "bestrij", "preventie", "voorko", "tegen", "aandacht", "focus", "nadruk",
    "richt", "pak", "bestreden",
)  # fmt: skip


def addressed(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the problem ``text[start:end]`` is what the work addresses.

    Parameters
    ----------
    text : str
        The cleaned text.
    clause : tuple of int
        The span of the problem's clause.
    start, end : int
        The problem's span.

    Returns
    -------
    bool
        True when a word of focus or countering opens it as its object.

    Examples
    --------
    >>> s = "Het sociaal team richt zich op eenzaamheid onder ouderen."
    >>> a = s.index("eenzaamheid")
    >>> addressed(s, (0, len(s)), a, a + 11)
    True
    >>> s = "De gemeente wil schulden voorkomen."
    >>> addressed(s, (0, len(s)), 16, 24)
    True
    >>> s = "De gemeente pakt de wachtlijsten aan met extra personeel."
    >>> addressed(s, (0, len(s)), 20, 32)
    True
    >>> s = "De gemeente wil eenzaamheid tegengaan."
    >>> addressed(s, (0, len(s)), 16, 27)
    True
    >>> s = "Eenzaamheid komt veel voor."
    >>> addressed(s, (0, len(s)), 0, 11)
    False
    >>> s = "Schulden voorkomen is lastig als mensen laat komen."
    >>> addressed(s, (0, s.index(" is")), 0, 8)
    False
    """
    low = text[clause[0] : clause[1]].lower()
    if not any(w in low for w in _GATE):
        return False  # most clauses
    if _BEFORE.search(text, clause[0], start):
        return True
    m = _AFTER.match(text, end, clause[1])
    if m is None:
        return False
    words = text[clause[0] : start].lower().split()
    if m.group("split"):
        return not _PAK.isdisjoint(words)  # "pakt de wachtlijsten aan"
    return not _INTENT.isdisjoint(words) or " te " in m.group().lower()
