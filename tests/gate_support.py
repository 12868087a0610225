"""Proof for the tests of word gates: every match of a pattern holds one of the gate words.

A module that tests a claim's lower case for a few words before it runs a pattern
(``may_hold_in(text, start, end, words)``) changes nothing only if the pattern cannot
match without one of those words. :func:`every_match_holds` reads the pattern's syntax
tree and answers True only when it can show that: along every way through the pattern,
a run of literal characters that must be matched contains one of the words. It errs
towards False (an optional part, a repeat that may be skipped or a character class ends a
literal run), never towards True.
"""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._constants import AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore

__all__ = ["every_match_holds"]


def every_match_holds(pattern: re.Pattern, words: tuple[str, ...]) -> bool:
    """Whether every match of ``pattern`` holds one of the lower-case ``words``.

    >>> every_match_holds(re.compile(r"\\b(?:ge)?zegd|zei\\s+dat", re.I), ("zegd", "zei"))
    True
    >>> every_match_holds(re.compile(r"\\b(?:ge)?zegd|zegt", re.I), ("zegd",))
    False
    """
    return _holds(list(sre_parse.parse(pattern.pattern, pattern.flags)), words)


def _holds(items: list, words: tuple[str, ...], run: str = "") -> bool:
    """Whether every way through the sequence ``items`` passes a literal run with a word,
    ``run`` the literal characters just before it."""
    items = _flat(items)
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is LITERAL:
            run += chr(av).lower()
            if any(word in run for word in words):
                return True
            continue
        if op is AT:
            continue  # takes no characters: the run goes on
        if op is BRANCH:  # each alternative, with what was read before and follows it
            return all(_holds(list(alt) + rest, words, run) for alt in av[1])
        if op in (MAX_REPEAT, MIN_REPEAT) and av[0] == av[1] == 1:
            return _holds(list(av[2]) + rest, words, run)
        if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1 and _holds(list(av[2]), words):
            return True
        run = ""
    return False


def _flat(items: list) -> list:
    """``items`` with their groups opened in place, so literal runs read across them."""
    out: list = []
    for op, av in items:
        if op is SUBPATTERN:
            out.extend(_flat(list(av[-1])))
        else:
            out.append((op, av))
    return out
