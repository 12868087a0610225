"""The impersonal "men" takes up the general group its paragraph opened with.

A paragraph may open with the view of those spoken with as a whole ("Over het Rijk zijn de
gesprekspartners kritisch."), give the floor to some of them by name ("‘…’, zegt de
wethouder."; "…, vertellen Wmo-consulenten."), and come back to all of them with the
impersonal pronoun: "Met de VNG is men tevredener." The pronoun "men" names no one: it
cannot take up the one speaker named last, only the general group the paragraph opened
with (annotation guideline: "men" is those spoken with, ``role/interviewees``, unless placed
in the town hall). General Dutch: "men" is the indefinite personal pronoun ("one",
"people").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.impliedspeakers import INTERVIEWEES

if TYPE_CHECKING:
    from kg.document import Document
    from kg.extract.model import Finding

__all__ = ["opens_with_men", "taken_up_by_men"]

#: A claim whose subject is "men" after a fronted topic and the copula: a stance on the
#: topic ("Met de VNG is men tevredener", "Over het Rijk was men kritisch").
_OPENS_WITH_MEN = re.compile(
    r"\W*(?:over|met|bij|ten\s+aanzien\s+van)\s[^,;:.]{1,60}?\s(?:is|was)\s+men\s",
    re.IGNORECASE,
)


def opens_with_men(text: str) -> bool:
    """Whether ``text``'s subject is the impersonal "men" after a fronted topic and the
    copula (a plain "Men vindt …" is read by the voices, :mod:`kg.extract.claims`).

    Examples
    --------
    >>> opens_with_men("Met de VNG is men tevredener; haar handreikingen hielpen.")
    True
    >>> opens_with_men("Men vindt de regio te groot.")
    False
    >>> opens_with_men("Volgens de wethouder is men tevreden.")
    False
    """
    return _OPENS_WITH_MEN.match(text) is not None


def taken_up_by_men(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings, one whose subject is "men" after a fronted topic
    (:func:`opens_with_men`) given to those spoken with when its paragraph opened in their
    voice and a speaker named since holds it.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> from kg.extract.model import Finding
    >>> t = "Over het Rijk zijn zij kritisch. Met de VNG is men tevredener."
    >>> doc = SimpleNamespace(text=t, sentences=[Sentence(0, 0, 31, 0, 0),
    ...                                          Sentence(1, 32, 62, 0, 0)])
    >>> opening = Finding(0, 31, (0,), (INTERVIEWEES,), (), "negative", 0)
    >>> men = Finding(32, 62, (1,), ("role/alderman",), (), "positive", 0)
    >>> taken_up_by_men(doc, [opening, men])[1].speakers == (INTERVIEWEES,)
    True
    """
    text = doc.text
    out = list(findings)
    paragraph_of: dict[int, int] | None = None
    opening: dict[int, Finding] = {}
    for k, finding in enumerate(findings):
        if finding.speakers == (INTERVIEWEES,) or " men " not in text[finding.start : finding.end]:
            continue  # a cheap test first: most claims have no "men"
        if not opens_with_men(text[finding.start : finding.end]):
            continue
        if paragraph_of is None:
            paragraph_of = {s.index: s.paragraph for s in doc.sentences}
            for f in findings:
                opening.setdefault(paragraph_of[f.sentences[0]], f)
        first = opening[paragraph_of[finding.sentences[0]]]
        if first is not finding and first.speakers == (INTERVIEWEES,):
            concerns = tuple(c for c in finding.concerns if c != INTERVIEWEES)
            out[k] = replace(finding, speakers=(INTERVIEWEES,), concerns=concerns)
    return out
