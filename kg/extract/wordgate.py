"""Word gates: whether a pattern can match a clause, by one set test on the clause's words.

Many scope and tone rules search each clause with a pattern whose every match
opens with one of a few words ("pas", "moet", "binnen" …) standing as a word
of its own. A pattern's *opening words* are read from the pattern itself (its
parsed form, once per pattern), so a gate follows the pattern when a rule
changes it; a pattern whose openings are not plain words (a character class, an
optional part, no ``\\b`` before the word) has no gate, and is always searched.

A clause's *parts* are its words (:func:`kg.extract.wordtokens.words`, lower case)
with the parts of joined words ("x-valt-y" → "x", "valt", "y"). An opening word
matched at a word boundary and followed by a space, a boundary or a non-letter
is a whole run of letters in the clause, so it is among the parts: when none of
a pattern's opening words is, the pattern cannot match and the search is skipped.

One case folding would break this: a text holding a character outside Latin-1
that a case-insensitive pattern matches to a Latin-1 letter (the long s "ſ" to
"s", the Kelvin sign to "k"), which the words do not read as that letter.
:func:`may_match` asks nothing of such a text (:func:`kg.extract.wordtokens.plain`).

Only a rule that needs its pattern to match may be gated: the caller states that.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import compress, count
from operator import itemgetter
from re import _constants as sre  # noqa: PLC2701
from re import _parser  # type: ignore[attr-defined]  # noqa: PLC2701

from kg.extract.sentencecache import memo, table
from kg.extract.wordtokens import all_words, words
from kg.extract.wordtokens import plain as _plain

__all__ = ["Gates", "WordSets", "may_match", "opening_words", "parts", "plain"]

#: The letters of a word (as :data:`kg.extract.wordtokens._WORD` reads them) and the joints.
_LETTERS = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
)
_JOINTS = re.compile(r"[-’']")


#: At most this many opening words per pattern (bounds the reading of a pattern's tree).
#: A document's words are looked up in the set whatever its size, so a long list still
#: gates cheaply; past the bound a pattern has no gate and is tried in every span. The
#: reporting-verb patterns hold about 370 opening words: 400 left them little room to grow.
_MOST = 1500

#: Pattern (by identity) → (pattern, its opening words or None).
_OPENINGS: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def opening_words(pattern: re.Pattern) -> frozenset[str] | None:
    """The words every match of ``pattern`` opens with, lower case; None when there is no gate.

    Not :func:`kg.extract.prefixscan.prefixes`, the literal strings every match begins
    with: an opening word must stand whole (a word boundary before it, a non-letter after
    it), so ``\\bte\\w*`` has the prefix "te" and no opening word, and a literal run
    across a space ("lange tijd") is one prefix but its first word only.

    Examples
    --------
    >>> late = re.compile(r"\\bpas\\s+na\\b|\\b(?:moet|lange\\s+tijd)\\s+wachten", re.I)
    >>> sorted(opening_words(late))
    ['lange', 'moet', 'pas']
    >>> opening_words(re.compile(r"\\bte\\w*")) is None  # "te" may be the start of a longer word
    True
    """
    kept = _OPENINGS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        words = None
        if isinstance(pattern.pattern, str) and not pattern.flags & re.ASCII:
            items = list(_parser.parse(pattern.pattern, pattern.flags))
            found = _openings(items, "", False)
            words = frozenset(found) if found is not None and len(found) <= _MOST else None
        kept = _OPENINGS[id(pattern)] = (pattern, words)
    return kept[1]


def _openings(items: list, prefix: str, bounded: bool) -> set[str] | None:
    """The opening words of the sequence ``items`` after the letters ``prefix``.

    ``bounded``: a word boundary stands before ``prefix``.
    """
    if not items:
        return None  # the word may go on in what follows the pattern
    op, av = items[0]
    rest = items[1:]
    if op is sre.AT and av is sre.AT_BOUNDARY:
        if not prefix:
            return _openings(rest, "", True)
        return {prefix.lower()} if bounded else None
    if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) and not prefix:
        return _openings(rest, "", True)  # "^": nothing stands before the word
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _openings(rest, prefix, bounded)  # a look-around consumes nothing
    if not prefix and op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and _non_letters(av[2]):
        # "^\W*in": non-letters before the word bound it if there is at least one
        return _openings(rest, "", True) if bounded or av[0] >= 1 else None
    if op is sre.SUBPATTERN:
        return _openings(list(av[3]) + rest, prefix, bounded)
    if op is sre.BRANCH:
        return _union(([*alternative, *rest] for alternative in av[1]), prefix, bounded)
    if op is sre.LITERAL and chr(av) in _LETTERS:
        return _openings(rest, prefix + chr(av), bounded) if bounded else None
    if op is sre.LITERAL and not prefix:
        return _openings(rest, "", True)  # "(te)": a non-letter before the word bounds it
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        return _union(([*av[2], *rest], rest), prefix, bounded)  # "stond(?:en)?"
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        if all(chr(c) in _LETTERS for _, c in av):
            return _union(([(sre.LITERAL, c), *rest] for _, c in av), prefix, bounded)
        if not prefix and not any(chr(c) in _LETTERS for _, c in av):
            return _openings(rest, "", True)  # "[,;:]": a non-letter before the word bounds it
        return {prefix.lower()} if prefix and bounded else None
    if prefix and bounded and _ends_word(op, av):
        return {prefix.lower()}
    return None


def _union(sequences, prefix: str, bounded: bool) -> set[str] | None:  # noqa: ANN001
    out: set[str] = set()
    for items in sequences:
        found = _openings(items, prefix, bounded)
        if found is None or len(out) > _MOST:
            return None
        out |= found
    return out


def _non_letters(items) -> bool:  # noqa: ANN001
    """Whether a one-element sequence matches only characters that are no letters."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return chr(av) not in _LETTERS
    return op is sre.IN and av in (
        [(sre.CATEGORY, sre.CATEGORY_SPACE)],
        [(sre.CATEGORY, sre.CATEGORY_NOT_WORD)],
    )


