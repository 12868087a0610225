"""Literal prefixes: try a pattern only where one of its matches could begin.

``pattern.finditer(text, start, end)`` tries the pattern at every position of the span. Many
patterns of the extractor begin with one of a list of words ("\\b(?:volgens|aldus)\\s+…", a
long alternation of reporting verbs), so a match can only begin where the text holds one of
those words. This module reads a compiled pattern's syntax tree (``re._parser``) once and
derives its *prefixes*: literal strings one of which every match begins with, compared in
lower case. The lower-cased text of a document is searched for them once (``str.find``);
:func:`finditer` then tries the pattern (``pattern.match``) only at those positions, in text
order, skipping any inside a match already found. That is what ``finditer`` does, without
the positions where no match can begin, so the matches are exactly the same.

A pattern that may begin with something other than a literal (``\\w+``, ``.``, a character
class of many letters) has no prefixes and is scanned as usual; so is a text that
``str.lower`` and ``re.IGNORECASE`` read apart (İ, ı, ſ …: see
:func:`kg.extract.wordtokens.plain`).

Examples
--------
>>> p = re.compile(r"\\b(?:volgens|aldus)\\s+(?:de\\s+)?(\\w+)", re.IGNORECASE)
>>> prefixes(p)
('aldus', 'volgens')
>>> s = "Volgens de raad is het zo, aldus ouders."
>>> [m.group(1) for m in finditer(p, s, 0, len(s))]
['raad', 'ouders']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain, compress, count, product, repeat
from operator import is_, itemgetter
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[import-not-found]
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BOUNDARY,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)

from kg.extract.keyedwords import keyed
from kg.extract.literalprefixes import above, covering, cut, fit
from kg.extract.rulegates import occurrences_apart, word_tree
from kg.extract.sentencecache import RUN, inside_run, table, whole
from kg.extract.wordtokens import LOWERED, lowered, lowered_runs, plain

__all__ = [
    "finditer",
    "finditer_in",
    "heads",
    "may_hold",
    "positions",
    "prefixes",
    "search",
    "search_in",
    "search_runs",
]

#: At most this many prefix strings per pattern: a longer list is cut to shorter prefixes
#: (:func:`kg.extract.literalprefixes.fit`), a coarser net for the same matches.
_LIMIT = 400
#: Characters a prefix may hold: letters whose case-insensitive matches ``str.lower`` finds.
_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789 -'’.,;:()/%€&+§àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
)

#: (pattern id, depth) → (pattern, its prefixes cut to depth when not 0, or None); kept alive.
_DERIVED: dict[tuple[int, int], tuple[re.Pattern, tuple[str, ...] | None]] = {}
#: (pattern id, text) → (pattern, sorted positions where a prefix begins), per document.
_POSITIONS: dict[tuple[int, str], tuple[re.Pattern, list[int]]] = table()
#: Pattern id → (pattern, the text it read last, its positions there), per document.
_LAST: dict[int, tuple[re.Pattern, str, list[int]]] = table()
#: text → its runs of word characters (lower case, sorted) with their starts (per document).
_RUNS: dict[str, tuple[list[str], list[int]]] = table()
#: Pattern id → (pattern, whether every match begins where a run begins).
_AT_RUN: dict[int, tuple[re.Pattern, bool]] = {}
#: The word characters a prefix's run opens with.
_WORD = re.compile(r"\w+")


def prefixes(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The lower-case literal strings every match of ``pattern`` begins with, or None.

    None when some match may begin with something other than a literal. No
    string of the answer begins with another (the shorter one covers it).

    Examples
    --------
    >>> prefixes(re.compile(r"\\b(?:ge(?:eft|ven)|gaf)\\b.{0,9}aan", re.IGNORECASE))
    ('gaf', 'geeft', 'geven')
    >>> prefixes(re.compile(r"(?:be)?mer(?:kt|ken)|[Dd]e\\s+x"))
    ('bemerken', 'bemerkt', 'de', 'merken', 'merkt')
    >>> prefixes(re.compile(r"(?:\\w+,\\s*)?de"))  # may begin with any word: no literal
    >>> prefixes(re.compile(r"\\w+ is"))
    """
    return _derived(pattern, 0)


