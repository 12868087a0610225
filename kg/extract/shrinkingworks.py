"""A sheltered-work company that shrinks or grows: "het sw-bedrijf krimpt".

Since the Participatiewet (2015) closed the sheltered-work scheme (Wsw) to newcomers, the
companies that carry it out lose staff every year, and profiles say so by the company as
the subject of a verb of size: "het sw-bedrijf krimpt", "de sociale werkvoorziening slinkt
langzaam", also with the company's name before the kind noun in apposition ("Werkbedrijf
X, het sw-bedrijf, krimpt"). What shrinks is the number of people it employs: an
observation without a figure, ``decrease`` (``increase`` for "groeit"); a negated verb ("groeit
niet meer") states none. The measure is left to the vocabulary, which has none for it.

Source: general Dutch of the social domain (Wsw, "sociale werkvoorziening", "sw-bedrijf"),
written without reading any held-out profile. A sentence is read only when it holds one of
the verbs (a cheap test first).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.model import Indicator, with_new_indicators
from kg.extract.prefixscan import may_hold_in

__all__ = ["shrinking_works"]

#: The kind nouns of a sheltered-work company.
_KIND = (
    r"(?:sw|wsw)-(?:bedrijf|organisatie)|sociale\s+werkplaats|sociale\s+werkvoorziening"
    r"|werkvoorzieningsschap"
)
_VERBS = {"krimpt": "decrease", "kromp": "decrease", "slinkt": "decrease", "slonk": "decrease"}
_VERBS.update({"groeit": "increase", "groeide": "increase"})
_SHRINKS = re.compile(
    r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2},\s+)?\b(?:het|de)\s+(?:" + _KIND + r")"
    r"(?:\s*,)?\s+(?:(?:verder|langzaam|snel|fors|sterk|gestaag|geleidelijk|nog|steeds|elk"
    r"\s+jaar|jaarlijks)\s+)*(?P<verb>"
    + "|".join(_VERBS)
    + r")\b(?!\s+(?:niet|nauwelijks|amper)\b)",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:" + "|".join(_VERBS) + r")\b", re.IGNORECASE)
#: The verbs, for a look at the document's lower case before any sentence is searched.
_WORDS = tuple(_VERBS)


def shrinking_works(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the sheltered-work companies said to shrink or grow.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile("T\\n\\nM\\n\\nB\\n\\nWerkbedrijf Noord, het sw-bedrijf, krimpt.\\n",
    ...                     "t", set())
    >>> [(doc.text[i.start : i.end], i.comparison) for i in shrinking_works(doc, [])]
    [('Werkbedrijf Noord, het sw-bedrijf, krimpt', 'decrease')]
    """
    text = doc.text
    if not may_hold_in(text, 0, len(text), _WORDS):
        return found  # no verb anywhere: no sentence need be searched
    new: list[Indicator] = []
    for sentence in doc.sentences:
        if not may_hold_in(text, sentence.start, sentence.end, _WORDS):
            continue  # a look at the lower case: the pattern tries every character
        if _GATE.search(text, sentence.start, sentence.end) is None:
            continue
        for m in _SHRINKS.finditer(text, sentence.start, sentence.end):
            if any(i.start < m.end() and m.start() < i.end for i in found):
                continue
            new.append(
                Indicator(
                    start=m.start(),
                    end=m.end(),
                    sentence=sentence.index,
                    measure=None,
                    measure_label=" ".join(text[m.start() : m.start("verb")].split()),
                    value=None,
                    unit=None,
                    comparison=_VERBS[m.group("verb").lower()],
                )
            )
    return with_new_indicators(found, new)
