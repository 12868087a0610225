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
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from kg.extract.sentencecache import RUN, derive, kept, table, whole
from kg.extract.sentencecache import spans as matches_in

__all__ = [
    "FOLDS_APART",
    "LOWERED",
    "TOKEN",
    "all_words",
    "holds_word",
    "joints",
    "letter_runs",
    "lower_span",
    "lowered",
    "lowered_runs",
    "merged",
    "plain",
    "words",
]

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
_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A whole reading of a text: its matches, their starts and their ends.
Reading = tuple[tuple[tuple[int, int, str], ...], list[int], list[int]]


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
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
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


#: text → its lower case, or None when it is not :func:`plain` (per document): the memo
#: table of :func:`lowered`, which hot readers look up without a call.
LOWERED: dict[str, str | None] = table()


def lowered(text: str) -> str | None:
    """``text.lower()`` when the text is :func:`plain`, else None; kept for the document.

    The pre-checks of one document share it: each read of a whole profile's lower case
    cost as much as lower-casing it.

    Examples
    --------
    >>> lowered("Het Aantal STIJGT."), lowered("Het aantal \u017ftijgt.")
    ('het aantal stijgt.', None)
    """
    low = LOWERED.get(text, "")
    if low == "":
        low = LOWERED[text] = text.lower() if plain(text) else None
        if low is not None:
            _ORIGIN[low] = text
    return low


