"""Word tokens of a span of text: the words the scope, tone and gate rules read.

One tokeniser at the bottom of the extraction layers, so that the negation rules
(:mod:`kg.extract.negation`) and the word gates (:mod:`kg.extract.wordgate`) read the same
words without importing each other. A word is a run of Latin letters and digits; a hyphen
or apostrophe between two runs keeps a compound whole ("X-valt", "cliënt's").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.sentencecache import spans as matches_in

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-’'][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")


@lru_cache(maxsize=8192)
def words(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """Word tokens of ``text[start:end]`` (hyphenated compounds kept whole), lower case.

    Cached (bounded): the tone, negation and topic rules ask for the same clause's words
    many times per claim; the strings' hashes are cached by Python, so a hit is cheap.

    Examples
    --------
    >>> words("Het werkt niet goed.", 4, 19)
    ((4, 9, 'werkt'), (10, 14, 'niet'), (15, 19, 'goed'))
    >>> words("Het X-valt mee.", 0, 15)
    ((0, 3, 'het'), (4, 10, 'x-valt'), (11, 14, 'mee'))
    """
    return matches_in(_WORD, text, start, end, lower=True)
