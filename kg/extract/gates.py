"""Cheap pre-checks: which sentences hold any of a pattern's key words?

Several extractors run a dozen involved regular expressions on every
sentence, although most sentences hold none of their key words. A gate lists
key words one of which every match of the involved pattern contains (in the
pattern's case-insensitive mode); the words are looked up once in the whole
text with ``str.find``, and the involved pattern then runs only on the
sentences holding one. The result is exactly the same as running it on every
sentence.

``str.find`` on the lower-cased text finds what a case-insensitive ``re``
pattern of Latin-1 words finds, except in a text holding a letter the two fold
apart (İ, ı and ſ, which ``re`` matches as i and s, and a few more:
:func:`kg.extract.wordtokens.plain`); such a text is searched with ``re`` instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from kg.document import Sentence
from kg.extract.sentencecache import occurrences
from kg.extract.wordtokens import lowered


class KeyWords:
    """Find the sentences of a text that hold given key words.

    Parameters
    ----------
    text : str
        The document's cleaned text.
    sentences : sequence of Sentence
        Its sentences, in text order.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> text = "Het ligt hoger. Niets. Veel LAGER (zie)."
    >>> spans = [(0, 15), (16, 22), (23, 40)]
    >>> gate = KeyWords(text, [Sentence(i + 1, s, e, None, 1) for i, (s, e) in enumerate(spans)])
    >>> sorted(gate.sentences(["hoger", "lager"])), sorted(gate.sentences(["("]))
    ([1, 3], [3])
    """

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.sentence_list = sentences
        self.starts = [s.start for s in sentences]
        self.lower = lowered(text)

    def sentences(self, words: Iterable[str]) -> set[int]:
        """Indices (``Sentence.index``) of the sentences holding one of ``words``.

        ``words`` are lower case; they match case-insensitively, as in a
        ``re.IGNORECASE`` pattern.
        """
        found: set[int] = set()
        words = list(words)
        if self.lower is None:
            for word in words:  # every occurrence, overlapping ones too, as below
                # a case-insensitive match is as long as the word (one letter for one)
                for m in re.finditer(f"(?={re.escape(word)})", self.text, re.IGNORECASE):
                    self._mark(m.start(), m.start() + len(word), found)
            return found
        for word in words:  # a word's positions are shared by the gates of the document
            for pos in occurrences(self.lower, word):
                self._mark(pos, pos + len(word), found)
        return found

    def _mark(self, begin: int, end: int, found: set[int]) -> None:
        sentences = self.sentence_list
        j = max(0, bisect.bisect_right(self.starts, begin) - 1)
        while j < len(sentences) and sentences[j].start < end:
            if sentences[j].end > begin:
                found.add(sentences[j].index)
            j += 1
