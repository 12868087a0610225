"""The voice of a case vignette: the authors', who tell the case.

A profile may tell a case as a short story under a label ("Casus: mevrouw A. (82) woonde
alleen …", "Casus 2: het gezin van …") before the comments that discuss it. Each sentence
of the case is told by the authors (gold README, "Case vignettes"), also one in which a
party of the story reports ("School meldde in 2015 dat …"): the story's events, not a view
the profile gathered. The words of the person of the case, a quotation or an opening
"Volgens …", keep their speaker. The label and the person's words are read as
:mod:`kg.extract.casestories` reads them (:func:`~kg.extract.casestories.case_label`,
:func:`~kg.extract.casestories.own_words`), which keeps the same claims out of the data; the
comments after the case, in their own paragraphs, keep their own speakers.
"""

from __future__ import annotations

from typing import Any

from kg.extract.casestories import case_label, own_words

__all__ = ["case_voices"]


def case_voices(text: str, claims: list[Any]) -> None:
    """Give the claims of each paragraph that a case label opens the authors' voice (an empty
    voice), save the words of the case's person; ``text`` is the document's.

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
            case = case_label(text, claim.start)
        if case and not own_words(text[claim.start : claim.end]):
            claim.voice = ()