def holds_word(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end].lower()`` holds one of the lower-case ``words``.

    The span is looked up in the document's shared lower case (:func:`lowered`; it has
    the text's offsets) instead of lower-casing it for each claim; a text that is not
    :func:`plain` has its span lower-cased as before.

    Examples
    --------
    >>> holds_word("Het aantal Ouderen stijgt.", 0, 26, ("vergrij", "ouderen"))
    True
    >>> holds_word("Het aantal Ouderen stijgt.", 0, 18, ("stijgt",))
    False
    >>> holds_word("De \u017ftad en de Ouderen.", 0, 25, ("ouderen",))
    True
    """
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
        low = lowered(text)
    # one slice: ``in`` parses no arguments, ``find(word, start, end)`` does for each word
    span = text[start:end].lower() if low is None else low[start:end]
    for word in words:  # noqa: SIM110 - a loop: any() of a generator costs a frame
        if word in span:
            return True
    return False


def lower_span(text: str, start: int, end: int) -> str:
    """``text[start:end].lower()``, cut from the document's shared lower case.

    A :func:`plain` text's lower case has the text's offsets (:func:`lowered`), so the
    span is a slice of it: a claim's readers no longer lower-case the claim each; a text
    that is not plain has its span lower-cased as before.

    Examples
    --------
    >>> lower_span("Het aantal Ouderen stijgt.", 11, 18)
    'ouderen'
    >>> lower_span("De \u017ftad en de Ouderen.", 0, 7) == "De \u017ftad".lower()
    True
    """
    low = LOWERED.get(text, "")  # lowered(text) without a call once it is kept
    if low == "":
        low = lowered(text)
    return text[start:end].lower() if low is None else low[start:end]


#: The lower case of a :func:`plain` text (:func:`lowered`) → the text, per document.
_ORIGIN: dict[str, str] = table()
#: text → whether its runs of word characters are runs of :data:`TOKEN`'s letters and digits
#: (it holds no other word character), per document.
_LETTER_RUNS: dict[str, bool] = table()


def letter_runs(text: str) -> Reading | None:
    """The text's runs of word characters (:data:`kg.extract.sentencecache.RUN`) when they
    are read already (the document's are) and every word character (``\\w``) of the text is
    a letter or digit of :data:`TOKEN`; else None.

    Then the text's runs of word characters are its runs of those letters and digits, of
    which its tokens and its words are made: those are taken from the runs, the text is not
    read again.

    Examples
    --------
    >>> letter_runs("De wijk_2"), letter_runs("De wijk")
    (None, None)
    >>> _ = whole(RUN, "De wijk_2"), whole(RUN, "De wijk")
    >>> letter_runs("De wijk_2"), letter_runs("De wijk")[0]
    (None, ((0, 2, 'De'), (3, 7, 'wijk')))
    """
    runs = kept(RUN, text)
    if runs is None:
        return None
    found = _LETTER_RUNS.get(text)
    if found is None:
        found = _LETTER_RUNS[text] = _ODD_WORD.search(text) is None
    return runs if found else None


def _words_of_runs(low: str, lower: bool) -> Reading | None:
    """``whole(_WORD, low)`` of the lower case of a :func:`plain` text, from the text's runs
    of word characters joined by single hyphens and apostrophes; None for any other text.

    The text's runs are read once per document; in a plain text each letter, digit and
    joint lowers to one of them, so the words of its lower case are the text's.

    Examples
    --------
    >>> text = "De Wmo-raad, zorg- en cliënt’s--x’’y."
    >>> low, _ = lowered(text), whole(RUN, text)  # the runs read first (the document's are)
    >>> found, starts, ends = _words_of_runs(low, False)
    >>> list(found) == [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    True
    >>> [w for _, _, w in found]
    ['de', 'wmo-raad', 'zorg', 'en', 'cliënt’s', 'x', 'y']
    """
    text = None if lower else _ORIGIN.get(low)
    read = None if text is None else letter_runs(text)
    if text is None or read is None:
        return None
    runs, starts, ends = read
    joined = joints(text, "-’'", starts, ends)
    lower_runs = list(zip(starts, ends, lowered_runs(text), strict=True))
    if not joined:
        return tuple(lower_runs), starts, ends
    return merged(lower_runs, joined, low, [True] * len(runs))


#: text → the lower case of each of its runs of word characters, per document.
_LOWERED_RUNS: dict[str, list[str]] = table()


def lowered_runs(text: str) -> list[str]:
    """``str.lower`` of each run of word characters of ``text`` (in order), once per document
    (the list is shared: a caller must not change it).

    Examples
    --------
    >>> lowered_runs("De Wmo-raad")
    ['de', 'wmo', 'raad']
    """
    found = _LOWERED_RUNS.get(text)
    if found is None:
        runs = whole(RUN, text)[0]
        found = _LOWERED_RUNS[text] = list(map(str.lower, map(itemgetter(2), runs)))
    return found


def joints(text: str, marks: str, starts: list[int], ends: list[int]) -> list[int]:
    """The indices ``k`` of the pieces of ``text`` (their ``starts`` and ``ends``, in order)
    that one of ``marks`` joins to the next: it stands between them, alone.

    Examples
    --------
    >>> joints("a-b c’d-e", "-’", [0, 2, 4, 6, 8], [1, 3, 5, 7, 9])
    [0, 2, 3]
    """
    found = []
    last = len(starts) - 1
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            k = bisect.bisect_left(ends, at)
            if k < last and ends[k] == at and starts[k + 1] == at + 1:
                found.append(k)
            at = text.find(mark, at + 1)
    return sorted(found) if len(marks) > 1 else found


def merged(
    runs: Sequence[tuple[int, int, str]], joined: list[int], source: str, keep: list[bool]
) -> Reading:
    """``runs`` (``(start, end, word)`` in order) with each chain of those ``joined`` to the
    next (sorted indices) made one word, its text sliced from ``source``, and only the runs
    (or chains, by their first run) ``keep`` marks; as :func:`kg.extract.sentencecache.whole`
    gives them.

    Examples
    --------
    >>> runs = [(0, 1, "a"), (2, 3, "b"), (4, 5, "c"), (6, 7, "1")]
    >>> merged(runs, [0, 1], "a-b-c 1", [True, True, True, False])
    (((0, 5, 'a-b-c'),), [0], [5])
    """
    found: list[tuple[int, int, str]] = []
    done, chain = 0, False
    for k in joined:
        if k < done:  # the chain goes on
            if chain:
                start, end = found[-1][0], runs[k + 1][1]
                found[-1] = (start, end, source[start:end])
        else:
            found += compress(runs[done:k], keep[done:k])
            chain = keep[k]
            if chain:
                start, end = runs[k][0], runs[k + 1][1]
                found.append((start, end, source[start:end]))
        done = k + 2
    found += compress(runs[done:], keep[done:])
    return tuple(found), list(map(itemgetter(0), found)), list(map(itemgetter(1), found))


def _tokens_of_runs(text: str, lower: bool) -> Reading | None:
    """``whole(TOKEN, text)`` of a text whose word characters are all a token's letters and
    digits (:func:`letter_runs`): its runs of word characters (read once per document), but
    where an apostrophe joins a run to the ASCII letters that open the next ("cliënt’s");
    None for any other text (it is then read).

    Examples
    --------
    >>> s = "De cliënt’s en x’ab2’c’d, d’r_1."
    >>> _ = whole(RUN, s), whole(RUN, s[:-7])  # the runs read first (the document's are)
    >>> [t for _, _, t in whole(TOKEN, s[:-7])[0]]
    ['De', 'cliënt’s', 'en', 'x’ab', '2’c', 'd']
    >>> _tokens_of_runs(s, False) is None  # "_" is a word character, no token's letter
    True
    """
    read = None if lower else letter_runs(text)
    if read is None:
        return None
    runs, starts, ends = read
    joined = [k for k in joints(text, "’'", starts, ends) if runs[k + 1][2][0] in _ASCII]
    if not joined:
        return runs, starts, ends
    found: list[tuple[int, int, str]] = []
    done, cut = 0, -1  # the next run to take, and where it begins when a token took its head
    for k in joined:
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


derive(_WORD, _words_of_runs)
derive(TOKEN, _tokens_of_runs)
