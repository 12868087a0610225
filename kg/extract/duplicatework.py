"""Duplicated administration: the same record kept or written more than once for one case.

"Registratie in drie verschillende systemen", "voor één cliënt drie systemen", "elke nota
in drievoud", "alles wordt twee keer geregistreerd", "de administratie is verdrievoudigd":
the administrative burden of the decentralised tasks is the common complaint of the
professionals and providers the profiles quote, and a claim that states such duplication
reads as that complaint, negative, even with no word of judgement (the words are data:
``kg/data/duplicated-work.toml``, with their source). Read only of a claim that nothing
else judges (:func:`kg.extract.unjudged.unjudged`).

Four forms count:

- a small number written out (twee to vijf) before a plural noun of records or systems
  kept per case, with at most "verschillende", "aparte", "losse" or "sets" between:
  "drie systemen", "twee verschillende systemen", "drie sets productcodes"; not a rate
  ("twee rapportages per jaar") and not denied ("geen drie loketten");
- "in tweevoud", "in drievoud", "in viervoud";
- "dubbel" or "N keer"/"N maal" with a record or a verb of registering or writing in the
  claim ("dubbel, in twee systemen", "we schrijven elke nota drie keer"); not a rate or a
  ratio ("twee keer per jaar", "twee keer zoveel");
- "verdubbeld"/"verdrievoudigd" with a noun of the administrative load ("de registratie
  is verdubbeld"), and duplication named outright ("dubbel werk").
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kg.extract.wordtokens import lower_span

#: The data file of the readings' words.
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "duplicated-work.toml"

#: Cheap gate: a claim with none of these strings (lower case) states no duplication.
_GATE = ("twee", "drie", "vier", "vijf", "dubbel", "voud")

#: Small numbers written out: a duplication, not a caseload ("dertig dossiers").
_SMALL = r"(?:twee|drie|vier|vijf)"
#: A rate or a ratio after "N keer" or a counted noun ("per jaar", "zoveel", "meer").
_RATE = re.compile(r"\s*(?:per|zo|zoveel|zovéél|meer|minder|groter|hoger|lager|vaker)\b")


def _readings() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(counted registers, "dubbel"/"N keer", a record word, "verdubbeld" with a burden or a
    phrase), compiled from the data file (once, at import)."""
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    registers = "|".join(map(re.escape, sorted(data["registers"], key=len, reverse=True)))
    records = "|".join(map(re.escape, sorted(data["records"], key=len, reverse=True)))
    burdens = "|".join(map(re.escape, sorted(data["burdens"], key=len, reverse=True)))
    phrases = "|".join(map(re.escape, sorted(data["phrases"], key=len, reverse=True)))
    counted = re.compile(
        rf"(?<![\w-])(?:(?P<no>geen|niet)\s+)?{_SMALL}\s+"
        rf"(?:(?:verschillende|aparte|losse|eigen|sets)\s+)?(?:{registers})\b"
    )
    repeated = re.compile(rf"\bdubbele?\b|\b{_SMALL}\s+(?:keer|maal)\b")
    record = re.compile(rf"\b(?:{records})")
    load = re.compile(
        rf"\b(?:{burdens})\b[^.;:]*?\bver(?:dubbel|drievoudig)|"
        rf"\bver(?:dubbel|drievoudig)\w*[^.;]*?\b(?:{burdens})\b|"
        rf"(?:^|[^\w])(?:{burdens})\s*:\s*ver(?:dubbel|drievoudig)|\b(?:{phrases})\b"
    )
    return counted, repeated, record, load


_COUNTED, _REPEATED, _RECORD, _LOAD = _readings()
#: Multiple copies ("in drievoud").
_COPIES = re.compile(r"\bin\s+(?:twee|drie|vier)voud\b")


def duplicated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states that a record is kept or written more than once
    for one case.

    Examples
    --------
    >>> s = "Volgens de consulenten gaat veel tijd op aan registratie in drie systemen."
    >>> duplicated(s, 0, len(s))
    True
    >>> s = "Elk dossier wordt in tweevoud bijgehouden."
    >>> duplicated(s, 0, len(s))
    True
    >>> s = "De raad krijgt twee rapportages per jaar."
    >>> duplicated(s, 0, len(s))
    False
    >>> s = "Het team telt drie medewerkers."
    >>> duplicated(s, 0, len(s))
    False
    """
    low = lower_span(text, start, end)
    for word in _GATE:
        if word in low:
            break
    else:
        return False  # most claims
    if "voud" in low and _COPIES.search(low):
        return True  # "elke nota in drievoud"
    for found in _COUNTED.finditer(low):
        if not found.group("no") and not _RATE.match(low, found.end()):
            return True  # "drie systemen", not "geen drie loketten", "twee … per jaar"
    for found in _REPEATED.finditer(low):
        if not _RATE.match(low, found.end()) and _RECORD.search(low):
            return True  # "twee keer geregistreerd", "dubbel, in twee systemen"
    return _LOAD.search(low) is not None  # "de administratie is verdrievoudigd", "dubbel werk"
