"""Sources inserted inside a clause: the clause reads as if they were not there.

"Het budget is, zo meldt de controller, opnieuw verlaagd" states the budget pressure
of "het budget is opnieuw verlaagd": the aside between the commas names who says it
and is no part of the clause. The clause rules of :mod:`kg.extract.problemclauses`
join a subject and a predicate only within one clause (no comma between them), so
:func:`asides` tells where such an aside stands; the rules are asked again with it
blanked out. An aside opens with "volgens", "aldus" or "naar …", with "zo" and a verb
of saying ("zo zeggen ambtenaren"), or with the inverted verb itself ("zegt de
wethouder"); so is an adjunct of circumstance, place or time that opens with a
preposition ("de nachtopvang, met 42 bedden, zit vaak vol"). Their words are data
(``kg/data/problem-asides.toml``).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

__all__ = ["asides", "load_asides"]

ASIDES_FILE = Path(__file__).resolve().parent.parent / "data" / "problem-asides.toml"


@lru_cache(maxsize=4)
def load_asides(path: str | Path = ASIDES_FILE) -> re.Pattern[str]:
    """The pattern of an aside between commas, in lower case, compiled once.

    Examples
    --------
    >>> bool(load_asides().search("het budget is, zo meldt de controller, verlaagd"))
    True
    >>> bool(load_asides().search("het budget is, net als vorig jaar, verlaagd"))
    False
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    openers, verbs = _alternation(data["openers"]), _alternation(data["verbs"])
    prepositions = _alternation(data["prepositions"])
    # the opener, then the source: at most ten words, no clause boundary; or a
    # preposition and its phrase: at most six words
    return re.compile(
        rf",\s+(?:(?:(?:{openers})|(?:zo\s+)?(?:{verbs}))\b(?:\s+[^\s,;:.?!]+){{0,10}}?"
        rf"|(?:{prepositions})\b(?:\s+[^\s,;:.?!]+){{1,6}}?)\s*,"
    )


def _alternation(words: list[str]) -> str:
    """A regular-expression alternation of ``words``, longest first, a space any space.

    >>> _alternation(["zei", "zegt"]).split("|")
    ['zegt', 'zei']
    """
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


def asides(piece: str) -> list[tuple[int, int]]:
    """The spans of the asides of a lower-case claim, commas included.

    Only a claim with two commas is searched: an aside stands between two.

    Examples
    --------
    >>> s = "kinderen wachten, volgens de scholen, een half jaar."
    >>> [s[a:b] for a, b in asides(s)]
    [', volgens de scholen,']
    >>> s = "de wachttijd is, zegt een huisarts, opgelopen."
    >>> [s[a:b] for a, b in asides(s)]
    [', zegt een huisarts,']
    >>> asides("de wachttijd is opgelopen.")
    []
    """
    if piece.count(",") < 2:
        return []
    return [m.span() for m in load_asides().finditer(piece)]
