"""Literal prefix lists fitted to a size: shorter prefixes for a list that is too long.

:mod:`kg.extract.prefixscan` tries a pattern only where one of its literal *prefixes*
begins (strings one of which every match begins with). It may try the pattern at more
places than needed, never at fewer: the prefixes are a net, and a coarser net finds the
same matches. Two ways make a list shorter without tearing the net:

* a literal that begins with another of the list is *covered* by it: every place where
  the longer one begins, the shorter one begins too, so the longer one adds no place
  (:func:`covering`);
* every literal may be *cut* to its first ``depth`` characters (the depth of the trie of
  the literals): a place where a literal begins is one where its cut begins; cut
  literals that become equal, or begin with another, merge (:func:`cut`).

A long alternation of words (two hundred reporting verbs, each with its endings) has more
prefixes than a scan should look up one by one; :func:`fit` cuts such a list at the
deepest depth at which it holds no more than a given number of literals. Before, a list
past that number was dropped for the literals read before the alternation (often none:
the pattern was then scanned at every position of the text).

This is sound for scans that try the pattern at the places where a literal begins (the
pattern itself decides what matches there). It is not for a gate that needs a literal
to stand whole (:func:`kg.extract.wordgate.opening_words`): there "de" does not cover
"dezer".

Examples
--------
>>> fit(["vertelt", "vertellen", "vinden", "vindt", "stelt"], 3)
('stel', 'vert', 'vind')
>>> fit(["vertelt", "vertellen", "vinden", "vindt", "stelt"], 10)
('stelt', 'vertellen', 'vertelt', 'vinden', 'vindt')
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["above", "covering", "cut", "fit"]


def covering(literals: Iterable[str]) -> tuple[str, ...]:
    """The literals, sorted, without those that begin with another of them.

    In sorted order every string that begins with ``t`` follows ``t`` with only such
    strings in between, so a literal is covered exactly when it begins with the last one
    kept before it: one pass, no comparison of every pair.

    Examples
    --------
    >>> covering(["dezer", "de", "deze", "dat", "t.o.v", "t"])
    ('dat', 'de', 't')
    >>> covering(["b", "a", "b"])
    ('a', 'b')
    >>> covering(["", "x"])  # the empty literal begins everywhere: it covers all
    ('',)
    """
    kept: list[str] = []
    last = None
    for literal in sorted(set(literals)):
        if last is not None and literal.startswith(last):
            continue
        kept.append(literal)
        last = literal
    return tuple(kept)


def cut(literals: Iterable[str], depth: int) -> tuple[str, ...]:
    """:func:`covering` of the literals cut to their first ``depth`` characters.

    Examples
    --------
    >>> cut(["vertelt", "vertellen", "vond", "stelt", "ve"], 3)
    ('ste', 've', 'von')
    >>> cut(["abc"], 0)
    ('',)
    """
    return covering(literal[:depth] for literal in literals)


def fit(literals: Iterable[str], limit: int) -> tuple[str, ...]:
    """:func:`covering` of the literals, cut as little as it takes to hold at most ``limit``.

    The depth is the deepest at which the cut list holds no more than ``limit`` literals
    (a shallower cut never holds more: each cut literal is the cut of a deeper one). It may
    reach 0, the empty literal alone, which begins everywhere: then there is no useful
    prefix at all, as when every literal opens with a different one of ``limit + 1``
    characters.

    Examples
    --------
    >>> words = ["hoog", "hoger", "hoogste", "laag", "lager", "laagste", "gelijk"]
    >>> fit(words, 7)
    ('gelijk', 'hoger', 'hoog', 'laag', 'lager')
    >>> cut(words, 3), fit(words, 4)  # five at depth 3: cut at 2
    (('gel', 'hog', 'hoo', 'laa', 'lag'), ('ge', 'ho', 'la'))
    >>> fit(["a", "b", "c"], 2)
    ('',)
    """
    kept = covering(literals)
    if len(kept) <= limit:
        return kept
    # the cut list grows with the depth: find the deepest that fits by halving
    low, high = 0, max(map(len, kept))  # cut(low) fits, cut(high) (the list itself) does not
    found = cut(kept, low)
    while high - low > 1:
        middle = (low + high) // 2
        tried = cut(kept, middle)
        if len(tried) <= limit:
            low, found = middle, tried
        else:
            high = middle
    return found


def above(head: str) -> str:
    """The least string above all that begin with ``head``: its last character raised by one
    (of Latin-1 letters mostly Latin-1 too, compared faster than one holding U+10FFFF). In
    a sorted list, the strings that begin with ``head`` stand from ``head`` up to this.

    >>> [w for w in ("d", "dcz", "de", "dezer", "df", "dfa") if "de" <= w < above("de")]
    ['de', 'dezer']
    """
    last = ord(head[-1])
    if last == 0x10FFFF:  # no code point above it (nor is it a word character)
        return head + "\U0010ffff"
    return head[:-1] + chr(last + 1)
