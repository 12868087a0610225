"""Discretion: a worker who may act without a higher level checking is granted room.

"Zij kunnen zonder tussenkomst van een afdeling een voorziening toekennen" and "zij
kunnen voorzieningen inzetten zonder dat een consulent daar nog naar kijkt" state the
room to decide that the decentralisation aimed at; a claim that judges nothing else
but states it is positive (:func:`kg.extract.tone.polarity` asks this of a claim with
no judgement only, so "moeilijk te beheersen zolang huisartsen zonder tussenkomst
kunnen verwijzen" keeps its verdict). The words are data
(``kg/data/discretion-words.toml``, with their source): a form of "kunnen" or
"mogen" before "zonder", and after "zonder" a noun of the higher level's involvement
("tussenkomst", "toestemming") or "dat" with a verb of checking in its clause. A
negated modal ("kunnen niet zonder toestemming") grants nothing.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.negation import NEGATORS
from kg.extract.wordtokens import words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "discretion-words.toml"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(modals, nouns of involvement after "zonder", verbs of checking) from the data file.

    Examples
    --------
    >>> modals, without, checking = vocabulary()
    >>> "kunnen" in modals, "tussenkomst" in without, "kijkt" in checking
    (True, True, True)
    """
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    return frozenset(data["modals"]), frozenset(data["without"]), frozenset(data["checking"])


def granted(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` grants the room to act without a check.

    Examples
    --------
    >>> s = "Zij kunnen zonder tussenkomst van een afdeling een voorziening toekennen."
    >>> granted(s, 0, len(s))
    True
    >>> s = "Zij kunnen hulp inzetten zonder dat een consulent daar nog naar kijkt."
    >>> granted(s, 0, len(s))
    True
    >>> s = "Zij kunnen niet zonder toestemming van de afdeling hulp inzetten."
    >>> granted(s, 0, len(s))
    False
    >>> s = "Zij zitten zonder werk."
    >>> granted(s, 0, len(s))
    False
    """
    if text.find("zonder", start, end) < 0:
        return False  # most claims: no "zonder"
    found = [w.lower() for _, _, w in words(text, start, end)]
    modals, without, checking = vocabulary()
    for i, w in enumerate(found):
        if w != "zonder" or i + 1 >= len(found):
            continue
        before = found[:i]
        modal = next((k for k in range(len(before) - 1, -1, -1) if before[k] in modals), None)
        if modal is None or not NEGATORS.isdisjoint(found[modal:i]):
            continue  # no room granted, or it is denied ("kunnen niet zonder …")
        nxt = found[i + 1]
        if nxt in without:
            return True  # "zonder tussenkomst van …"
        if nxt == "dat" and not checking.isdisjoint(found[i + 2 : i + 12]):
            return True  # "zonder dat een consulent daar nog naar kijkt"
    return False
