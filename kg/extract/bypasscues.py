"""Work done around a body: "buiten de teams om" (bypassing them).

"Een groot deel van de jeugdhulp wordt buiten de teams om ingezet", "huisartsen verwijzen
buiten het wijkteam om": the idiom "buiten … om" (Van Dale: "buiten iemand om", zonder
diens medeweten of medewerking) says that something happens without the body that should
be part of it, in the study of the decentralisation mostly the local team or the
municipality that was to be the one front door. It is a negative cue on the phrase, so a
negator before it turns it ("gaat niet buiten de gemeente om").

Not read: "om" that opens a purpose ("buiten de stad om boodschappen te doen"), and a
phrase longer than four words between "buiten" and "om".
"""

from __future__ import annotations

import re

from kg.extract.toneframes import Cue

__all__ = ["bypass_cues"]

#: "buiten" + one to four words + "om", not "om … te" (a purpose) nor "om" before a
#: number ("om 9 uur") or a clause break; no punctuation between.
_AROUND = re.compile(
    r"\bbuiten\s+(?:[\w-]+\s+){1,4}?om\b(?!\s+(?:[\w-]+\s+){0,4}?te\s+\w)(?!\s+\d)",
    re.IGNORECASE,
)


def bypass_cues(text: str, start: int, end: int) -> list[Cue]:
    """The negative cues of "buiten … om" (bypassing a body) in ``text[start:end]``.

    Examples
    --------
    >>> s = "Een groot deel van de jeugdhulp wordt buiten de teams om ingezet."
    >>> [(s[c.start:c.end], c.sign) for c in bypass_cues(s, 0, len(s))]
    [('buiten de teams om', -1)]
    >>> s = "Ouders rijden buiten het dorp om boodschappen te doen."
    >>> bypass_cues(s, 0, len(s))
    []
    """
    if text.find("buiten", start, end) < 0 and text.find("Buiten", start, end) < 0:
        return []  # most claims
    return [Cue(m.start(), m.end(), -1) for m in _AROUND.finditer(text, start, end)]
