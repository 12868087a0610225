"""Not until it can hardly help: "pas wanneer zij nauwelijks nog te wijzigen zijn".

"De besluiten bereiken de raad pas wanneer zij nauwelijks nog te wijzigen zijn", "mensen
melden zich pas als het niet meer gaat": "pas" before a clause of a time when something
can no longer be done says it comes too late, a shortfall (:mod:`kg.extract.lateness`
reads the same with "al": "pas als het besluit al genomen is"). "Pas mogelijk als" (only
possible if: "vernieuwing wordt pas mogelijk als de financiering verandert") says a good is
out of reach until a condition now unmet is met, also a shortfall. The cue lies on "pas",
so a negator before it turns it. General Dutch: "pas" (Van Dale: niet eerder dan).
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["until_cues"]

#: "pas" + at most three words + "als"/"wanneer"/"zodra" + at most eight words + a time
#: when it can no longer be done ("nauwelijks nog", "niet meer", "niet langer"); or "pas
#: mogelijk (is/wordt) als".
_UNTIL = re.compile(
    r"\b(?P<pas>pas)\s+(?:"
    r"(?:[\w-]+\s+){0,3}?(?:als|wanneer|zodra|nadat)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:nauwelijks\s+(?:nog|meer)|niet\s+meer|niet\s+langer|amper\s+nog)\b"
    r"|(?:mogelijk|haalbaar)\s+(?:(?:is|wordt|worden|zijn|was|werd)\s+)?"
    r"(?:als|wanneer|indien|zodra)\b)",
    re.IGNORECASE,
)


def until_cues(text: str, start: int, end: int) -> list[Cue]:
    """The negative cues of "pas" before a time when nothing can be done, or before the
    condition of a good ("pas mogelijk als"), in ``text[start:end]``.

    Examples
    --------
    >>> s = "De stukken bereiken de raad pas wanneer zij nauwelijks nog te wijzigen zijn."
    >>> [(s[c.start:c.end], c.sign) for c in until_cues(s, 0, len(s))]
    [('pas', -1)]
    >>> s = "Vernieuwing wordt pas mogelijk als de bekostiging verandert."
    >>> [(s[c.start:c.end], c.sign) for c in until_cues(s, 0, len(s))]
    [('pas', -1)]
    >>> s = "Het team is pas sinds maart compleet, als het goed is."
    >>> until_cues(s, 0, len(s))
    []
    """
    if text.find("pas", start, end) < 0 and text.find("Pas", start, end) < 0:
        return []  # most claims
    return [Cue(m.start("pas"), m.end("pas"), -1) for m in _UNTIL.finditer(text, start, end)]
