"""A bare "De organisatie …" after a sentence that opens with a named organisation.

Dutch prose names an organisation and goes on about it by its most general type noun:
"Welzijn Noord telt 300 vrijwilligers. De organisatie wijst erop dat …". A sentence that
opens with "De organisatie" or "De instelling" (the general nouns for any organisation,
which name no group of their own) right after a sentence of its paragraph whose subject is
a named organisation or body refers back to it: it is a mention of that organisation, and
so it speaks where it reports (general Dutch anaphora; gold: "De organisatie wijst erop
…" after "Welzijn Houten telt …" is Welzijn Houten). A noun with a complement ("De
organisatie van de zorg …") describes something else.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.model import SentenceMention

__all__ = ["bare_organisations"]

#: "De organisatie" or "De instelling" opening a sentence, then a verb (no complement).
_OPENS = re.compile(r"(?:De|Die|Deze)\s+(organisatie|instelling)\s+(?!van\b|die\b|voor\b)[a-z]")
#: The kinds of a named organisation.
_NAMED = frozenset({"organisation", "body"})


def bare_organisations(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with each "De organisatie" / "De instelling" that opens a sentence read as
    the organisation or body that opens the sentence before it in its paragraph.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> body = "Welzijn Noord telt 300 vrijwilligers. De organisatie ziet dat het krap wordt."
    >>> doc = parse_profile("T\\n\\nM\\n\\nBestuur\\n\\n" + body + "\\n", "t", set())
    >>> s = doc.text.index("Welzijn")
    >>> org = SentenceMention("org/wn", "organisation", s, s + 13, "Welzijn Noord",
    ...                       doc.sentence_at(s).index)
    >>> [(m.text, m.entity) for m in bare_organisations(doc, [org])]
    [('Welzijn Noord', 'org/wn'), ('organisatie', 'org/wn')]
    """
    text = doc.text
    added: list[SentenceMention] = []
    opening: dict[int, SentenceMention] = {}  # a sentence's named subject, by its index
    for m in mentions:
        if m.kind in _NAMED and m.sentence is not None and m.sentence not in opening:
            opening[m.sentence] = m
    for k, sentence in enumerate(doc.sentences):
        if not k or text[sentence.start] != "D":
            continue
        found = _OPENS.match(text, sentence.start)
        before = doc.sentences[k - 1]
        if found is None or before.paragraph != sentence.paragraph:
            continue
        named = opening.get(before.index)
        if named is None or named.start > before.start + 4:
            continue  # the sentence before does not open with a named organisation
        a, b = found.span(1)
        added.append(SentenceMention(named.entity, named.kind, a, b, text[a:b], sentence.index))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end, m.entity))
