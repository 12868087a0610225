"""Abbreviations of a place's name given in parentheses right after it.

A text introduces a short form of a municipality's or place's name in parentheses
after the name, and may use it from then on ("Noordoostpolder (NOP)"). The short
form is one when its letters are those of the name, in order, the first one opening
it: the definition test of Schwartz and Hearst (2003, "A simple algorithm for
identifying abbreviation definitions in biomedical text").

The abbreviation and every later occurrence of it in the document (as written) are
mentions of the same entity. Organisations and bodies have their own rule
(:mod:`kg.extract.organisations`).
"""

from __future__ import annotations

import re
import unicodedata

from kg.document import Document
from kg.extract.model import SentenceMention

__all__ = ["is_abbreviation", "with_aliases"]

_KINDS = frozenset({"municipality", "place"})
_MINTED = frozenset({"organisation", "body"})
#: What may announce the short form inside the parentheses ("(hierna: SWF)").
_ANNOUNCED = r"(?:(?:hierna|verder|afgekort)(?:\s+als)?\s*:?\s+)?"
#: A word in parentheses right after a name.
_AFTER = re.compile(rf"\s*\(\s*{_ANNOUNCED}([A-Z][A-Za-z]*)\s*\)")
#: A word in parentheses anywhere.
_PARENTHESISED = re.compile(rf"\(\s*{_ANNOUNCED}([A-Z][A-Za-z]*)\s*\)")
_ABBREVIATION = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # two capitals or more


def _letters(text: str) -> str:
    """``text`` lower case, letters only, without diacritics."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isalpha()).lower()


def is_abbreviation(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: its letters are the name's, in order, and
    both open with the same letter.

    Examples
    --------
    >>> is_abbreviation("NOP", "Noordoostpolder"), is_abbreviation("HvT", "Hof van Twente")
    (True, True)
    >>> is_abbreviation("NL", "Meppel"), is_abbreviation("MP", "Meppel")
    (False, True)
    """
    letters, full = _letters(short), _letters(name)
    if len(letters) < 2 or not full or letters[0] != full[0]:
        return False
    at = 1
    for c in letters[1:]:
        at = full.find(c, at) + 1
        if not at:
            return False
    return True


def _alias(text: str, m: SentenceMention, end: int) -> tuple[int, int] | None:
    """The span of the abbreviation in parentheses right after ``m``, or None."""
    after = _AFTER.match(text, m.end, end)
    if after is None or not _ABBREVIATION.fullmatch(after.group(1)):
        return None
    return after.span(1) if is_abbreviation(after.group(1), m.text) else None


def with_aliases(doc: Document, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """``mentions`` with the abbreviations of places given in parentheses, in text order.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions found so far (in text order).

    Returns
    -------
    list of SentenceMention
        ``mentions`` plus the abbreviations and their later occurrences that no
        mention covers.
    """
    text = doc.text
    # where an abbreviation stands in parentheses: few per document, most of them no place's
    marks = [a for a in _PARENTHESISED.finditer(text) if _ABBREVIATION.fullmatch(a.group(1))]
    if not marks:
        return mentions
    ends = {s.index: s.end for s in doc.sentences}
    by_end = {  # a place's mention by its end, with its sentence's end
        m.end: (m, ends[m.sentence])
        for m in mentions
        if m.kind in _KINDS and m.sentence is not None
    }
    # a short form with an inner capital ("HvT") was taken for an organisation's name
    shorts = {(m.start, m.end) for m in mentions if m.kind in _MINTED and m.sentence is not None}
    taken = [(m.start, m.end) for m in mentions if m.sentence is not None]
    names: dict[str, tuple[int, SentenceMention]] = {}  # abbreviation → (first, name)
    for mark in marks:
        end = mark.start()
        while end and text[end - 1].isspace():  # the name ends before the white space
            end -= 1
        if end not in by_end:
            continue
        m, limit = by_end[end]
        span = _alias(text, m, limit)
        if span is not None and (
            span in shorts or not any(a < span[1] and span[0] < b for a, b in taken)
        ):
            names.setdefault(text[span[0] : span[1]], (span[0], m))
    if not names:
        return mentions
    mentions = [m for m in mentions if not (m.kind in _MINTED and m.text in names)]
    taken = [(m.start, m.end) for m in mentions if m.sentence is not None]
    added = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for sentence in doc.sentences:
        for found in pattern.finditer(text, sentence.start, sentence.end):
            s, e = found.span()
            first, m = names[found.group()]
            if s < first or any(a < e and s < b for a, b in taken):
                continue
            added.append(SentenceMention(m.entity, m.kind, s, e, found.group(), sentence.index))
    return sorted(mentions + added, key=lambda x: (x.start, x.end, x.entity))