def _derived(pattern: re.Pattern, depth: int) -> tuple[str, ...] | None:
    """:func:`_derive`, once per pattern and depth."""
    kept = _DERIVED.get((id(pattern), depth))
    if kept is None or kept[0] is not pattern:
        kept = _DERIVED[(id(pattern), depth)] = (pattern, _derive(pattern, depth))
    return kept[1]


def _derive(pattern: re.Pattern, depth: int = 0) -> tuple[str, ...] | None:
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable tree only means no shortcut
        return None
    found = _starts([""], list(tree), depth)
    if found is None or not found or "" in found or any(set(s) - _SAFE for s in found):
        return None
    return cut(found, depth) if depth else covering(found)


def heads(pattern: re.Pattern, depth: int = 3) -> tuple[str, ...] | None:
    """:func:`prefixes` cut to ``depth`` characters: short enough for any pattern.

    A long alternation of compounds has too many prefixes to list; their first
    letters are few. None when some match may begin with no literal.

    Examples
    --------
    >>> heads(re.compile(r"(?:een|twee|drie)?(?:honderd|duizend)", re.IGNORECASE))
    ('dri', 'dui', 'een', 'hon', 'twe')
    >>> heads(re.compile(r"\\w+"))
    """
    return _derived(pattern, depth)


def _starts(heads: list[str], items: list, depth: int = 0) -> set[str] | None:  # noqa: PLR0911
    """Literal strings every match of ``items`` begins with, each after one of ``heads``.

    ``heads`` are the literal beginnings read so far; the answer extends them as
    far as the items stay literal (with ``depth``, to that many characters at most).
    None: a match may begin with no literal.
    """
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if depth and all(len(h) >= depth for h in heads):
            return {h[:depth] for h in heads}
        if op is LITERAL:
            heads = [h + chr(av).lower() for h in heads]
        elif op is IN and av and all(o is LITERAL for o, _ in av):
            chars = sorted({chr(c).lower() for _, c in av})
            heads = [h + c for h, c in product(heads, chars)]
            if len(heads) > _LIMIT:  # too many to extend further: the list, fitted
                return set(fit(heads, _LIMIT))
        elif op in (AT, ASSERT, ASSERT_NOT):
            continue  # takes no characters: what follows begins where it stands
        elif op is SUBPATTERN:
            return _starts(heads, list(av[-1]) + rest, depth)
        elif op is BRANCH:
            return _either(heads, [list(alt) + rest for alt in av[1]], depth)
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, high, sub = av
            once = list(sub) + rest if high == 1 else list(sub)  # more: what follows is unknown
            return _either(heads, [once] if low else [once, rest], depth)
        else:
            break  # not a literal: the beginnings so far are the prefixes
    return {h[:depth] for h in heads} if depth else set(heads)


