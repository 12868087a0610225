"""Word tokens of a span of text: the words the scope, tone and gate rules read.

One tokeniser at the bottom of the extraction layers, so that the negation rules
(:mod:`kg.extract.negation`) and the word gates (:mod:`kg.extract.wordgate`) read the same
words without importing each other. A word is a run of Latin letters and digits; a hyphen
or apostrophe between two runs keeps a compound whole ("X-valt", "cliënt's").

The pre-checks of the extractor (:mod:`kg.extract.prefixscan`, :mod:`kg.extract.gates`,
:mod:`kg.extract.rulegates`, :mod:`kg.extract.wordgate`) look for lower-case words in a
text's ``str.lower`` (or its words, which are lower case) instead of running a
case-insensitive pattern. Both read a text alike unless it holds a letter they fold apart;
:func:`plain` is the one test for that.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter

from kg.extract.sentencecache import RUN, derive, table, whole
from kg.extract.sentencecache import spans as matches_in

__all__ = ["FOLDS_APART", "TOKEN", "all_tokens", "all_words", "lowered", "plain", "words"]

#: The letters ``str.lower`` and a case-insensitive pattern read apart. Those outside Latin-1
#: that ``re.IGNORECASE`` matches to a Latin-1 letter: İ and ı (to "i"), ſ (to "s") and the
#: Greek mu (to the micro sign), which ``str.lower`` does not lower to it, and Ÿ, ẞ, the
#: Kelvin and Ångström signs, which it does but :func:`words` does not read as letters;
#: "İ" also lowers to two characters, and the capital sigma lowers by the letters around it.
#: ``tests/test_extract_wordtokens.py`` derives the list from the Unicode tables.
FOLDS_APART = "\u0130\u0131\u0178\u017f\u039c\u03a3\u03bc\u1e9e\u212a\u212b"
#: :data:`FOLDS_APART` letter by letter (none of them in Latin-1, so that a text of Latin-1
#: letters answers ``letter in text`` at once, without reading it).
_LETTERS = tuple(FOLDS_APART)
_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-’'][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
#: The word tokens the lexicon's labels are matched on (:mod:`kg.extract.mentions`): a run of
#: Latin letters and digits, with a possessive or plural ending after an apostrophe.
TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[’'][A-Za-z]+)?")
#: A word character (``\w``) that is none of :data:`TOKEN`'s letters and digits: the
#: underscore, a superscript, a Greek or Polish letter …
_ODD_WORD = re.compile(r"[^\W0-9A-Za-zÀ-ÖØ-öø-ÿ]")
#: The letters that may follow an apostrophe in a token.
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=8192)
def words(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """Word tokens of ``text[start:end]`` (hyphenated compounds kept whole), lower case.

    Cached (bounded): the tone, negation and topic rules ask for the same clause's words
    many times per claim; the strings' hashes are cached by Python, so a hit is cheap. A
    :func:`plain` text's words are read from its shared lower case (:func:`lowered`).

    Examples
    --------
    >>> words("Het werkt niet goed.", 4, 19)
    ((4, 9, 'werkt'), (10, 14, 'niet'), (15, 19, 'goed'))
    >>> words("Het X-valt mee.", 0, 15)
    ((0, 3, 'het'), (4, 10, 'x-valt'), (11, 14, 'mee'))
    """
    low = lowered(text)
    if low is None:
        return matches_in(_WORD, text, start, end, lower=True)
    # the words of the document's shared lower case, no word lowered on its own: in a plain
    # text each character lowers to one character, a letter or joint of the pattern to one
    # and any other character to none, so the words stand where they stand in the text
    return matches_in(_WORD, low, start, end)


def all_words(text: str) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]:
    """:func:`words` of all of ``text``, with their starts and their ends apart.

    Read once per document (:func:`kg.extract.sentencecache.whole`); the lists are
    shared: a caller must not change them.

    Examples
    --------
    >>> found, starts, ends = all_words("De Wmo-raad.")
    >>> found, starts, ends
    (((0, 2, 'de'), (3, 11, 'wmo-raad')), [0, 3], [2, 11])
    """
    low = lowered(text)
    if low is None:
        return whole(_WORD, text, lower=True)
    return whole(_WORD, low)  # as words() reads a plain text


def plain(text: str) -> bool:
    """Whether ``str.lower`` reads ``text`` as a case-insensitive pattern does.

    True when the text holds none of :data:`FOLDS_APART`. Then ``text.lower()`` has the
    text's offsets (as has the lower case of any span of it), a lower-case word of Latin-1
    letters stands in it where ``re.IGNORECASE`` finds it, and every letter such a pattern
    matches to a letter of :func:`words` is one of their letters.

    Examples
    --------
    >>> plain("Het aantal stijgt."), plain("Dat geldt voor cliënten.")
    (True, True)
    >>> plain("Het aantal \u017ftijgt."), plain("D\u0130T"), plain("5 \u212a")
    (False, False, False)
    """
    return text.isascii() or not any(map(text.__contains__, _LETTERS))


#: text → its lower case, or None when it is not :func:`plain` (per document).
_LOWER: dict[str, str | None] = table()


def lowered(text: str) -> str | None:
    """``text.lower()`` when the text is :func:`plain`, else None; kept for the document.

    The pre-checks of one document share it: each read of a whole profile's lower case
    cost as much as lower-casing it.

    Examples
    --------
    >>> lowered("Het Aantal STIJGT."), lowered("Het aantal \u017ftijgt.")
    ('het aantal stijgt.', None)
    """
    low = _LOWER.get(text, "")
    if low == "":
        low = _LOWER[text] = text.lower() if plain(text) else None
        if low is not None:
            _ORIGIN[low] = text
    return low


#: The lower case of a :func:`plain` text (:func:`lowered`) → the text, per document.
_ORIGIN: dict[str, str] = table()
#: text → whether its runs of word characters are runs of :data:`TOKEN`'s letters and digits
#: (it holds no other word character), per document.
_LETTER_RUNS: dict[str, bool] = table()


def _letter_runs(text: str) -> bool:
    """Whether every word character (``\\w``) of ``text`` is a letter or digit of :data:`TOKEN`.

    Then the text's runs of word characters (:data:`kg.extract.sentencecache.RUN`) are its
    runs of those letters and digits, of which its tokens and its words are made.
    """
    found = _LETTER_RUNS.get(text)
    if found is None:
        found = _LETTER_RUNS[text] = _ODD_WORD.search(text) is None
    return found


def _words_of_runs(
    low: str, lower: bool
) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]] | None:
    """``whole(_WORD, low)`` of the lower case of a :func:`plain` text, from the text's runs
    of word characters joined by single hyphens and apostrophes; None for any other text.

    The text's runs are read once per document; in a plain text each letter, digit and
    joint lowers to one of them, so the words of its lower case are the text's.

    Examples
    --------
    >>> text = "De Wmo-raad, zorg- en cliënt’s--x’’y."
    >>> low = lowered(text)
    >>> found, starts, ends = _words_of_runs(low, False)
    >>> list(found) == [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    True
    >>> [w for _, _, w in found]
    ['de', 'wmo-raad', 'zorg', 'en', 'cliënt’s', 'x', 'y']
    """
    text = None if lower else _ORIGIN.get(low)
    if text is None or not _letter_runs(text):
        return None
    runs, starts, ends = whole(RUN, text)
    joined = sorted(k for mark in "-’'" if mark in text for k in _joints(text, mark, starts, ends))
    word_starts, word_ends = starts, ends  # shared lists, as whole() gives them
    if joined:  # a joined run's end and the start of the run it joins are no word's
        word_starts, word_ends = starts[: joined[0] + 1], ends[: joined[0]]
        for k, after in zip(joined, [*joined[1:], len(starts)], strict=True):
            word_starts += starts[k + 2 : after + 1]
            word_ends += ends[k + 1 : after]
    words = map(low.__getitem__, map(slice, word_starts, word_ends))
    return tuple(zip(word_starts, word_ends, words, strict=True)), word_starts, word_ends


def _joints(text: str, mark: str, starts: list[int], ends: list[int]) -> list[int]:
    """The runs of word characters that ``mark`` joins to the next (it stands between them)."""
    found = []
    at = text.find(mark)
    while at >= 0:
        k = bisect.bisect_left(ends, at)
        if k + 1 < len(starts) and ends[k] == at and starts[k + 1] == at + 1:
            found.append(k)
        at = text.find(mark, at + 1)
    return found


derive(_WORD, _words_of_runs)


def all_tokens(text: str) -> tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]:
    """``whole(TOKEN, text)``: the text's tokens (:data:`TOKEN`) with their starts and ends
    apart (the lists may be shared: a caller must not change them).

    A text whose word characters (``\\w``) are all letters and digits of a token has
    the text's runs of word characters (:data:`kg.extract.sentencecache.RUN`, read once
    per document) for tokens, but where an apostrophe joins a run to the ASCII letters
    that open the next ("cliënt’s"): those are read here, not the text again.

    Examples
    --------
    >>> s = "De cliënt’s en x’ab2’c’d, d’r_1."
    >>> [t for _, _, t in all_tokens(s[:-7])[0]]
    ['De', 'cliënt’s', 'en', 'x’ab', '2’c', 'd']
    >>> all_tokens(s) == whole(TOKEN, s)  # "_" is a word character, no token's letter
    True
    """
    if not _letter_runs(text):
        return whole(TOKEN, text)
    runs, starts, ends = whole(RUN, text)
    joints = sorted(at for mark in "’'" if mark in text for at in _marks(text, mark, starts, ends))
    if not joints:
        return runs, starts, ends
    found: list[tuple[int, int, str]] = []
    done, cut = 0, -1  # the next run to take, and where it begins when a token took its head
    for at in joints:
        k = bisect.bisect_left(ends, at)  # the run before the mark
        if k < done:
            continue  # that run was the tail of the token before: the mark follows the token
        if cut >= 0 and done < k:  # the rest of a run a token took the head of
            found.append((cut, ends[done], text[cut : ends[done]]))
            done, cut = done + 1, -1
        found += runs[done:k]
        start = cut if cut >= 0 else starts[k]
        tail = _ASCII_LETTERS.match(text, starts[k + 1]).end()  # type: ignore[union-attr]
        found.append((start, tail, text[start:tail]))
        done, cut = (k + 2, -1) if tail == ends[k + 1] else (k + 1, tail)
    if cut >= 0:
        found.append((cut, ends[done], text[cut : ends[done]]))
        done += 1
    found += runs[done:]
    return tuple(found), list(map(itemgetter(0), found)), list(map(itemgetter(1), found))


def _marks(text: str, mark: str, starts: list[int], ends: list[int]) -> list[int]:
    """Where ``mark`` stands between a run's end and an ASCII letter of the next run."""
    found = []
    at = text.find(mark)
    while at >= 0:
        k = bisect.bisect_left(ends, at)
        after = text[at + 1 : at + 2]
        if k + 1 < len(starts) and ends[k] == at and after.isascii() and after.isalpha():
            found.append(at)  # a run ends at the mark, and one begins after it
        at = text.find(mark, at + 1)
    return found
