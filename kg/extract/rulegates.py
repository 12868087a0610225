"""Rules gated by key words, the key words of a document found in one pass.

A reader with many rules (:mod:`kg.extract.contrasts` with the rules of
:mod:`kg.extract.figureless` and :mod:`kg.extract.ellipsis`) lists for each
rule key words one of which its every match holds, and runs a rule only on a
span holding one of them. Asking that of every span with a pattern per rule
reads each sentence once per rule; :class:`RuleGates` instead looks every key
word up once in the document's lower-cased text (``str.find``), keeps each
occurrence with the rules it opens, and answers for a span from the
occurrences inside it. The answer is exactly that of searching
``text[start:end].lower()`` for each rule's words.

Only a text whose lower case keeps its length (every character lowers to one
character: not so for "İ") and holds no capital sigma (which lowers by its
neighbours) is read whole; another is read span by span.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from kg.extract.sentencecache import occurrences, table

__all__ = ["RuleGates"]

R = TypeVar("R", bound=Callable)


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
        #: (key word, the rules it opens as bits), in a fixed order.
        self.words = tuple(sorted(bits.items()))
        #: text → (occurrence starts, ends, rule bits) sorted by start, or None (per document).
        self._found: dict[str, tuple[list[int], list[int], list[int]] | None] = table()

    def open(self, text: str, start: int, end: int) -> list[R]:
        """The rules, in their order, whose key words ``text[start:end]`` holds."""
        mask = self.mask(text, start, end)
        return [rule for i, rule in enumerate(self.rules) if mask >> i & 1]

    def mask(self, text: str, start: int, end: int) -> int:
        """:meth:`open` as bits: bit ``i`` is set when rule ``i`` is open."""
        if text in self._found:
            found = self._found[text]
        else:
            found = self._found[text] = self._occurrences(text)
        if found is None:
            return self._span_mask(text[start:end].lower())
        starts, ends, masks = found
        mask = self.always
        i = bisect.bisect_left(starts, start)
        count = len(starts)
        while i < count and starts[i] < end:
            if ends[i] <= end:
                mask |= masks[i]
            i += 1
        return mask

    def _span_mask(self, low: str) -> int:
        mask = self.always
        for word, bits in self.words:
            if word in low:
                mask |= bits
        return mask

    def _occurrences(self, text: str) -> tuple[list[int], list[int], list[int]] | None:
        """Every occurrence of a key word in the lower-cased text, by start."""
        low = text.lower()
        if len(low) != len(text) or "\u03a3" in text:
            # offsets of the lower case are not the text's; a capital sigma lowers by
            # what stands around it, which a span's ends may cut off
            return None
        found: list[tuple[int, int, int]] = []
        for word, bits in self.words:
            size = len(word)
            found += [(at, at + size, bits) for at in occurrences(low, word)]
        found.sort()
        return [a for a, _, _ in found], [b for _, b, _ in found], [m for _, _, m in found]
