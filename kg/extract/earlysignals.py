"""Problems noticed early: seeing a difficulty sooner is good news, not the difficulty.

"Zij weten eerder dan het sociaal team welk gezin het moeilijk heeft", "de scholen zien
problemen eerder dan het wijkteam", "zorgen over jongeren komen eerder op tafel": early
signalling (vroegsignalering, an aim of the social-domain reforms) is what these
claims report. A verb of noticing with "eerder dan", or "eerder" with "in beeld", "op
tafel" or a participle of noticing, is a positive cue, and the difficulties named in
what is noticed ("moeilijk", "problemen", "zorgen") are its object, no difficulty stated.
"Eerder" of time past ("zoals eerder gezegd", "al eerder") does not count.
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

#: The word every early noticing holds (a claim-level word gate).
EARLIER_WORDS = frozenset({"eerder"})
#: Verbs of noticing or knowing, then "eerder dan" within a few words ("zien … eerder dan").
_NOTICED_SOONER = re.compile(
    r"\b(?:zien|ziet|zag|zagen|weten|weet|wist|wisten|signaleren|signaleert|signaleerde"
    r"|signaleerden|merken|merkt|merkte|merkten|horen|hoort|hoorde|hoorden|herkennen|herkent"
    r"|ontdekken|ontdekt)\s+(?:[\w-]+\s+){0,6}?eerder\s+dan\b",
    re.IGNORECASE,
)
#: "eerder" with what comes into view: "eerder in beeld", "eerder op tafel", "eerder
#: gesignaleerd".
_IN_VIEW_SOONER = re.compile(
    r"(?<!\bal\s)(?<!\bzoals\s)\beerder\s+(?:[\w-]+\s+){0,3}?(?:in\s+beeld|op\s+tafel"
    r"|gesignaleerd|opgemerkt|ontdekt|herkend|aan\s+de\s+bel)\b",
    re.IGNORECASE,
)
#: What ends the clause of the noticing.
_CLAUSE_END = re.compile(r"[,;:.!?]")


def _noticing(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a clause that reports a problem noticed early, else None.

    Examples
    --------
    >>> s = "De scholen zien problemen eerder dan het wijkteam, maar verwijzen niet."
    >>> a, b = _noticing(s, 0, len(s)); s[a:b]
    'zien problemen eerder dan het wijkteam'
    >>> s = "Sinds dit jaar komen zorgen over kinderen eerder op tafel."
    >>> a, b = _noticing(s, 0, len(s)); s[a:b]
    'Sinds dit jaar komen zorgen over kinderen eerder op tafel'
    >>> _noticing("Zoals eerder gesignaleerd is de wachttijd lang.", 0, 47) is None
    True
    """
    found = _NOTICED_SOONER.search(text, start, end)
    if found is not None:
        first = found.start()
    else:
        found = _IN_VIEW_SOONER.search(text, start, end)
        if found is None:
            return None
        before = [m.end() for m in _CLAUSE_END.finditer(text, start, found.start())]
        first = before[-1] if before else start
        while first < found.start() and text[first].isspace():
            first += 1
    closing = _CLAUSE_END.search(text, found.end(), end)
    return first, closing.start() if closing else end


def noticed_early(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim with a problem noticed early read as good news.

    Examples
    --------
    >>> s = "Buurtwerkers weten eerder dan de gemeente welk gezin het moeilijk heeft."
    >>> hard = Cue(s.index("moeilijk"), s.index(" heeft"), -1)
    >>> [(s[c.start:c.end], c.sign) for c in noticed_early(s, 0, len(s), [hard])]
    [('eerder', 1)]
    >>> noticed_early("Het ging eerder beter.", 0, 22, [])
    []
    """
    span = _noticing(text, start, end)
    if span is None:
        return cues
    first, last = span
    at = text.find("eerder", first, last)
    kept = [c for c in cues if not (first <= c.start < last and (c.sign < 0 or c.problem))]
    return [*kept, Cue(at, at + len("eerder"), 1)]
