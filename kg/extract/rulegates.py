"""Rules gated by key words, the key words of a document found in one pass.

A reader with many rules (:mod:`kg.extract.contrasts` with the rules of
:mod:`kg.extract.figureless` and :mod:`kg.extract.ellipsis`,
:mod:`kg.extract.standings`) lists for each rule key words one of which its
every match holds, and runs a rule only on a span holding one of them. Asking
that of every span with a pattern per rule reads each sentence once per rule;
:class:`RuleGates` instead finds the key words once in the document's
lower-cased text, keeps each occurrence with the rules it opens, and answers for
a span from the occurrences inside it. The answer is exactly that of searching
``text[start:end].lower()`` for each rule's words, and so opens every rule whose
case-insensitive pattern may match there. :class:`SentenceGates` marks
the sentences holding each of several word lists (the gates of
:mod:`kg.extract.comparisons`), as :class:`kg.extract.gates.KeyWords` does.

Every gate registers its words in one vocabulary, and a document's lower case
is read once for all of them (:func:`key_occurrences`): one regular expression,
the words as a tree of their letters, is tried at each position and gives the
longest word beginning there, with it every shorter key word it begins with.
Looking each word up on its own with ``str.find`` read the text once per word
(some three hundred times).

Only a text that ``str.lower`` reads as a case-insensitive pattern does
(:func:`kg.extract.wordtokens.plain`: its lower case keeps the text's offsets,
unlike that of "İ", it holds no "ſ" that a pattern matches as "s", and no letter
lowers by its neighbours, as the capital sigma does) is read; in another text
every rule is open.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress
from operator import itemgetter
from typing import Generic, TypeVar

from kg.document import Sentence
from kg.extract.gates import KeyWords
from kg.extract.sentencecache import table
from kg.extract.wordtokens import lowered

__all__ = [
    "KeyGate",
    "RuleGates",
    "SentenceGates",
    "key_occurrences",
    "occurrences_apart",
    "register",
    "word_tree",
]

R = TypeVar("R", bound=Callable)

#: What a :class:`KeyGate`'s words may hold: characters that ``re.IGNORECASE`` matches
#: only to themselves and their upper case (which ``str.lower`` lowers to them), with
#: the exceptions (i, s) :func:`kg.extract.wordtokens.plain` looks for.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 .,;:()-'’áàäâéèëêíìïîóòöôúùüûç")

#: Every key word a gate has registered (lower case, not empty).
_VOCABULARY: set[str] = set()
#: The vocabulary's patterns (one per first letter) and, per word they match, the key
#: words it begins with (with their lengths); empty until asked for after the
#: vocabulary last grew.
_SCANNER: list[tuple[tuple[re.Pattern, ...], dict[str, tuple[tuple[str, int], ...]]]] = []
#: Lower-cased text → its key-word occurrences (per document).
_FOUND: dict[str, list[tuple[int, int, str]]] = table()
#: Lower-cased text → its key-word occurrences' starts, ends and words apart (per document).
_APART: dict[str, tuple[list[int], list[int], list[str]]] = table()


def register(words: Iterable[str]) -> None:
    """Add ``words`` (lower case) to the vocabulary :func:`key_occurrences` finds.

    A larger vocabulary makes the occurrences found of a text be read again: register
    between documents (:func:`kg.extract.sentencecache.between`) or before any is read.

    Examples
    --------
    >>> register(["volgens"])
    >>> [o for o in key_occurrences("zo volgens ons") if o[2] == "volgens"]
    [(3, 10, 'volgens')]
    """
    _register(words)


def _register(words: Iterable[str]) -> None:
    new = {word for word in words if word} - _VOCABULARY
    if new:
        _VOCABULARY.update(new)
        _SCANNER.clear()  # the pattern and the occurrences found are of fewer words
        _FOUND.clear()
        _APART.clear()


def word_tree(words: set[str]) -> str:
    """A pattern matching the longest of ``words`` (no empty one) at a position.

    The words as a tree of their letters: at each letter only the branch of the
    next letter goes on, where an alternation of the words tries every word.

    Examples
    --------
    >>> word_tree({"hoog", "hoger", "hoogste", "laag"})
    '(?:ho(?:ger|og(?:ste)?)|laag)'
    """
    branches: dict[str, set[str]] = {}
    for word in words:
        branches.setdefault(word[0], set()).add(word[1:])
    alternatives = []
    for first, rests in sorted(branches.items()):
        ends = "" in rests
        rests.discard("")
        if not rests:
            alternatives.append(re.escape(first))
            continue
        rest = word_tree(rests)
        if ends:  # a word ends here and longer ones go on: the longer ones first (greedy)
            rest = rest + "?" if rest.startswith("(?:") else f"(?:{rest})?"
        alternatives.append(re.escape(first) + rest)
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _scanner() -> tuple[tuple[re.Pattern, ...], dict[str, tuple[tuple[str, int], ...]]]:
    """The tree of the vocabulary's words per first letter: a pattern that begins with
    one letter is searched for that letter alone, and tried only where it stands (one
    pattern of every word was tried at every position, its first letters one by one)."""
    if not _SCANNER:
        words = sorted(_VOCABULARY)
        begun = {w: tuple((v, len(v)) for v in words if w.startswith(v)) for w in words}
        by_letter: dict[str, set[str]] = {}
        for word in words:
            by_letter.setdefault(word[0], set()).add(word)
        patterns = tuple(re.compile(word_tree(group)) for _, group in sorted(by_letter.items()))
        _SCANNER.append((patterns, begun))
    return _SCANNER[0]


def key_occurrences(low: str) -> list[tuple[int, int, str]]:
    """Every occurrence (start, end, word) of a registered key word in ``low``.

    Overlapping occurrences too, ordered by start and end; kept for the document.

    Examples
    --------
    >>> gates = RuleGates([(("hoog", "hoogste", "ogs"), "level")])
    >>> [o for o in key_occurrences("het hoogste punt") if o[2] in {"hoog", "hoogste", "ogs"}]
    [(4, 8, 'hoog'), (4, 11, 'hoogste'), (6, 9, 'ogs')]
    """
    found = _FOUND.get(low)
    if found is None:
        patterns, begun = _scanner()
        found = []
        append = found.append
        for pattern in patterns:
            search = pattern.search
            m = search(low)
            while m is not None:
                at = m.start()
                for word, size in begun[m.group()]:  # a loop: a comprehension is a call
                    append((at, at + size, word))
                m = search(low, at + 1)
        found.sort()  # by start, then end (one word per start and end)
        _FOUND[low] = found
    return found


def occurrences_apart(low: str) -> tuple[list[int], list[int], list[str]]:
    """:func:`key_occurrences` as three lists (starts, ends, words), once per document (the
    lists are shared: a caller must not change them).

    Examples
    --------
    >>> register(["hoog", "hoogste"])
    >>> found = zip(*occurrences_apart("het hoogste"))
    >>> [(a, b, w) for a, b, w in found if w in {"hoog", "hoogste"}]
    [(4, 8, 'hoog'), (4, 11, 'hoogste')]
    """
    return _occurrences_apart(low)


def _occurrences_apart(low: str) -> tuple[list[int], list[int], list[str]]:
    """:func:`key_occurrences` as three lists (starts, ends, words), once per document: a
    gate picks its own with C-level iterators, not a loop over every occurrence.

    Examples
    --------
    >>> _ = RuleGates([(("hoog", "hoogste"), "level")])
    >>> found = zip(*_occurrences_apart("het hoogste"))
    >>> [(a, b, w) for a, b, w in found if w in {"hoog", "hoogste"}]
    [(4, 8, 'hoog'), (4, 11, 'hoogste')]
    """
    kept = _APART.get(low)
    if kept is None:
        found = key_occurrences(low)
        kept = _APART[low] = (
            list(map(_FIRST, found)),
            list(map(_SECOND, found)),
            list(map(_THIRD, found)),
        )
    return kept


_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


class RuleGates(Generic[R]):
    """Rules with their key words: which rules a span of a text opens.

    Parameters
    ----------
    rules : sequence of (iterable of str, rule)
        Each rule after the lower-case key words one of which its every match
        holds; a rule with no key words is always open.

    Examples
    --------
    >>> gates = RuleGates([(("hoog", "laag"), "level"), (("hoogste",), "top"), ((), "any")])
    >>> text = "Het is het HOOGSTE. Niets. Het is laag."
    >>> gates.open(text, 0, 19), gates.open(text, 20, 26), gates.open(text, 27, 39)
    (['level', 'top', 'any'], ['any'], ['level', 'any'])
    >>> gates.open(text, 0, 14)  # "hoog" must lie inside the span, not only begin there
    ['any']
    """

    def __init__(self, rules: Sequence[tuple[Iterable[str], R]]) -> None:
        self.rules = tuple(rule for _, rule in rules)
        bits: dict[str, int] = {}
        always = 0
        for i, (words, _) in enumerate(rules):
            words = tuple(words)
            if not words or "" in words:
                always |= 1 << i  # "" stands in every span (as an empty pattern matches)
            for word in words:
                if word:
                    bits[word] = bits.get(word, 0) | 1 << i
        self.always = always
        #: Every rule open (in a text :func:`kg.extract.wordtokens.plain` refuses).
        self.every = (1 << len(self.rules)) - 1
        #: (key word, the rules it opens as bits), in a fixed order.
        self.words = tuple(sorted(bits.items()))
        self._bits = bits
        _register(bits)
        #: text → (occurrence starts, ends, rule bits) sorted by start, or None (per document).
        self._found: dict[str, tuple[list[int], list[int], list[int]] | None] = table()

    def open(self, text: str, start: int, end: int) -> list[R]:
        """The rules, in their order, whose key words ``text[start:end]`` holds."""
        mask = self.mask(text, start, end)
        rules = self.rules
        found = []
        while mask:  # the set bits only, lowest first (most rules are closed)
            low = mask & -mask
            found.append(rules[low.bit_length() - 1])
            mask ^= low
        return found

    def mask(self, text: str, start: int, end: int) -> int:
        """:meth:`open` as bits: bit ``i`` is set when rule ``i`` is open."""
        if text in self._found:
            found = self._found[text]
        else:
            found = self._found[text] = self._occurrences(text)
        if found is None:
            return self.every
        starts, ends, masks = found
        mask = self.always
        i = bisect.bisect_left(starts, start)
        count = len(starts)
        while i < count and starts[i] < end:
            if ends[i] <= end:
                mask |= masks[i]
            i += 1
        return mask

    def _occurrences(self, text: str) -> tuple[list[int], list[int], list[int]] | None:
        """Every occurrence of a key word in the lower-cased text, by start."""
        low = lowered(text)
        if low is None:
            return None
        bits = self._bits
        starts, ends, words = _occurrences_apart(low)
        mine = list(map(bits.__contains__, words))
        return (
            list(compress(starts, mine)),
            list(compress(ends, mine)),
            list(map(bits.__getitem__, compress(words, mine))),
        )


class SentenceGates:
    """Named lists of key words: the sentences of a document holding a word of each.

    A sentence holds a word when an occurrence of it overlaps the sentence
    (:class:`kg.extract.gates.KeyWords`, which reads a text with the letters
    ``re.IGNORECASE`` matches unlike ``str.lower``).

    Parameters
    ----------
    gates : mapping of str to iterable of str
        Per gate name, its lower-case key words (none empty).

    Examples
    --------
    >>> text = "Het ligt hoger. Niets. Veel LAGER (zie)."
    >>> spans = [(0, 15), (16, 22), (23, 40)]
    >>> sentences = [Sentence(i + 1, s, e, None, 1) for i, (s, e) in enumerate(spans)]
    >>> found = SentenceGates({"cmp": ("hoger", "lager"), "paren": ("(",)}).sentences(
    ...     text, sentences
    ... )
    >>> sorted(found["cmp"]), sorted(found["paren"])
    ([1, 3], [3])
    """

    def __init__(self, gates: Mapping[str, Iterable[str]]) -> None:
        self.gates = {name: tuple(words) for name, words in gates.items()}
        names: dict[str, list[str]] = {}
        for name, words in self.gates.items():
            if "" in words:
                raise ValueError(f"gate {name!r} has an empty key word")
            for word in words:
                if name not in names.setdefault(word, []):
                    names[word].append(name)
        #: key word → the gates it opens.
        self._names = {word: tuple(found) for word, found in names.items()}
        _register(self._names)

    def sentences(self, text: str, sentences: Sequence[Sentence]) -> dict[str, set[int]]:
        """Per gate name, the indices (``Sentence.index``) of the sentences holding its words."""
        key_words = KeyWords(text, sentences)
        if key_words.lower is None:
            return {name: key_words.sentences(words) for name, words in self.gates.items()}
        found: dict[str, set[int]] = {name: set() for name in self.gates}
        starts = key_words.starts
        count = len(sentences)
        low = key_words.lower
        known = self._names
        # the occurrences of this gate's words only, picked in C (most are other gates')
        mine = map(known.__contains__, _occurrences_apart(low)[2])
        for begin, end, word in compress(key_occurrences(low), mine):
            names = known[word]
            j = max(0, bisect.bisect_right(starts, begin) - 1)
            while j < count and sentences[j].start < end:
                if sentences[j].end > begin:
                    for name in names:
                        found[name].add(sentences[j].index)
                j += 1
        return found


class KeyGate:
    """Whether a span may hold a case-insensitive match of a pattern: one of its key words.

    For a pattern (``re.IGNORECASE``) every match of which holds one of ``words``
    (lower case, of the letters in :data:`_PLAIN`): a span without one cannot hold a
    match. A text holding a letter ``re.IGNORECASE`` and ``str.lower`` read apart (İ, ı,
    ſ …: :func:`kg.extract.wordtokens.plain`) opens every span.

    Examples
    --------
    >>> gate = KeyGate(("stijgende", "dalende"))
    >>> text = "Een STIJGENDE vraag. Niets. Een dalend aantal."
    >>> gate.holds(text, 0, 20), gate.holds(text, 21, 27), gate.holds(text, 28, 47)
    (True, False, False)
    >>> KeyGate(("stijgende",)).holds("Een ſtijgende vraag.", 0, 20)
    True
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or not all(w and set(w) <= _PLAIN for w in self.words):
            raise ValueError("key words are lower case, of letters str.lower folds as re does")
        _register(self.words)
        #: text → (starts, ends) of its key words, or None: every span open (per document).
        self._found: dict[str, tuple[list[int], list[int]] | None] = table()

    def holds(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of the key words (or may, in an odd text)."""
        if text in self._found:
            found = self._found[text]
        else:
            low = lowered(text)
            found = self._found[text] = None
            if low is not None:
                starts, ends, words = _occurrences_apart(low)
                mine = list(map(self.words.__contains__, words))
                found = self._found[text] = (
                    list(compress(starts, mine)),
                    list(compress(ends, mine)),
                )
        if found is None:
            return True
        starts, ends = found
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False
