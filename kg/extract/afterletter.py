"""What an alternative of a regular expression matches after its first letter.

:func:`kg.extract.speechcues.by_first_letter` gathers a long alternation by the letter
each alternative begins with. The engine passes over a group cheaply only when the group
opens with the character itself, so the letter is taken off the front of each of its
alternatives: ``after_letter("vindt", "v")`` is ``"indt"``, and ``"v" + "indt"``
matches what ``"vindt"`` matches at a position that holds a "v". This module reads the
front of an alternative (its written letters, a non-capturing group of alternatives, such
a group made optional) far enough to take the letter off; anything else it leaves alone.
Written from the syntax of Python's regular expressions, not from any text.

Examples
--------
>>> after_letter("vindt", "v"), after_letter("(?:be)?merkt", "b"), after_letter("(?:be)?merkt", "m")
('indt', '(?:e)merkt', 'erkt')
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import heads

__all__ = ["after_letter", "alternatives"]

#: What :func:`_after` gives for an alternative that cannot begin with the letter.
_NONE = "\x00"


def after_letter(alternative: str, letter: str) -> str | None:
    """A regular expression ``R`` such that ``letter + R`` matches, at a position that holds
    ``letter``, exactly what ``alternative`` matches there, in the same order; None when the
    front of ``alternative`` is not read here (or it cannot begin with ``letter``).

    ``letter`` is a lower-case ASCII letter; ``alternative`` must write it in lower case
    where it takes it off (so that the pattern's own flags decide its case, as before).
    Read: written letters, a non-capturing group ``(?:a|b)`` (each alternative read in
    turn, those that cannot begin with the letter left out) and such a group with ``?``
    when either the group or what follows it may begin with the letter, not both.

    Examples
    --------
    >>> after_letter("(?:heeft|hebben|had)\\\\s+het", "h")
    '(?:eeft|ebben|ad)\\\\s+het'
    >>> after_letter("(?:to(?:ont|nen)|uit(?:en)?)\\\\s+zich", "t")
    '(?:o(?:ont|nen))\\\\s+zich'
    >>> after_letter("Vond", "v") is None, after_letter("v?indt", "v") is None
    (True, True)
    >>> after_letter("vindt", "s") is None, after_letter("[vV]indt", "v") is None
    (True, True)
    """
    found = _after(alternative, letter)
    return None if found is None or found == _NONE else found


def _after(alternative: str, letter: str) -> str | None:
    """:func:`after_letter`, with ``_NONE`` for an alternative that cannot begin with it."""
    first = alternative[:1]
    if first.isascii() and first.isalpha():
        if alternative[1:2] in ("?", "*", "+", "{"):
            return None  # the letter may stand more or less than once
        if first == letter:
            return alternative[1:]
        return None if first.lower() == letter else _NONE
    if not alternative.startswith("(?:"):
        return None  # an escape, a set, a look-around, a capturing group: not read
    end = _group_end(alternative)
    if end < 0:
        return None
    inside, after = alternative[3 : end - 1], alternative[end:]
    if after[:1] in ("*", "+", "{"):
        return None
    if after[:1] == "?":
        after = after[1:]
        if after[:1] in ("?", "+"):
            return None  # a lazy or possessive option: taken in another order
        group, rest = _may_open(inside, letter), _may_open(after, letter)
        if group is None or rest is None or (group and rest):
            return None
        if not group and not rest:
            return _NONE
        # only one way can take the letter: the group taken, or passed over
        return _after(f"(?:{inside}){after}", letter) if group else _after(after, letter)
    kept = []
    for each in alternatives(inside):
        found = _after(each, letter)
        if found is None:
            return None
        if found != _NONE:
            kept.append(found)
    return f"(?:{'|'.join(kept)}){after}" if kept else _NONE


def _may_open(text: str, letter: str) -> bool | None:
    """Whether a match of ``text`` may begin with ``letter``; None when it is not known
    (``text`` may match nothing, or begin with other than a literal)."""
    if not text:
        return None
    try:
        found = heads(re.compile(text, re.IGNORECASE), 1)
    except re.error:
        return None
    return None if found is None else letter in found


def _group_end(text: str) -> int:
    """The index after the group that ``text`` opens with (``text[0]`` is "("), or -1.

    >>> _group_end("(?:a(b)|[)]c)d"), _group_end("(a")
    (13, -1)
    """
    depth, in_set, i = 0, False, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 1  # the escaped character stands for itself
        elif in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if text[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression (its ``|`` outside groups and sets).

    >>> alternatives(r"a(?:b|c)|[|]d|e\\|f")
    ['a(?:b|c)', '[|]d', 'e\\\\|f']
    """
    found: list[str] = []
    depth, start, i, in_set = 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1  # the escaped character stands for itself
        elif in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if alternation[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            found.append(alternation[start:i])
            start = i + 1
        i += 1
    found.append(alternation[start:])
    return found
