"""Asked about: a problem named as what someone asks about is not stated as a difficulty.

"Een raadslid vraagt naar de wachtlijsten", "de fractie informeert naar de schulden",
"stelt vragen over de eigen bijdrage": a verb of asking with "naar" (or "vragen over")
makes what follows the subject of a question, which a committee report or an interview
records without saying how things stand. The problems named there judge nothing; the
answer, if it comes, is a claim of its own. General Dutch: "vragen naar" and
"informeren naar" (to ask about, Van Dale), "vragen stellen over".
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import lower_span

#: A verb of asking with what is asked about: "vraagt naar", "informeerden naar",
#: "stelt (een paar) vragen over", "stelde een vraag over".
ASKED = re.compile(
    r"\b(?:vraagt|vragen|vroeg|vroegen|informeert|informeren|informeerde|informeerden)"
    r"\s+(?:\w+\s+){0,2}?naar\b"
    r"|\b(?:stelt|stellen|stelde|stelden|gesteld)\s+(?:\w+\s+){0,2}?vra(?:ag|gen)\s+over\b",
    re.IGNORECASE,
)


def asked_about(text: str, start: int, end: int) -> int:
    """Where what is asked about begins in ``text[start:end]``, or -1.

    Examples
    --------
    >>> s = "Een raadslid vraagt naar de wachtlijsten."
    >>> s[asked_about(s, 0, len(s)):]
    ' de wachtlijsten.'
    >>> s = "De fractie stelt vragen over de eigen bijdrage."
    >>> asked_about(s, 0, len(s)) > 0
    True
    >>> asked_about("Ouders vragen om hulp bij schulden.", 0, 35)
    -1
    """
    chunk = lower_span(text, start, end)
    if "naar" not in chunk and "over" not in chunk:
        return -1  # most claims
    m = search(ASKED, text, start, end)
    return m.end() if m else -1


def without_asked(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of a claim less the problems named as what someone asks about.

    Examples
    --------
    >>> s = "Een raadslid vraagt naar de wachtlijsten."
    >>> without_asked(s, 0, len(s), [Cue(s.index("wacht"), len(s) - 1, -1, problem=True)])
    []
    >>> s = "Er zijn wachtlijsten; een raadslid vraagt naar de oorzaak."
    >>> len(without_asked(s, 0, len(s), [Cue(8, 19, -1, problem=True)]))
    1
    """
    if not any(c.problem for c in cues):
        return cues
    at = asked_about(text, start, end)
    if at < 0:
        return cues
    return [c for c in cues if not (c.problem and c.start >= at)]
