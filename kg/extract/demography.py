"""A level explained by the make-up of the population judges nothing.

"Het Wmo-gebruik ligt hoger dan in vergelijkbare gemeenten, wat ambtenaren vooral
toeschrijven aan de vergrijzing" reports a level of use and its demographic cause: what
the population needs, not a shortfall. :func:`kg.extract.tone.polarity` drops from such
a claim the level cues of :mod:`kg.extract.direction` and the cause named as a problem
("de vergrijzing", an explanation here, not a difficulty stated); other judgements stay. The
phrases are data (``kg/data/population-causes.toml``, with their source): an attribution
("wat samenhangt met", "toeschrijven aan") followed within a few words by a cause that
names the population's make-up ("de vergrijzing", "de leeftijdsopbouw").
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.wordtokens import holds_word

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "population-causes.toml"
#: Strings one of which every cause holds (lower case): a cheap gate.
_GATE = ("vergrij", "ontgroen", "leeftijdsopbouw", "bevolking", "ouderen")
#: Most words between the attribution and its cause ("toeschrijven aan de snelle vergrijzing
#: van de wijk").
_REACH = 4


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(attribution then cause, cause then closing verb), from the data file.

    Examples
    --------
    >>> after, before = patterns()
    >>> bool(after.search("wat samenhangt met de vergrijzing"))
    True
    >>> bool(before.search("wat met de vergrijzing samenhangt"))
    True
    """
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))

    def alternatives(key: str) -> str:
        return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in data[key])

    causes = alternatives("causes")
    after = re.compile(
        rf"\b(?:{alternatives('attributions')})\s+(?:[\w-]+\s+){{0,{_REACH}}}?(?:{causes})",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"\b(?:met|aan|door|uit)\s+(?:[\w-]+\s+){{0,{_REACH}}}?(?:{causes})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{alternatives('closing_verbs')})\b",
        re.IGNORECASE,
    )
    return after, before


def cause_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the attribution and its demographic cause in the claim, or None.

    Examples
    --------
    >>> s = "Het gebruik ligt hoger, wat samenhangt met de vergrijzing."
    >>> a, b = cause_span(s, 0, len(s))
    >>> s[a:b]
    'samenhangt met de vergrijzing'
    """
    if not holds_word(text, start, end, _GATE):
        return None  # most claims: no word of the population's make-up
    after, before = patterns()
    found = after.search(text, start, end) or before.search(text, start, end)
    return found.span() if found else None


def explained(text: str, start: int, end: int) -> bool:
    """Whether the claim attributes something to the make-up of the population.

    Examples
    --------
    >>> s = "Het Wmo-gebruik ligt boven het gemiddelde, wat met de vergrijzing samenhangt."
    >>> explained(s, 0, len(s))
    True
    >>> s = "Het gebruik ligt hoger, wat ambtenaren toeschrijven aan de vergrijzing van de wijk."
    >>> explained(s, 0, len(s))
    True
    >>> s = "Het gebruik ligt hoger, wat ambtenaren toeschrijven aan de ruime toegang."
    >>> explained(s, 0, len(s))
    False
    """
    return cause_span(text, start, end) is not None
