"""A reserve that is kept, filled or counted on: "Het overschot is in een reserve gestort."

A municipality's reserve (its "reserve sociaal domein", a buffer) that a claim says is
filled ("het overschot is in een reserve gestort"), needed ("de reserve is nodig om de
komende jaren op te vangen"), sufficient ("rekent erop dat de reserve toereikend is"),
reassuring ("een reserve geeft rust") or asked about ("of er nog geld over is in de
reserve") is the claim's own subject: it says nothing of the deficit its paragraph is
about, so it takes over no problem from the claims before it (gold: a reserve deposited
into or counted on has no concern, a reserve spent on a deficit has ``budget-overrun``;
the words of municipal accounts: "storten in de reserve", "de reserve is toereikend").
A claim that also names a deficit or the reserve's running out ("nodig om de tekorten op
te vangen", "die reserve is binnen twee jaar uitgeput") is about the overrun after all.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold
from kg.extract.spentreserves import spent_reserve

#: The reserve nouns (lower case): a cheap test before the patterns.
_NOUNS = frozenset({"reserve", "reserves", "buffer", "buffers"})
#: What every one of :data:`_NOUNS` holds: the plain test before the claim's words are read.
_STEMS = ("reserve", "buffer")
#: What a claim says of a reserve it keeps: filled, needed, sufficient, reassuring, or
#: money left in it.
_KEPT = re.compile(
    r"\b(?:gestort|gestopt|storten|stort|stortte|stortten|nodig|toereikend|rust"
    r"|geld\s+over|over\s+is)\b",
    re.IGNORECASE,
)
#: What a claim says of a reserve it spends: a deficit, or the reserve running out.
_SPENT = re.compile(
    r"\b(?:tekort\w*|uitgeput|uitputting|opgebruikt|aangesproken|aanspreken|gedekt|dekken"
    r"|dekte|opmaakt|opgemaakt|slonk|slinkt|gedaald|daalt|verdwenen|overschrijding\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def kept_reserve(text: str) -> bool:
    """Whether the claim ``text`` is about a reserve that is kept, filled or counted on.

    Examples
    --------
    >>> kept_reserve("Het overschot op de Wmo is in een reserve gestort.")
    True
    >>> kept_reserve("De wethouder rekent erop dat de buffer tot 2019 toereikend is.")
    True
    >>> kept_reserve("Volgens de controller is de reserve nodig om tegenvallers op te vangen.")
    True
    >>> kept_reserve("Een raadslid vraagt of er nog geld over is in de reserve.")
    True
    >>> kept_reserve("De reserve is nodig om de tekorten op de jeugdhulp op te vangen.")
    False
    >>> kept_reserve("De reserve is bij deze trend binnen twee jaar op, maar nu nog nodig.")
    False
    >>> kept_reserve("Het overschot is naar de algemene middelen gegaan.")
    False
    """
    if not may_hold(text, _STEMS):
        return False  # most claims hold no reserve: a plain test before reading the words
    words = frozenset(_WORD.findall(text.lower()))
    if words.isdisjoint(_NOUNS):
        return False
    if _KEPT.search(text) is None or _SPENT.search(text) is not None:
        return False
    return spent_reserve(text, 0, len(text), words) is None