def _either(heads: list[str], alternatives: list[list], depth: int = 0) -> set[str] | None:
    """:func:`_starts` of alternatives after ``heads`` (one may match, whichever)."""
    found: set[str] = set()
    for alternative in alternatives:
        more = _starts(heads, alternative, depth)
        if more is None:
            return None
        found |= more
        if len(found) > _LIMIT:  # each is a whole answer: fitted, they stay one
            found = set(fit(found, _LIMIT))
    return found


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of the lower-case ``words`` as ``re.IGNORECASE`` finds them.

    False only when it cannot: ``str.lower`` finds a word as a case-insensitive pattern
    does, unless the text holds a letter the two fold apart (İ, ı, ſ …: then True). A
    pattern every match of which holds one of the words need not be searched in a text
    for which this is False.

    Examples
    --------
    >>> may_hold("Dat wordt door NIEMAND betwist.", ("niemand", "iedereen"))
    True
    >>> may_hold("Dat wordt betwist.", ("niemand",)), may_hold("Dat ſtaat.", ("niemand",))
    (False, True)
    """
    if not plain(text):
        return True
    lower = text.lower()
    for word in words:  # noqa: SIM110 - a loop: any() of a generator costs a frame per call
        if word in lower:
            return True
    return False


def may_hold_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` may hold one of the lower-case ``words`` (see :func:`may_hold`).

    The span form, for a document's claims: the text is lower-cased once per document,
    and a text with a letter ``str.lower`` folds apart from the pattern (İ, ı, ſ) may
    hold anything.

    Examples
    --------
    >>> t = "Wat Niemand zag. Dat wordt betwist."
    >>> may_hold_in(t, 0, 16, ("niemand",)), may_hold_in(t, 17, len(t), ("niemand",))
    (True, False)
    >>> may_hold_in("Dat ſtaat.", 0, 10, ("niemand",))
    True
    """
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
        low = lowered(text)
    if low is None:
        return True
    piece = low[start:end]  # one slice: ``in`` parses no arguments, ``find(w, start, end)`` does
    for word in words:  # noqa: SIM110 - a loop: any() of a generator costs a frame per call
        if word in piece:
            return True
    return False


def _positions(pattern: re.Pattern, starts: tuple[str, ...], text: str, low: str) -> list[int]:
    """Sorted positions of ``text`` where one of ``starts`` begins (once per document).

    A pattern that opens with ``\\b`` before a word character begins a match only
    where a run of word characters begins: its positions are read from the
    document's runs (:func:`_runs`); any other pattern's from the text itself, or, when
    it has many prefixes, from the key words found in one pass
    (:func:`kg.extract.keyedwords.keyed`).
    """
    kept = _POSITIONS.get((id(pattern), text))
    if kept is None or kept[0] is not pattern:
        # no head or prefix begins with another: no position is found twice
        found: list[int] = []
        if _at_run(pattern):
            known = _HEAD_STARTS.get(text)
            if known is None:
                known = _HEAD_STARTS[text] = {}
            pairs, heads = _run_heads(pattern, starts)
            wheres: list = list(map(known.get, heads))  # the heads read for the document already
            if None in wheres:  # (a list of positions is never None, nor equal to it)
                names, begins = _runs(text)
                for k in compress(count(), map(is_, wheres, repeat(None))):
                    head, ceiling = pairs[k]
                    # the starts of the runs that begin with the head sort together: from
                    # the head on, and below the head with its last character raised by
                    # one (:func:`~kg.extract.literalprefixes.above`)
                    i = bisect_left(names, head)
                    if i == len(names) or names[i] >= ceiling:
                        where = []  # no run begins with it (most heads of a document)
                    else:
                        where = begins[i : bisect_left(names, ceiling, i + 1)]
                    wheres[k] = known[head] = where
            found = list(chain.from_iterable(wheres))
        elif (words := keyed(pattern, starts)) is not None:
            # its prefixes' occurrences in the gates' one pass: one at a position at most
            begins, _, keys = occurrences_apart(low)
            found = list(compress(begins, map(words.__contains__, keys)))
        else:
            for prefix in starts:
                at = low.find(prefix)
                while at >= 0:
                    found.append(at)
                    at = low.find(prefix, at + 1)
        found.sort()
        kept = _POSITIONS[(id(pattern), text)] = (pattern, found)
    return kept[1]


#: text → head → the starts of the runs that begin with the head (shared by patterns), per text.
_HEAD_STARTS: dict[str, dict[str, list[int]]] = table()