def _ends_word(op, av) -> bool:  # noqa: ANN001
    """Whether the element matches a non-letter first: a literal one or at least one space."""
    if op is sre.LITERAL:
        return chr(av) not in _LETTERS
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        return _ends_word(*av[2][0])
    return op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]


@memo
def parts(text: str, start: int, end: int) -> frozenset[str]:
    """The words of ``text[start:end]`` in lower case, with the parts of joined words.

    Examples
    --------
    >>> sorted(parts("Het X-valt mee.", 0, 15))
    ['het', 'mee', 'valt', 'x', 'x-valt']
    """
    found = frozenset(map(itemgetter(2), words(text, start, end)))
    if _JOINTS.search(text, start, end) is None:
        return found  # no joined word (most spans)
    joined = [w for w in found if _JOINTS.search(w)]
    return found.union(*(_JOINTS.split(word) for word in joined))


@memo
def plain(text: str) -> bool:
    """:func:`kg.extract.wordtokens.plain`, kept for the document (asked of every span).

    Examples
    --------
    >>> plain("Het aantal stijgt."), plain("Het aantal ſtijgt.")
    (True, False)
    """
    return _plain(text)


#: The memo table of :func:`plain`, keyed by ``(text,)``: the gates read it without a call.
_PLAIN: dict[tuple[str], bool] = plain.table  # type: ignore[attr-defined]


