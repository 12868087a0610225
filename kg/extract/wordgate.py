"""Word gates: whether a pattern can match a clause, by one set test on the clause's words.

Many scope and tone rules search each clause with a pattern whose every match
opens with one of a few words ("pas", "moet", "binnen" …) standing as a word
of its own. A pattern's *opening words* are read from the pattern itself (its
parsed form, once per pattern), so a gate follows the pattern when a rule
changes it; a pattern whose openings are not plain words (a character class, an
optional part, no ``\\b`` before the word) has no gate, and is always searched.

A clause's *parts* are its words (:func:`kg.extract.negation.words`, lower case)
with the parts of joined words ("x-valt-y" → "x", "valt", "y"). An opening word
matched at a word boundary and followed by a space, a boundary or a non-letter
is a whole run of letters in the clause, so it is among the parts: when none of
a pattern's opening words is, the pattern cannot match and the search is skipped.

One case folding would break this: a text holding a character outside Latin-1
that a case-insensitive pattern matches to a Latin-1 letter (the long s "ſ" to
"s", the Kelvin sign to "k"). :func:`may_match` asks nothing of such a text.

Only a rule that needs its pattern to match may be gated: the caller states that.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine: its case folding
import re
from operator import itemgetter
from re import _constants as sre  # noqa: PLC2701
from re import _parser  # type: ignore[attr-defined]  # noqa: PLC2701

from kg.extract.sentencecache import memo

__all__ = ["Gates", "may_match", "opening_words", "parts"]

#: The letters of a word (as :data:`kg.extract.negation._WORD` reads them) and the joints.
_LETTERS = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
)
_JOINTS = re.compile(r"[-’']")


#: At most this many opening words per pattern (a larger set is no cheap gate).
_MOST = 400

#: Pattern (by identity) → (pattern, its opening words or None).
_OPENINGS: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def opening_words(pattern: re.Pattern) -> frozenset[str] | None:
    """The words every match of ``pattern`` opens with, lower case; None when there is no gate.

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
    from kg.extract.negation import words

    found = frozenset(map(itemgetter(2), words(text, start, end)))
    if _JOINTS.search(text, start, end) is None:
        return found  # no joined word (most spans)
    joined = [w for w in found if _JOINTS.search(w)]
    return found.union(*(_JOINTS.split(word) for word in joined))


@memo
def _plain(text: str) -> bool:
    """Whether the text holds no character a case-insensitive pattern folds into a letter.

    Such a character lies outside Latin-1 and case folding takes it into Latin-1 (the
    regular expression engine's simple lower case, or the upper case): "İ", "ſ", "ı",
    the Kelvin sign.

    Examples
    --------
    >>> _plain("Het aantal stijgt."), _plain("Het aantal ſtijgt.")
    (True, False)
    """
    return not any(
        ord(c) > 0xFF and (_sre.unicode_tolower(ord(c)) < 0x100 or ord(c.upper()[0]) < 0x100)
        for c in set(text)
    )


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
    if words is None or not _plain(text):
        return True
    return not words.isdisjoint(parts(text, start, end))


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

    def __init__(self, patterns) -> None:  # noqa: ANN001
        self._patterns = tuple(patterns)  # kept alive: their identities key the answers
        index: dict[str, set[int]] = {}
        for pattern in self._patterns:
            for word in opening_words(pattern) or ():
                index.setdefault(word, set()).add(id(pattern))
        self._index = {word: frozenset(ids) for word, ids in index.items()}
        self._gated = frozenset(i for ids in self._index.values() for i in ids)

    def closed(self, text: str, start: int, end: int) -> frozenset[int]:
        """The identities of the patterns that cannot match in ``text[start:end]``."""
        if not _plain(text):
            return frozenset()
        hits = self._index.keys() & parts(text, start, end)
        if not hits:
            return self._gated
        return self._gated.difference(*(self._index[word] for word in hits))