def _positions_of(pattern: re.Pattern, text: str) -> list[int] | None:
    """:func:`_positions` of the pattern's prefixes in ``text``; None when it has none
    (or the text holds an odd letter). The last text each pattern read is kept by
    identity in ``_LAST``, so the sentences of one document skip the look-ups: the
    callers read that table themselves before they call this."""
    derived = _DERIVED.get((id(pattern), 0))  # prefixes(pattern) without a call once kept
    starts = derived[1] if derived is not None and derived[0] is pattern else prefixes(pattern)
    if starts is None:
        return None
    low = LOWERED.get(text, "")  # lowered(text) without a call once kept
    if low == "":
        low = lowered(text)
    if low is None:
        return None
    positions = _positions(pattern, starts, text, low)
    _LAST[id(pattern)] = (pattern, text, positions)
    return positions


def positions(pattern: re.Pattern, text: str) -> list[int] | None:
    """:func:`_positions_of` (where a match of ``pattern`` may begin; None: anywhere), kept."""
    read = _LAST.get(id(pattern))  # no call for the text read last
    kept = read is not None and read[0] is pattern and read[1] is text
    return read[2] if kept else _positions_of(pattern, text)  # type: ignore[index]


#: Pattern id → (pattern, the distinct word characters its prefixes open with, with
#: the least string above those that begin with it, and the heads alone).
_HEADS: dict[int, tuple[re.Pattern, tuple[tuple[str, str], ...], tuple[str, ...]]] = {}


