"""The voice of a case vignette: the authors', who tell the case.

A profile may tell a case as a short story under a label ("Casus: mevrouw A. (82) woonde
alleen …", "Casus 2: het gezin van …") before the comments that discuss it. Each sentence
of the case is told by the authors (gold README, "Case vignettes"), also one in which a
party of the story reports ("School meldde in 2015 dat …"): the story's events, not a view
the profile gathered. A quotation keeps its speaker. The label is general Dutch of case
reports ("casus", "case"; :data:`_CASE`), not any profile's wording; the comments after the
case, in their own paragraphs, keep their own speakers.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.voiceforms import QUOTED

__all__ = ["case_voices"]

#: The label that opens a case: "Casus:", "Casus 2:", "Case 1 –".
_CASE = re.compile(r"\W*(?:casus|case)(?:\s+\d{1,2}[a-z]?)?\s*[:–—-]\s", re.IGNORECASE)


def case_voices(text: str, claims: list[Any]) -> None:
    """Give the claims of each paragraph that a case label opens the authors' voice (an empty
    voice), save quotations; ``text`` is the document's.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> t = "Casus: het gezin woonde in de wijk. School meldde dat Sanne vaak afwezig was."
    >>> a, b = Claim([Sentence(0, 0, 34, 0, 0)]), Claim([Sentence(1, 35, 77, 0, 0)])
    >>> b.voice = ("role/schools",)
    >>> case_voices(t, [a, b])
    >>> b.voice
    ()
    """
    paragraph, case = None, False
    for claim in claims:
        if claim.paragraph != paragraph:
            paragraph = claim.paragraph
            case = text[claim.start : claim.start + 5].lower() in ("casus", "case ", "case:") and (
                _CASE.match(text, claim.start, claim.end) is not None
            )
        if case and not QUOTED.match(text, claim.start, claim.end):
            claim.voice = ()
