"""Bare "aanbieders" in a section on youth care: the youth-care providers.

Dutch names the providers of any kind of care "aanbieders"; which kind the word means is
read from where it stands. In a section headed by the youth domain ("Jeugd", "Jeugd: de
huisarts als poortwachter", "Jeugdhulp") the providers spoken of, their tariffs, contracts
and waiting lists, are those of youth care: the most specific role that fits
(``role/youth-care-providers``; annotation guideline on roles, gold README, thirty-fourth
session, decision 18). "Aanbieders van huishoudelijke hulp" name their own kind ("van"
and the care after the noun) and stay the providers of care in general, as does the word
in any other section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.document import Document
from kg.extract.model import SentenceMention

__all__ = ["youth_section", "youth_providers"]

#: The bare noun, singular or plural, as written (the lexicon's match of it).
_BARE = frozenset({"aanbieder", "aanbieders"})
#: A heading that opens with the youth domain: "Jeugd", "Jeugdhulp", "Jeugdzorg", "Jeugd en
#: gezin", "Jeugd: …" (not a heading that only names youth further on).
_YOUTH_HEADING = re.compile(r"\s*jeugd(?:hulp|zorg)?\b", re.IGNORECASE)
#: "van" right after the noun: the providers of a named kind of care.
_OF = re.compile(r"\s+van\s", re.IGNORECASE)


def youth_section(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies in a section (or a subsection of one) headed by the youth domain.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("T\\n\\nM\\n\\nJeugd\\n\\nDe aanbieders klagen.\\n", "t", set())
    >>> youth_section(doc, doc.text.index("aanbieders"))
    True
    >>> doc = parse_profile("T\\n\\nM\\n\\nWmo\\n\\nDe aanbieders klagen.\\n", "t", set())
    >>> youth_section(doc, doc.text.index("aanbieders"))
    False
    """
    section = doc.section_of(offset)
    while section is not None:
        if _YOUTH_HEADING.match(section.heading):
            return True
        parent = section.parent
        section = next((s for s in doc.sections if s.index == parent), None) if parent else None
    return False


def youth_providers(
    doc: Document, mentions: Sequence[SentenceMention], general: str, youth: str
) -> list[SentenceMention]:
    """``mentions`` with each bare "aanbieder(s)" of the ``general`` providers in a youth
    section read as the ``youth`` providers (see the module docstring).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = "T\\n\\nM\\n\\nJeugd\\n\\nKleine aanbieders en aanbieders van begeleiding klagen.\\n"
    >>> doc = parse_profile(text, "t", set())
    >>> at = [doc.text.index("aanbieders"), doc.text.index("aanbieders van")]
    >>> ms = [SentenceMention("r/care", "role", s, s + 10, "aanbieders", 0) for s in at]
    >>> [m.entity for m in youth_providers(doc, ms, "r/care", "r/youth")]
    ['r/youth', 'r/care']
    """
    out = list(mentions)
    for k, m in enumerate(out):
        if m.entity != general or m.text.lower() not in _BARE:
            continue
        if _OF.match(doc.text, m.end) or not youth_section(doc, m.start):
            continue
        out[k] = SentenceMention(youth, m.kind, m.start, m.end, m.text, m.sentence)
    return out
