"""Per-document memo tables: answers about one sentence that several rules share.

The tone, negation, concern and direction rules ask the same questions of the
same sentence many times over (its clauses, for one). A memo table remembers
each answer for the document being read. :func:`kg.extract.extract` empties
every table when it starts a document and again when it ends one: a build reads
each profile once, so an answer kept from one profile for the next would only
cost memory (and the collector's time), and a benchmark that repeats a profile
would measure nothing but the look-ups.

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
from itertools import accumulate
from operator import itemgetter
from re import _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

__all__ = [
    "RUN",
    "between",
    "clear",
    "derive",
    "inside_run",
    "kept",
    "memo",
    "occurrences",
    "spans",
    "table",
    "whole",
]

T = TypeVar("T")

#: A run of word characters (what ``\b`` stands between): the one pattern object every
#: reader of runs shares, so a document is split into runs once.
RUN = re.compile(r"\w+")

_TABLES: list[dict] = []


def inside_run(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a run of word characters: ``text[at - 1]`` and ``text[at]``
    both match ``\\w`` (``re.compile(r"\\w\\w").match(text, at - 1)``, without the engine).

    ``\\w`` is a character that ``str.isalnum`` holds of, or "_".

    Examples
    --------
    >>> [inside_run("ab c_d", at) for at in range(7)]
    [False, True, False, False, True, True, False]
    >>> inside_run("x²y", 1), inside_run("é-", 1)
    (True, False)
    """
    if at <= 0:
        return False
    pair = text[at - 1 : at + 1]
    return len(pair) == 2 and (pair.isalnum() or ("_" in pair and pair.replace("_", "a").isalnum()))


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
    """Empty every memo table (at the start and the end of each document), then run the
    hooks :func:`between` was given."""
    for found in _TABLES:
        found.clear()
    for hook in _BETWEEN:
        hook()


#: What :func:`clear` runs after emptying the tables.
_BETWEEN: list[Callable[[], None]] = []


def between(hook: Callable[[], None]) -> None:
    """Run ``hook`` whenever :func:`clear` has emptied the tables: between two documents,
    when no table holds anything of a document (work that would make a document's
    answers read again, such as a larger vocabulary to search, is done there).

    Examples
    --------
    >>> done = []
    >>> between(lambda: done.append(1))
    >>> clear(); done
    [1]
    >>> _BETWEEN.pop() and None
    """
    _BETWEEN.append(hook)


#: What a memo table's ``get`` gives for an answer not kept (no answer is this object).
_MISSING: Any = object()


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
    get = found.get

    @wraps(function)
    def wrapper(*args: Any) -> T:
        value = get(args, _MISSING)  # not a KeyError on every first asking (about half)
        if value is _MISSING:
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
    kept = _MATCHES.get((id(pattern), text, lower))  # _matches without a call when kept
    found, starts, ends = (
        kept[1] if kept is not None and kept[0] is pattern else _matches(pattern, text, lower)
    )
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j and ends[j - 1] > end):
        return _read(pattern, text, start, end, lower)
    return found[i:j]


def whole(
    pattern: re.Pattern, text: str, lower: bool = False
) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]:
    """``(start, end, match)`` of ``pattern`` in all of ``text`` (as :func:`spans` reads them),
    with the starts and the ends apart, read once per document; the lists are shared: a
    caller must not change them.

    Examples
    --------
    >>> found, starts, ends = whole(re.compile(r"[a-z]+"), "de wijk")
    >>> found, starts, ends
    (((0, 2, 'de'), (3, 7, 'wijk')), [0, 3], [2, 7])
    """
    return _matches(pattern, text, lower)


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
        reader = _READERS.get(id(pattern))
        found = reader[1](text, lower) if reader is not None and reader[0] is pattern else None
        kept = _MATCHES[key] = (pattern, found or _read_whole(pattern, text, lower))
    return kept[1]


def kept(
    pattern: re.Pattern, text: str, lower: bool = False
) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]] | None:
    """:func:`whole` when the text is read already (for the document), else None.

    Examples
    --------
    >>> word = re.compile(r"[a-z]+")
    >>> clear()
    >>> kept(word, "de wijk"), whole(word, "de wijk") == kept(word, "de wijk")
    (None, True)
    """
    found = _MATCHES.get((id(pattern), text, lower))
    return found[1] if found is not None and found[0] is pattern else None


#: Pattern id → (pattern, the reader :func:`derive` gave for it).
_READERS: dict[int, tuple[re.Pattern, Callable[[str, bool], Any]]] = {}


def derive(
    pattern: re.Pattern,
    reader: Callable[
        [str, bool], tuple[tuple[tuple[int, int, str], ...], list[int], list[int]] | None
    ],
) -> None:
    """Read ``pattern``'s matches of a whole text with ``reader(text, lower)`` when it can.

    The reader gives what :func:`whole` gives, taken from other readings of the text
    that are read already (:func:`kept`), or None when it cannot: the text is then read.

    Examples
    --------
    >>> word = re.compile(r"[a-z]+")
    >>> derive(word, lambda text, lower: ((), [], []) if text == "-" else None)
    >>> whole(word, "-"), whole(word, "de wijk")[0]
    (((), [], []), ((0, 2, 'de'), (3, 7, 'wijk')))
    """
    _READERS[id(pattern)] = (pattern, reader)


#: Pattern id → (pattern, the pattern as one capturing group, or None when it may match
#: nothing or has groups of its own: :func:`_read_whole` reads such a pattern match by match).
_GROUPED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _read_whole(
    pattern: re.Pattern, text: str, lower: bool
) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]:
    """:func:`_read` of the whole text, with the starts and ends of the matches.

    ``re.split`` by the pattern as one group gives the text between the matches and the
    matches in turn, all in one call: the running sum of their lengths gives where each
    match begins and ends. That is what ``finditer`` finds for a pattern that cannot
    match an empty string (``split`` and ``finditer`` search alike), without a match
    object per match.

    Examples
    --------
    >>> _read_whole(re.compile(r"[a-z]+"), "De wijk, het dorp", True)
    (((1, 2, 'e'), (3, 7, 'wijk'), (9, 12, 'het'), (13, 17, 'dorp')), [1, 3, 9, 13], [2, 7, 12, 17])
    """
    kept = _GROUPED.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = _GROUPED[id(pattern)] = (pattern, _as_group(pattern))
    grouped = kept[1]
    if grouped is None:
        found = _read(pattern, text, 0, len(text), lower)
        return found, list(map(itemgetter(0), found)), list(map(itemgetter(1), found))
    parts = grouped.split(text)  # between, match, between, …, between
    bounds = list(accumulate(map(len, parts)))
    starts, ends, words = bounds[0:-1:2], bounds[1::2], parts[1::2]
    found = tuple(zip(starts, ends, map(str.lower, words) if lower else words, strict=True))
    return found, starts, ends


def _as_group(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` as one capturing group, or None when it has groups or may match nothing."""
    if pattern.groups or not isinstance(pattern.pattern, str):
        return None
    try:
        if _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
            return None
        return re.compile(f"({pattern.pattern})", pattern.flags)
    except re.error:  # global flags inside the pattern ("(?i)…") cannot stand in a group
        return None


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
