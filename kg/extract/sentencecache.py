"""Per-document memo tables: answers about one sentence that several rules share.

The tone, negation, concern and direction rules ask the same questions of the
same sentence many times over (its clauses, for one). A memo table remembers
each answer for the document being read. :func:`kg.extract.extract` empties
every table when it starts a document: a build reads each profile once, so an
answer kept from one profile for the next would only cost memory, and a
benchmark that repeats a profile would measure nothing but the look-ups.

Only pure functions of their arguments may be memoised (the same text and
span always give the same answer), and what they return must not be changed
by a caller: the memoised function returns an immutable value (a tuple) or
the caller copies it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import wraps
from operator import itemgetter
from typing import Any, TypeVar

__all__ = ["RUN", "clear", "memo", "occurrences", "spans", "table"]

T = TypeVar("T")

#: A run of word characters (what ``\b`` stands between): the one pattern object every
#: reader of runs shares, so a document is split into runs once.
RUN = re.compile(r"\w+")

_TABLES: list[dict] = []


def table() -> dict:
    """A new memo table (a plain dict) that :func:`clear` empties.

    Examples
    --------
    >>> t = table()
    >>> t["x"] = 1
    >>> clear()
    >>> t
    {}
    """
    found: dict = {}
    _TABLES.append(found)
    return found


def clear() -> None:
    """Empty every memo table (at the start of each document)."""
    for found in _TABLES:
        found.clear()


def memo(function: Callable[..., T]) -> Callable[..., T]:
    """Memoise ``function`` by its positional arguments in a table :func:`clear` empties.

    The table is the wrapper's ``table`` attribute (to ask whether an answer is kept).

    Examples
    --------
    >>> calls = []
    >>> @memo
    ... def double(x):
    ...     calls.append(x)
    ...     return 2 * x
    >>> double(2), double(2), calls
    (4, 4, [2])
    >>> clear(); double(2), calls
    (4, [2, 2])
    """
    found = table()

    @wraps(function)
    def wrapper(*args: Any) -> T:
        try:
            return found[args]
        except KeyError:
            value = found[args] = function(*args)
            return value

    wrapper.table = found  # type: ignore[attr-defined]
    return wrapper


def spans(
    pattern: re.Pattern, text: str, start: int, end: int, lower: bool = False
) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, match)`` of ``pattern`` in ``text[start:end]``, lower case if asked.

    The whole text is split once per document and a span's matches are a slice of
    that; a span whose ends cut a match is read on its own. This gives what
    ``pattern.finditer(text, start, end)`` gives only for a pattern that looks
    at nothing outside its match (no look-around, ``\\b`` or anchors), such as
    a word pattern.

    Examples
    --------
    >>> word = re.compile(r"[A-Za-z]+")
    >>> spans(word, "Het loket werkt", 4, 15, lower=True)
    ((4, 9, 'loket'), (10, 15, 'werkt'))
    >>> spans(word, "Het loket werkt", 5, 12)  # cuts two words: read on its own
    ((5, 9, 'oket'), (10, 12, 'we'))
    """
    found, starts, ends = _matches(pattern, text, lower)
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j and ends[j - 1] > end):
        return _read(pattern, text, start, end, lower)
    return found[i:j]


#: (pattern id, text, lower) → (pattern, its matches with their starts and ends).
_MATCHES: dict[tuple[int, str, bool], tuple[re.Pattern, tuple]] = table()


def _matches(
    pattern: re.Pattern, text: str, lower: bool
) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]:
    """The matches of the whole text with their starts and ends (once per document).

    Keyed by the pattern's identity: hashing a compiled pattern hashes all its code.
    """
    key = (id(pattern), text, lower)
    kept = _MATCHES.get(key)
    if kept is None or kept[0] is not pattern:
        found = _read(pattern, text, 0, len(text), lower)
        kept = _MATCHES[key] = (
            pattern,
            (found, list(map(itemgetter(0), found)), list(map(itemgetter(1), found))),
        )
    return kept[1]


def _read(
    pattern: re.Pattern, text: str, start: int, end: int, lower: bool
) -> tuple[tuple[int, int, str], ...]:
    # a list built first: tuple() of a generator costs a frame switch per match
    if lower:
        return tuple(
            [(m.start(), m.end(), m.group().lower()) for m in pattern.finditer(text, start, end)]
        )
    return tuple([(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)])


#: (text, word) → the positions where the word begins in the text, per document.
_OCCURRENCES: dict[tuple[str, str], list[int]] = table()


def occurrences(text: str, word: str) -> list[int]:
    """Every position where ``word`` begins in ``text`` (overlaps too), in order.

    Kept for the document: the key-word gates of several readers look up the same
    words in the same lower-cased text.

    Examples
    --------
    >>> occurrences("het hoge, hogere en hoogste", "hog")
    [4, 10]
    >>> occurrences("aaaa", "aa")
    [0, 1, 2]
    """
    key = (text, word)
    found = _OCCURRENCES.get(key)
    if found is None:
        found = _OCCURRENCES[key] = []
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found
