"""The cue lists of :mod:`kg.extract.places`, read from ``kg/data/place-cues.toml``.

What marks a capitalised name as a place (the sources are the data file's): a locative
preposition or another phrase before it, a settlement noun in close apposition, a phrase
after it, and the kind a district, street or water name carries as its head ("de
Westwijk", "de Zijlweg", "de Nieuwe Waterweg") after a locative preposition and an
article.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["CUES_FILE", "PlaceCues", "load_place_cues"]

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "place-cues.toml"


@dataclass(frozen=True)
class PlaceCues:
    """The word lists of ``place-cues.toml``, compiled.

    ``toponym`` is the locative preposition and article right before a name
    (``toponym.search(before)``) and ``headed`` a name that ends in the head of a
    district, street or water name (``headed.search(name)``): both must hold.
    """

    preposition: re.Pattern[str]
    settlement: re.Pattern[str]
    following: re.Pattern[str]
    toponym: re.Pattern[str]
    headed: re.Pattern[str]


@lru_cache(maxsize=4)
def load_place_cues(path: str | Path = CUES_FILE) -> PlaceCues:
    """Read and compile the place cues (cached).

    Examples
    --------
    >>> cues = load_place_cues()
    >>> bool(cues.settlement.search("de kerkdorpen ")), bool(cues.preposition.search("in "))
    (True, True)
    >>> bool(cues.toponym.search("zij wonen in de ")), bool(cues.toponym.search("met de "))
    (True, False)
    >>> bool(cues.settlement.search("De wijken uit die periode, zoals de "))
    True
    >>> bool(cues.settlement.search("de wijken, zoals "))
    True
    >>> bool(cues.preposition.search("aan de andere kant van het "))
    True
    >>> [bool(cues.headed.search(n)) for n in ("Westwijk", "Nieuwe Waterweg", "Wijk", "Maas")]
    [True, True, False, False]
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    preps = "|".join(
        [re.escape(w) for w in data["prepositions"]["words"]]
        + [f"(?:{p})" for p in data["preceding"]["patterns"]]
    )
    nouns = "|".join(re.escape(w) for w in data["settlement_nouns"]["words"])
    # the noun may open the sentence: "Dorpen als A en B", "Kerkdorpen als A en B"
    opening = "|".join(re.escape(w.capitalize()) for w in data["settlement_nouns"]["words"])
    intro = "|".join(f"(?:{p})" for p in data["settlement_nouns"]["list_openers"])
    following = "|".join(f"(?:{p})" for p in data["following"]["patterns"])
    heads = data["toponym_heads"]
    kinds = "|".join(re.escape(w) for w in heads["words"])
    capitals = "|".join(re.escape(w.capitalize()) for w in heads["words"])
    before = "|".join(re.escape(w) for w in heads["prepositions"])
    return PlaceCues(
        preposition=re.compile(rf"(?<!\w)(?:{preps})\s+$", re.IGNORECASE),
        # the list may follow in parentheses ("de kleine kernen (A, B en C)")
        settlement=re.compile(
            rf"(?:(?<![A-Z])[a-z]*(?:{nouns})|^\s*(?:[A-Z][a-z]*(?:{nouns})|{opening}))"
            rf"(?:,?\s+(?:{intro})(?:\s+(?:de|het))?|\s*:"
            # a short modifier may stand between the noun and a comma that opens examples
            # ("de wijken uit die periode, zoals de Kersenboogerd")
            r"|(?:\s+[a-zà-ÿ]+){1,4},\s+(?:zoals|waaronder|bijvoorbeeld)(?:\s+(?:de|het))?)?"
            r"(?:\s+|\s*\(\s*(?:(?:" + intro + r")\s+)?)$"
        ),
        following=re.compile(rf"\s+(?:{following})\b", re.IGNORECASE),
        toponym=re.compile(rf"(?<!\w)(?i:{before})\s+(?:de|het)\s+$"),
        # the head closes a compound of at least two letters more ("Westwijk") or is a word
        # of its own after another capitalised one ("Nieuwe Waterweg")
        headed=re.compile(rf"(?:\w\w(?:{kinds})|\w\s(?:{capitals}))$"),
    )