def may_match(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` may match in ``text[start:end]`` (False only when it cannot).

    Examples
    --------
    >>> late = re.compile(r"\\bpas\\s+(?:later|laat)\\b", re.IGNORECASE)
    >>> s = "Het komt pas later. Het komt op tijd."
    >>> may_match(late, s, 0, 19), may_match(late, s, 20, len(s))
    (True, False)
    """
    words = opening_words(pattern)
    if words is None or not plain(text):
        return True
    kept = _SETS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = _SETS[id(pattern)] = (pattern, WordSets([words]))
    return kept[1].present(text, start, end) != 0


#: Pattern (by identity) → (pattern, the :class:`WordSets` of its opening words): a span's
#: parts are then read from the document's words, not split out span by span.
_SETS: dict[int, tuple[re.Pattern, WordSets]] = {}


#: text → (the starts, ends and words of its words; the indices of the joined words with
#: their parts), per document: :class:`WordSets` reads a span's parts from it.
_PLACES: dict[str, tuple[list[int], list[int], list[str], dict[int, list[str]]]] = table()


def _places(text: str) -> tuple[list[int], list[int], list[str], dict[int, list[str]]]:
    """The words of the whole text (:func:`kg.extract.wordtokens.words`) and the parts of
    its joined words ("wmo-raad" → "wmo", "raad"), by the word's index."""
    kept = _PLACES.get(text)
    if kept is None:
        found, starts, ends = all_words(text)  # the starts and ends as read (shared lists)
        names = list(map(itemgetter(2), found))
        joined: dict[int, list[str]] = {}
        for m in _JOINTS.finditer(text):  # a joint inside a word joins its parts
            k = bisect_left(starts, m.start()) - 1
            if k >= 0 and ends[k] > m.start() and k not in joined:
                joined[k] = _JOINTS.split(names[k])
        kept = _PLACES[text] = (starts, ends, names, joined)
    return kept


class WordSets:
    """Which of several sets of words a span holds among its :func:`parts`, as a bit set.

    Bit ``i`` of :meth:`present` is set when a word of ``sets[i]`` is one of the parts
    of the span. The document's words are indexed once (per set of sets); a span is
    then a few bisections over the words that hold one, instead of its own word set.
    A span whose ends cut a word reads the cut words on their own, as :func:`parts`
    does: the answer is always that of testing :func:`parts`.

    Examples
    --------
    >>> sets = WordSets([{"niet", "geen"}, {"raad"}])
    >>> s = "De Wmo-raad is niet tevreden."
    >>> sets.present(s, 0, len(s)), sets.present(s, 0, 11), sets.present(s, 12, len(s))
    (3, 2, 1)
    >>> sets.present(s, 8, 16)  # "aad is n": the cut words read on their own
    0
    """

    def __init__(self, sets: Sequence[Iterable[str]]) -> None:
        self._bits: dict[str, int] = {}
        for i, members in enumerate(sets):
            for word in members:
                self._bits[word] = self._bits.get(word, 0) | 1 << i
        #: text → (the starts and ends of its words; the word indices that hold a word of a
        #: set, sorted; their bits), per document
        self._hot: dict[str, tuple[list[int], list[int], list[int], list[int]]] = table()

    def _index(self, text: str) -> tuple[list[int], list[int], list[int], list[int]]:
        kept = self._hot.get(text)
        if kept is None:
            starts, ends, names, joined = _places(text)
            known = self._bits
            hot = list(compress(count(), map(known.__contains__, names)))
            bits = list(map(known.__getitem__, map(names.__getitem__, hot)))
            more = {k: extra for k, pieces in joined.items() if (extra := self._all(pieces))}
            if more:  # a part of a joined word: its bits join those of the word itself
                found = dict(zip(hot, bits, strict=True))
                for k, extra in more.items():
                    found[k] = found.get(k, 0) | extra
                hot = sorted(found)
                bits = [found[k] for k in hot]
            kept = self._hot[text] = (starts, ends, hot, bits)
        return kept

    def _all(self, words: Iterable[str]) -> int:
        """The bits of ``words`` together."""
        found = 0
        for word in words:
            found |= self._bits.get(word, 0)
        return found

    def _of(self, text: str, start: int, end: int) -> int:
        """The bits of the parts of ``text[start:end]`` read on their own."""
        return self._all(parts(text, start, end))

    def present(self, text: str, start: int, end: int) -> int:
        """The sets (a bit set) one of whose words is among the parts of ``text[start:end]``."""
        kept = self._hot.get(text)  # the document's index (built on the first span asked)
        starts, ends, hot, bits = kept if kept is not None else self._index(text)
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        found = 0
        if i and ends[i - 1] > start:  # a word cut by the start: its piece on its own
            found = self._of(text, start, min(end, ends[i - 1]))
        if j > i and ends[j - 1] > end:  # a word cut by the end
            j -= 1
            found |= self._of(text, starts[j], end)
        for bit in bits[bisect_left(hot, i) : bisect_left(hot, j)]:
            found |= bit
        return found


class Gates:
    """The word gates of several patterns, asked of a span together.

    :meth:`closed` gives the identities (``id``) of the patterns that cannot match
    in a span; a pattern not given here is never among them.

    Examples
    --------
    >>> late = re.compile(r"\\bpas\\s+later\\b")
    >>> soon = re.compile(r"\\bbinnen\\s+een\\s+dag\\b")
    >>> gates = Gates([late, soon])
    >>> s = "Hulp komt pas later."
    >>> closed = gates.closed(s, 0, len(s))
    >>> id(late) in closed, id(soon) in closed
    (False, True)
    """

    def __init__(self, patterns, extra: Sequence[Iterable[str]] = ()) -> None:  # noqa: ANN001
        self._patterns = tuple(patterns)  # kept alive: their identities key the answers
        openings = [opening_words(pattern) for pattern in self._patterns]
        n = len(self._patterns)
        #: the patterns' opening words, then the ``extra`` sets (read by :meth:`read`)
        self._words = WordSets([*(words or () for words in openings), *extra])
        self._shift = n
        self._mask = (1 << n) - 1
        self._ids = [(1 << i, id(p)) for i, p in enumerate(self._patterns) if openings[i]]
        #: the bits of the patterns that may match → the identities of the others; a pure
        #: function of the bits (no document's state), filled as the bit sets occur
        self._closed: dict[int, frozenset[int]] = {}

    def closed(self, text: str, start: int, end: int) -> frozenset[int]:
        """The identities of the patterns that cannot match in ``text[start:end]``."""
        known = _PLAIN.get((text,))
        if not (known if known is not None else plain(text)):
            return frozenset()
        bits = self._words.present(text, start, end) & self._mask
        found = self._closed.get(bits)  # _closed_of without a call once the bits occurred
        return found if found is not None else self._closed_of(bits)

    def _closed_of(self, bits: int) -> frozenset[int]:
        """The closed patterns of ``bits``, built and kept (the callers read ``_closed`` first)."""
        found = self._closed[bits] = frozenset(i for bit, i in self._ids if not bits & bit)
        return found

    def read(self, text: str, start: int, end: int) -> tuple[frozenset[int], int]:
        """:meth:`closed` and the ``extra`` sets present (as :meth:`WordSets.present`), at once.

        Examples
        --------
        >>> late = re.compile(r"\\bpas\\s+later\\b")
        >>> gates = Gates([late], extra=[{"niet"}, {"zonder"}])
        >>> s = "Hulp komt niet pas later."
        >>> gates.read(s, 0, len(s)) == (frozenset(), 1), gates.read(s, 0, 9)[1]
        (True, 0)
        """
        bits = self._words.present(text, start, end)
        extra = bits >> self._shift
        known = _PLAIN.get((text,))
        if not (known if known is not None else plain(text)):
            return frozenset(), extra
        found = self._closed.get(bits & self._mask)  # _closed_of without a call once seen
        return (found if found is not None else self._closed_of(bits & self._mask)), extra
