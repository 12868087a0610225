"""Source notes: a paragraph listing the sources of numbered markers makes no claim.

A profile may close a paragraph's sentences with note markers ("… opgelopen [1].") and list
what they point to after it: "Bronnen: [1] groepsgesprek met beleidsmedewerkers; [2] CBS,
Statline 2016." Such a list is running text (its entity words are mentions, and it is the
evidence of what a source reports), but it states nothing itself: none of its sentences is a
finding (gold README, tenth batch, decision 2; ninth batch, decision 1: a bracket on a line of
its own).

A paragraph of notes opens with a label of the notes apparatus ("Bron:", "Bronnen:", "Noot:",
"Noten:", "Voetnoten:", "Literatuur:", "Geraadpleegde bronnen:") followed by a marker or a
source: the general layout of notes in Dutch reports, not any profile's wording. A paragraph
that opens with a bare marker ("[1] In Nijverdal staan twee verpleeghuizen …") may be a
footnote that states something, a finding of the authors: it is not read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.document import Document, Sentence

__all__ = ["notes_paragraph", "source_note"]

#: The label of a list of notes or sources, or a numbered marker, opening a paragraph.
_NOTES = re.compile(
    r"\W{0,2}(?:(?:geraadpleegde\s+)?(?:bron|bronnen|noot|noten|voetnoot|voetnoten"
    r"|eindnoten|literatuur|bronvermelding)\s*:\s*\S)",
    re.IGNORECASE,
)


def notes_paragraph(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` of ``text`` is a list of notes or sources.

    Examples
    --------
    >>> notes_paragraph("Bronnen: [1] CBS, Statline 2016; [2] gesprek met de wethouder.", 0)
    True
    >>> notes_paragraph("[1] In Nijverdal staan twee verpleeghuizen.", 0)
    False
    >>> notes_paragraph("Bronnen van zorg zijn er genoeg in de gemeente.", 0)
    False
    >>> notes_paragraph("De bron: het CBS.", 0)
    False
    """
    return _NOTES.match(text, start) is not None


def source_note(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``doc`` stands in a paragraph of notes (:func:`notes_paragraph`).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile(
    ...     "Stad\\n\\nZorg\\n\\nDe wachttijd liep op [1].\\n\\n"
    ...     "Bronnen: [1] Gesprek met de wethouder. [2] CBS, Statline 2016.\\n", "stad")
    >>> [source_note(doc, s) for s in doc.sentences]
    [False, True, True]
    """
    if not 0 < sentence.paragraph <= len(doc.paragraphs):
        return False
    return notes_paragraph(doc.text, doc.paragraphs[sentence.paragraph - 1].start)
