"""Agreement in a group: whether the participants agreed judges nothing of the matter.

A report of a group interview or a meeting tells how the talk went: "De deelnemers waren
het oneens over de rol van de huisarts", "De groep kwam hier niet tot overeenstemming",
"Niemand sprak dat tegen". Such a sentence states how the people in the room stood to one
another, not how the matter stands, so it has no polarity (neutral) however its words of
agreement or dispute read elsewhere ("oneens", "onenigheid" and "unaniem" are tone cues:
:func:`course_only`). Where the agreement opens a statement of what was agreed ("De groep
was unaniem: de wachttijd is te lang", "waren het er unaniem over eens dat …"), the
statement carries the judgement and the word of agreement counts for nothing
(:func:`without_agreement`). Agreement or dispute with a decision or a plan ("is het oneens
met de bezuiniging") is a stance on it and is left to the tone cues.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import may_hold_in
from kg.extract.toneframes import Cue

#: A report that the participants (dis)agreed among themselves: "waren het (niet) (met
#: elkaar) (on)eens over X", "kwamen (niet) tot overeenstemming (over X)", "niemand sprak
#: dat tegen", "bleven het oneens". Every form holds "eens", "overeenstemming" or "tegen"
#: (a cheap test first: :data:`_GATE`).
_COURSE = re.compile(
    r"\b(?:waren|was|zijn|is|bleven|bleef|werden|werd|raakten|raakte)\s+"
    r"(?:(?!dat\b|maar\b)[\w-]+\s+){0,3}?(?:het|'t)\s+"
    r"(?:(?:hier|daar|er|hierover|daarover|erover|over|niet|wel|onderling|met\s+elkaar|"
    r"grotendeels|helemaal|volledig|vaak|steeds)\s+)*(?:on)?eens(?:\s+over\b|(?=\s*[.!]))"
    r"|\b(?:kwamen|kwam|komen|komt)\s+(?:(?!dat\b|maar\b)[\w-]+\s+){0,4}?tot\s+(?:overeenstemming|een\s+gezamenlijk(?:e)?\s+(?:standpunt|oordeel|conclusie))"
    r"|\bniemand\s+(?:(?:in|van|uit|aan)\s+(?:de|het)\s+[\w-]+\s+)?"
    r"(?:sprak|spreekt|spraken)\s+(?:dat|dit|het|hem|haar|hen)\s+tegen\b",
    re.IGNORECASE,
)
#: A word of agreement that opens what was agreed: "was unaniem:", "waren het erover eens
#: dat", "unaniem van mening dat", "eensgezind:".
_AGREED_ON = re.compile(
    r"\b(?:unaniem|eensgezind)\b(?:\s+(?:het|er|over|erover|eens|van|mening|in|de|hun|"
    r"overtuiging|oordeel))*\s*(?::|dat\s)",
    re.IGNORECASE,
)
#: Substrings one of which every form of :data:`_COURSE` holds: each of its three
#: branches names "eens" (also inside "overeenstemming"), "gezamenlijk" or "tegen" as a
#: literal every match passes through.
_GATE = ("eens", "gezamenlijk", "tegen")
#: Substrings one of which every match of :data:`_AGREED_ON` holds: it opens with one.
_AGREED_GATE = ("unaniem", "eensgezind")
#: What may follow a report of the talk's course within its claim: a place or topic
#: phrase, no statement ("over de rol van de huisarts.", "hierover.").
_STATES = re.compile(r"[:;]|\b(?:dat|maar|omdat|want|terwijl|echter)\b", re.IGNORECASE)


def course_only(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` only tells whether the participants agreed.

    Examples
    --------
    >>> s = "De aanwezigen waren het onderling oneens over de toekomst van het wijkteam."
    >>> course_only(s, 0, len(s))
    True
    >>> s = "Ook in de tweede groep kwamen de deelnemers niet tot overeenstemming."
    >>> course_only(s, 0, len(s))
    True
    >>> s = "Niemand aan de tafel sprak dat tegen."
    >>> course_only(s, 0, len(s))
    True
    >>> s = "De cliëntenraad is het oneens met de bezuiniging op de dagbesteding."
    >>> course_only(s, 0, len(s))
    False
    >>> s = "De ouders waren het oneens over de hulp, maar de wachttijd vonden zij te lang."
    >>> course_only(s, 0, len(s))
    False
    """
    if not may_hold_in(text, start, end, _GATE):
        return False  # most claims: no word every report of the talk needs
    m = _COURSE.search(text, start, end)
    return (
        m is not None
        and _STATES.search(text, m.end(), end) is None
        and not _STATES.search(text, start, m.start())
    )


def without_agreement(text: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues less a word of agreement that opens what was agreed ("unaniem: …").

    Examples
    --------
    >>> s = "De professionals waren unaniem: de lasten zijn toegenomen."
    >>> at = s.index("unaniem")
    >>> without_agreement(s, 0, len(s), [Cue(at, at + 7, 1)])
    []
    >>> s = "De raad stemde unaniem in met het plan."
    >>> at = s.index("unaniem")
    >>> len(without_agreement(s, 0, len(s), [Cue(at, at + 7, 1)]))
    1
    """
    if not cues or not may_hold_in(text, start, end, _AGREED_GATE):
        return cues  # most claims: no word of agreement that opens a statement
    words = {m.start() for m in _AGREED_ON.finditer(text, start, end)}
    if not words:
        return cues
    return [c for c in cues if c.start not in words]
