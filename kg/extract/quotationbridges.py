"""A sentence between two quotations of different speakers bridges them.

A report that strings quotations together ("„…”, zegt een raadslid. Ook de regels voor het
pgb leverden problemen op. „…”, vertelt een budgethouder.") sets a short sentence of its
own between two voices: it closes no account of the first speaker, whose turn the
quotation named after it ended, but leads into the second quotation (its speaker holds it
when it judges: :func:`kg.extract.quotedleadins.lead_in_voices`). An impersonal "men" in it
("Over de regio is men minder enthousiast.") is those spoken with, as anywhere
(:func:`kg.extract.voiceforms.men_report`). A sentence that names a speaker of its own, or
that a pronoun or a connective ties to the quotation before ("Hij wijst erop …",
"Daardoor …"), is no bridge; nor is one after a quotation that goes on with the same
speaker.

General Dutch of quoted reporting (a quotation followed by a comma and its inverted
attribution), written without reading any profile.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.impliedspeakers import INTERVIEWEES
from kg.extract.quotedleadins import trailing_quotation
from kg.extract.voiceforms import men_report


class _Speech(Protocol):
    @property
    def speakers(self) -> tuple[str, ...]: ...


class Claim(Protocol):
    """What is read of a claim (:class:`kg.extract.claims.Claim`, not imported: it imports
    this module)."""

    start: int
    end: int
    paragraph: int
    explicit: bool
    voice: tuple[str, ...]

    @property
    def speech(self) -> _Speech: ...


__all__ = ["bridge_quotations"]

#: A sentence tied to what was just said: a pronoun or a connective of consequence or
#: addition opens it ("Hij …", "Daardoor …", "Dat betekent …").
_TIED = re.compile(
    r"\W*(?:hij|zij|ze|zijn|haar|hun|dat|dit|daardoor|daarom|dus|daarmee|daarbij|bovendien"
    r"|volgens\s+(?:hem|haar|hen))\b",
    re.IGNORECASE,
)
#: The opening marks of a quotation.
_MARKS = "„“\"‘'«"


def _quotation(text: str, claim: Claim) -> bool:
    """Whether ``claim`` is a quotation with its speaker named after it ("„…”, zegt X.")."""
    said = text[claim.start : claim.end]
    return said.lstrip()[:1] in _MARKS and claim.explicit and trailing_quotation(said)


def bridge_quotations(text: str, claims: Sequence[Claim]) -> None:
    """Give no voice (the authors') to each claim of ``claims`` that stands, in its
    paragraph, between two quotations named after them (:func:`_quotation`) of different
    speakers, names no speaker of its own, opens with no quotation mark and is not tied to
    the quotation before (:data:`_TIED`), while it carries the first one's voice; "men" in
    it is the interviewees'.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.speakers import Speech
    >>> t = "„Het is op”, zegt een raadslid. Ook het vervoer liep vast. „Ja”, zegt een arts."
    >>> a = Claim([Sentence(0, 0, 31, 0, 0)], speech=Speech(("r/r",), True), explicit=True,
    ...           voice=("r/r",))
    >>> b = Claim([Sentence(1, 32, 58, 0, 0)], voice=("r/r",))
    >>> c = Claim([Sentence(2, 59, len(t), 0, 0)], speech=Speech(("r/a",), True),
    ...           explicit=True, voice=("r/a",))
    >>> bridge_quotations(t, [a, b, c])
    >>> b.voice
    ()
    """
    for k in range(1, len(claims) - 1):
        claim, before, after = claims[k], claims[k - 1], claims[k + 1]
        if claim.explicit or not claim.voice or claim.voice != before.voice:
            continue  # the cheap tests first: a carried voice, no speaker of its own
        if not (before.paragraph == claim.paragraph == after.paragraph):
            continue
        said = text[claim.start : claim.end]
        if said.lstrip()[:1] in _MARKS or _TIED.match(said):
            continue
        if not (_quotation(text, before) and _quotation(text, after)):
            continue
        if after.speech.speakers == before.speech.speakers:
            continue  # the same speaker goes on
        claim.voice = (INTERVIEWEES,) if men_report(said, said.lower()) else ()
