"""Principles of a policy: what it starts from or puts the weight on, no verdict.

"Het beleidsplan gaat uit van de eigen kracht van inwoners", "de nota legt de nadruk op
eigen kracht", "het accent verschoof van continuïteit naar vernieuwing", "Koers: van zorg
naar eigen kracht" and "het beleid rust op de gedachte dat inwoners eerst zelf een
oplossing zoeken" name the principle a policy holds, not how it goes: a word of approval
from the principle on, up to a turn ("maar") or the end of the sentence part (";"), judges
nothing. Words of difficulty keep their reading ("de nadruk op werk drukt de zorg naar de
achtergrond"), and so do problems. A principle judged ("de koers is helder") is no
principle named: only the frames that open its content (a preposition, "dat", a colon)
count. An expectation ("gaat ervan uit dat") is not a principle either.

Called from :func:`kg.extract.tone.polarity` through a word gate
(:func:`kg.extract.cueless.gates`).
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search
from kg.extract.toneframes import Cue

__all__ = ["PRINCIPLE", "principled"]

#: The frames of a principle named: "uitgaan van" (also split: "gaat … uit van"), the
#: weight of a policy ("de nadruk op", "het accent … naar"), a thought it rests on ("de
#: gedachte dat") and a course given as a heading ("Koers:").
PRINCIPLE: re.Pattern[str] = re.compile(
    r"\b(?:uitgaat|uitgaan|uitging|uitgingen|uitgegaan|uitgaande)\s+van\b"
    r"|\b(?:gaat|gaan|ging|gingen)\s+(?:[\w’'-]+\s+){0,4}?uit\s+van\b"
    r"|\b(?:nadruk|accent|accenten|klemtoon)\s+(?:[\w’'-]+\s+){0,3}?(?:op|naar|van)\b"
    r"|\b(?:gedachte|grondgedachte|principe|leidraad|motto)\s+dat\b"
    r"|\bkoers\s*:",
    re.IGNORECASE,
)
#: What ends a principle's content: a turn, or the end of a sentence part.
_ENDS = re.compile(r";|\b(?:maar|echter|toch|helaas)\b", re.IGNORECASE)


def principled(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues of the claim ``text[start:end]`` without the words of approval in the
    principle it names.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    cues : list of Cue
        The tone cues and problems found in the span.

    Returns
    -------
    list of Cue
        The cues, less the positive words from the principle's frame to its end.

    Examples
    --------
    >>> s = "Het plan gaat uit van de eigen kracht van inwoners."
    >>> principled(s, 0, len(s), [Cue(s.index("kracht"), s.index(" van inw"), 1)])
    []
    >>> s = "De koers is helder."
    >>> len(principled(s, 0, len(s), [Cue(s.index("helder"), s.index("."), 1)]))
    1
    """
    m = search(PRINCIPLE, text, start, end)
    if m is None:
        return cues
    stop = _ENDS.search(text, m.end(), end)
    last = stop.start() if stop else end
    return [c for c in cues if c.sign <= 0 or c.problem or not m.start() <= c.start < last]