def _run_heads(
    pattern: re.Pattern, starts: tuple[str, ...]
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The distinct :func:`_head` of the pattern's prefixes ``starts`` but those that begin
    with another (a run that begins with one begins with the other), each with its
    :func:`~kg.extract.literalprefixes.above`, and the heads alone,
    once per pattern (sorted).

    Examples
    --------
    >>> _run_heads(re.compile(r"\\b(?:t\\.o\\.v|ten|de)\\b"), ("de", "t.o.v", "ten"))
    ((('de', 'df'), ('t', 'u')), ('de', 't'))
    """
    kept = _HEADS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        heads = set(map(_head, starts))
        shortest = sorted(h for h in heads if not any(h != g and h.startswith(g) for g in heads))
        pairs = tuple((h, above(h)) for h in shortest)
        kept = _HEADS[id(pattern)] = (pattern, pairs, tuple(shortest))
    return kept[1], kept[2]


def _head(prefix: str) -> str:
    """The prefix up to its first character that is no word character ("t.o.v" → "t")."""
    m = _WORD.match(prefix)
    return m.group() if m else ""


def _runs(text: str) -> tuple[list[str], list[int]]:
    """The document's runs of word characters in lower case, sorted, and the start of
    each (in the same order).

    Examples
    --------
    >>> _runs("De wijk, de Wijkraad")
    (['de', 'de', 'wijk', 'wijkraad'], [0, 9, 3, 12])
    """
    kept = _RUNS.get(text)
    if kept is None:
        starts = whole(RUN, text)[1]  # split once per document
        names = lowered_runs(text)  # shared with the words read from the runs
        order = sorted(range(len(names)), key=names.__getitem__)
        if len(order) > 1:  # one itemgetter of all the indices: each list read in one call
            pick = itemgetter(*order)
            kept = _RUNS[text] = (list(pick(names)), list(pick(starts)))
        else:  # itemgetter of one index gives the item, not a tuple
            kept = _RUNS[text] = ([names[k] for k in order], [starts[k] for k in order])
    return kept


def _at_run(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` begins where a run of word characters begins.

    True when it opens with ``\\b`` (in every alternative) and each prefix opens
    with a word character: ``\\b`` before a word character stands where a run begins.
    """
    kept = _AT_RUN.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        starts = prefixes(pattern) or ("",)
        bounded = not pattern.flags & (re.ASCII | re.LOCALE) and all(_WORD.match(s) for s in starts)
        if bounded:
            bounded = _bounded(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
        kept = _AT_RUN[id(pattern)] = (pattern, bounded)
    return kept[1]


def _bounded(items: list) -> bool:
    """Whether ``items`` open with ``\\b`` (after any look-around) whichever way they match."""
    if not items:
        return False
    op, av = items[0]
    if op is AT:
        return av is AT_BOUNDARY
    if op in (ASSERT, ASSERT_NOT):  # a look-around takes no characters: "\\b" may follow
        return _bounded(items[1:])
    if op is SUBPATTERN:
        return _bounded(list(av[-1]) + items[1:])
    if op is BRANCH:
        return all(_bounded(list(alt) + items[1:]) for alt in av[1])
    return False


def finditer(pattern: re.Pattern, text: str, start: int, end: int) -> list[re.Match]:
    """The matches of ``pattern.finditer(text, start, end)``, as a list.

    Examples
    --------
    >>> p = re.compile(r"\\b(?:is|was)\\s+(?:hoog|laag)\\b", re.IGNORECASE)
    >>> s = "Het aantal is hoog; het was laag, dat IS  LAAG. Dit is hoger."
    >>> [m.group() for m in finditer(p, s, 0, len(s))] == [
    ...     m.group() for m in p.finditer(s)]
    True
    """
    read = _LAST.get(id(pattern))  # _positions_of without a call for the text read last
    positions = (
        read[2]
        if read is not None and read[0] is pattern and read[1] is text
        else _positions_of(pattern, text)
    )
    if positions is None:
        return list(pattern.finditer(text, start, end))
    lo = bisect_left(positions, start)
    count = len(positions)
    # most spans hold no position, or one: those need no second bisection
    if lo == count or positions[lo] >= end:
        return []
    if lo + 1 == count or positions[lo + 1] >= end:
        m = pattern.match(text, positions[lo], end)
        return [] if m is None else [m]
    found = []
    last = start
    for at in positions[lo : bisect_left(positions, end, lo)]:
        if at < last:
            continue  # inside the match before: finditer goes on after it
        m = pattern.match(text, at, end)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def finditer_in(pattern: re.Pattern, piece: str, text: str, start: int) -> list[re.Match]:
    """``list(pattern.finditer(piece))`` for ``piece``, the text's stretch at ``start``.

    The matches are of ``piece`` (their offsets count from its start), as when
    the stretch was cut out of the text to be read alone; the prefixes are looked
    up in the whole text once per document.

    Examples
    --------
    >>> p = re.compile(r"\\b(?:volgens|aldus)\\s+(\\w+)", re.IGNORECASE)
    >>> text = "Zo gaat het. Aldus ouders, volgens de raad."
    >>> [(m.start(), m.group(1)) for m in finditer_in(p, text[13:], text, 13)]
    [(0, 'ouders'), (14, 'de')]
    """
    return _matches_in(pattern, piece, text, start, False)


def search_in(pattern: re.Pattern, piece: str, text: str, start: int) -> re.Match | None:
    """``pattern.search(piece)``: the first match :func:`finditer_in` would give, the
    rest of the piece unread.

    Examples
    --------
    >>> p = re.compile(r"\\b(?:volgens|aldus)\\s+(\\w+)", re.IGNORECASE)
    >>> text = "Zo gaat het. Het is zo, aldus ouders, volgens de raad."
    >>> search_in(p, text[13:], text, 13).group(1), search_in(p, text[:12], text, 0)
    ('ouders', None)
    """
    found = _matches_in(pattern, piece, text, start, True)
    return found[0] if found else None


def _matches_in(
    pattern: re.Pattern, piece: str, text: str, start: int, first: bool
) -> list[re.Match]:
    """:func:`finditer_in`, or its first match only when ``first``."""
    read = _LAST.get(id(pattern))  # _positions_of without a call for the text read last
    positions = (
        read[2]
        if read is not None and read[0] is pattern and read[1] is text
        else _positions_of(pattern, text)
    )
    if positions is None:
        if first:
            m = pattern.search(piece)
            return [m] if m is not None else []
        return list(pattern.finditer(piece))
    span = len(piece)
    found: list[re.Match] = []
    last = 0
    if inside_run(text, start) and _at_run(pattern):
        # the piece begins inside a run of the text, where "\\b" stands in the piece only:
        # no position of a pattern that begins at runs is there (any other pattern's
        # positions are every place where a prefix begins, the piece's start among them)
        m = pattern.match(piece, 0)
        if m is not None:
            found.append(m)
            if first:
                return found
            last = m.end()
    lo = bisect_left(positions, start)
    for at in positions[lo : bisect_left(positions, start + span, lo)]:
        at -= start
        if at < last:
            continue
        m = pattern.match(piece, at)
        if m is not None:
            found.append(m)
            if first:
                return found
            last = m.end()
    return found


def search(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.search(text, start, end)``, tried only where a prefix begins.

    Examples
    --------
    >>> p = re.compile(r"\\bdan\\s+(\\w+)", re.IGNORECASE)
    >>> search(p, "Meer dan landelijk, minder dan vorig jaar.", 10, 40).group(1)
    'vorig'
    """
    read = _LAST.get(id(pattern))  # _positions_of without a call for the text read last
    positions = (
        read[2]
        if read is not None and read[0] is pattern and read[1] is text
        else _positions_of(pattern, text)
    )
    if positions is None:
        return pattern.search(text, start, end)
    lo = bisect_left(positions, start)
    count = len(positions)
    while lo < count:  # a few positions at most in a span: no second bisection
        at = positions[lo]
        if at >= end:
            return None
        m = pattern.match(text, at, end)
        if m is not None:
            return m
        lo += 1
    return None


#: Pattern id → (pattern, a pattern that finds where a run begins with the word characters
#: its matches open with, cut to three, or None).
_RUN_HEADS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def search_runs(pattern: re.Pattern, piece: str, last: int | None = None) -> re.Match | None:
    """``pattern.search(piece)``, tried only at the runs of word characters of ``piece``
    that begin as a match of the pattern may begin; with ``last``, the first match only if
    it begins at or before ``last`` (the runs after it are not read).

    For a pattern every match of which begins where a run begins (``\\b`` before its
    literal beginnings, :func:`_at_run`): a match at a run begins with one of its
    prefixes, so the run, in lower case, begins with that prefix's word characters (cut
    to three). Any other pattern, or a piece with a letter ``str.lower`` and
    ``re.IGNORECASE`` fold apart, is searched as usual. Meant for short pieces (a few
    words after a group): no document-wide look-up. The runs that begin with those word
    characters are found in one search of the piece's lower case (a boundary, then the
    characters as a tree: :func:`~kg.extract.rulegates.word_tree`), not run by run.

    Examples
    --------
    >>> p = re.compile(r"\\b(?:vertelt|vinden|stelt)\\s+dat\\b", re.IGNORECASE)
    >>> search_runs(p, "  de raad VINDT, vinden zij dat? Zij stelt dat").group()
    'stelt dat'
    >>> search_runs(p, "zij vertellen dat") is None
    True
    >>> search_runs(re.compile(r"\\b(?:is|zag)\\s+het", re.I), "Zo IS het").group()
    'IS het'
    >>> search_runs(p, "zij stelt dat", 3) is None, search_runs(p, "zij stelt dat", 4).group()
    (True, 'stelt dat')
    """
    kept = _RUN_HEADS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        cut = heads(pattern, 3) if _at_run(pattern) else None
        words = None if cut is None else {_head(h) for h in cut}
        # a run that begins with one of them: a boundary, then the word characters as a tree
        opens = re.compile(r"\b" + word_tree(words)) if words and all(words) else None
        kept = _RUN_HEADS[id(pattern)] = (pattern, opens)
    opens = kept[1]
    if opens is None or not plain(piece):
        found = pattern.search(piece)
        return None if found is None or (last is not None and found.start() > last) else found
    # a plain piece: its lower case has its offsets and its runs, each lowered as on its own
    for head in opens.finditer(piece.lower()):
        at = head.start()
        if last is not None and at > last:
            return None
        found = pattern.match(piece, at)
        if found is not None:
            return found
    return None
