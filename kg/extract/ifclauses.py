"""A change stated in an "als"-clause: a condition, not an observation.

"is de reserve eind 2017 op als de groei van de jeugdhulp aanhoudt": the growth is the
condition under which the reserve runs out, so it states no change that was observed (gold
README, fifth batch, and the tenth batch's point 14: "A change stated in an 'als'-clause
gives no indicator"). A conditional "als" opens a subordinate clause: its subject follows
it (an article, a pronoun or "er": "als de groei …", "als het aantal …", "als er …"). The
comparative "als" after "zo", "even" or "net" ("zo hoog als het landelijk gemiddelde"),
"zowel … als …" and the "als" of a capacity ("als grootste gemeente") open none. Source:
general Dutch grammar (ANS 10.3: "als" as a conditional conjunction).
"""

from __future__ import annotations

import re

__all__ = ["in_if_clause"]

#: "als" opening a clause with its subject.
_IF = re.compile(
    r"\bals\s+(?:de|het|er|die|dat|deze|dit|zij|ze|we|wij|men|hij|u|je|jij|hun|haar|zijn|onze)\b",
    re.IGNORECASE,
)
#: The comparative before "als": "zo hoog als", "even vaak als", "net als", "zowel … als".
_COMPARATIVE = re.compile(
    r"\b(?:zo|even|net|evenveel|zoveel|zowel|dezelfde|hetzelfde|eender)\b(?:\s+[^\W\d][\w-]*){0,3}\s+$",
    re.IGNORECASE,
)
#: Where a clause ends before the position: a clause comes after it.
_BREAK = re.compile(r"[,;:.!?()]")
#: How far back an "als" that opens the position's clause may stand.
_REACH = 160


def in_if_clause(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` stands in a clause that a conditional "als" opens.

    Examples
    --------
    >>> s = "De reserve is eind 2017 op als de groei van de jeugdhulp aanhoudt."
    >>> in_if_clause(s, s.index("groei")), in_if_clause(s, s.index("reserve"))
    (True, False)
    >>> s = "Als het aantal meldingen stijgt, loopt de wachttijd op."
    >>> in_if_clause(s, s.index("stijgt")), in_if_clause(s, s.index("loopt"))
    (True, False)
    >>> s = "Het gebruik is twee keer zo hoog als het landelijk gemiddelde en stijgt."
    >>> in_if_clause(s, s.index("stijgt"))
    False
    """
    lo = max(0, pos - _REACH)
    found = None
    for m in _IF.finditer(text, lo, pos):
        found = m
    if found is None or _BREAK.search(text, found.end(), pos):
        return False
    return _COMPARATIVE.search(text, max(0, found.start() - 40), found.start()) is None
