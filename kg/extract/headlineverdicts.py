"""A verdict before a colon and its grounds after it: "X is gunstig: 62% …, slechts 17% …".

A colon announces what explains or bears out the words before it (ANS, "dubbele punt":
an explanation, a summing up or an example follows). When a claim opens with a verdict
("De inkomenssituatie is gunstig:", "vinden dat de informatievoorziening tekortschiet:",
"wordt niet als groot probleem gezien:") and the part after the colon gives its grounds
(figures, instances, a quotation), the verdict is the claim's judgement: the words of the
grounds ("slechts 17%", "komen laat") bear it out, they do not weigh against it. A
contrast, a concession or a reason after the colon ("maar", "wel", "terwijl", "want")
sets a side of its own, and a colon with no judgement word before it (a speaker's label,
"Een beleidsmedewerker:") announces no verdict. :func:`kg.extract.tone.polarity` asks this
only of a claim it would otherwise weigh as mixed by the weight of its words alone.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

#: Words after the colon that set a side of their own: a contrast, a concession ("wel"),
#: a reason ("want").
_OWN_SIDE = re.compile(
    r"\b(?:maar|echter|toch|wel|terwijl|daarentegen|anderzijds|desondanks|want)\b",
    re.IGNORECASE,
)
#: Fewest characters before the colon for a verdict (a subject and a judgement word).
_SHORTEST = 12


def verdict_end(text: str, start: int, end: int, cues: list[Cue]) -> int | None:
    """Where the verdict that opens the claim ``text[start:end]`` ends (its colon), or None.

    Examples
    --------
    >>> s = "De inkomenssituatie is gunstig: 62% zit in de bovenste helft, slechts 17% onderin."
    >>> at = s.index("gunstig")
    >>> verdict_end(s, 0, len(s), [Cue(at, at + 7, 1), Cue(s.index("slechts"), s.index(" 17"), -1)])
    30
    >>> s = "Het loket werkt goed: de wachttijden zijn echter lang."
    >>> verdict_end(s, 0, len(s), [Cue(16, 20, 1)]) is None
    True
    >>> s = "Een beleidsmedewerker: ‘De wachttijden zijn lang, de zorg is goed.’"
    >>> verdict_end(s, 0, len(s), [Cue(s.index("lang"), s.index("lang") + 4, -1)]) is None
    True
    """
    colon = text.find(": ", start, end)
    if colon - start < _SHORTEST:
        return None  # no colon, or too little before it for a verdict
    if not any(c.sign and not c.problem and start <= c.start and c.end <= colon for c in cues):
        return None  # no judgement word before the colon: a label or a topic
    if search(_OWN_SIDE, text, colon, end) is not None:
        return None  # "…: …, maar …": the grounds set a side of their own
    return colon
