"""Literal strings of the extractor's patterns that the key-word pass of the gates finds.

:mod:`kg.extract.rulegates` finds the key words of its gates in a document's lower case
in one pass (:func:`kg.extract.rulegates.key_occurrences`). A pattern that may begin
anywhere in a word with one of many literal prefixes (:func:`kg.extract.prefixscan.prefixes`)
had each prefix searched for in the whole text on its own; its prefixes join that pass
instead, and the positions where one begins are the pass's occurrences of them.

A larger vocabulary makes the pass read a text again, so prefixes join it only between two
documents (:func:`kg.extract.sentencecache.between`): in the document where a pattern is
first read its prefixes are searched for as before. Either way the positions are the
same.
"""

from __future__ import annotations

import re

from kg.extract.rulegates import register
from kg.extract.sentencecache import between

__all__ = ["keyed"]


#: A pattern with at least this many prefixes that does not begin at runs has its positions
#: from the key words found in one pass (:func:`kg.extract.rulegates.key_occurrences`),
#: not from a search of the text for each prefix.
_MANY = 8
#: Pattern id → (pattern, its prefixes, which the key-word pass finds, or None: each is
#: searched for on its own).
_KEYED: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}
#: Pattern id → (pattern, its prefixes) for the key-word pass to take up between documents.
_PENDING: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}


def keyed(pattern: re.Pattern, starts: tuple[str, ...]) -> frozenset[str] | None:
    """The prefixes ``starts`` of a pattern that does not begin at runs when the key-word
    pass finds them; else None.

    A pattern with fewer than :data:`_MANY` prefixes is searched for prefix by prefix.
    One with more is taken up by the pass between two documents (a larger vocabulary
    read in the middle of one would read its text again): until then it is searched for
    as the others.

    Examples
    --------
    >>> from kg.extract.prefixscan import prefixes
    >>> p = re.compile(r"(?:hoger|lager|groter|kleiner|beter|slechter|meer|minder) dan")
    >>> keyed(p, prefixes(p)) is None  # taken up between documents
    True
    >>> from kg.extract.sentencecache import clear
    >>> clear()
    >>> sorted(keyed(p, prefixes(p)))[:3]
    ['beter dan', 'groter dan', 'hoger dan']
    """
    kept = _KEYED.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    if len(starts) < _MANY:
        _KEYED[id(pattern)] = (pattern, None)
    else:
        _PENDING[id(pattern)] = (pattern, starts)
    return None


def _take_up() -> None:
    """Give the key-word pass the prefixes of the patterns waiting for it (between documents)."""
    if _PENDING:
        for pattern, starts in _PENDING.values():
            register(starts)
            _KEYED[id(pattern)] = (pattern, frozenset(starts))
        _PENDING.clear()


between(_take_up)
