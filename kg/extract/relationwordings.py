"""Wording families of relations read from data: ``kg/data/relation-wordings.toml``.

Ordinary Dutch has many phrasings of one relation ("de krachten bundelen met", "de handen
ineenslaan met" beside "samenwerken met"; "toevertrouwd aan", "overgelaten aan" beside
"overgedragen aan"). The families the cue table of :mod:`kg.extract.relationcues` does not
spell out are data, each with its relation type, direction and source; this module turns
each phrase into a row of that table (cue regex, type, direction, triggers), so that a
phrasing added to the data file is read without a code change.

Examples
--------
>>> import re
>>> [kind for cue, kind, _, _ in ROWS if re.search(cue, "bundelt de krachten met Heerlen", re.I)]
['cooperates-with']
>>> [kind for cue, kind, _, _ in ROWS if re.search(cue, "is toevertrouwd aan X", re.I)]
['executes-for']
"""

from __future__ import annotations

import re
import tomllib

from kg.datafiles import DATA

__all__ = ["ROWS", "phrase_pattern", "phrase_trigger"]

#: Up to four words between two words of a phrase ("…").
_GAP = r"(?:[\w-]+\s+){0,4}?"


def _literal(word: str) -> str:
    """A word as a regex: escaped, but a hyphen kept as it is (a literal outside a class),
    so that the word itself stands in the pattern as a trigger of the row.

    Examples
    --------
    >>> _literal("mede-oprichter"), _literal("één")
    ('mede-oprichter', 'één')
    """
    return re.escape(word).replace("\\-", "-")


def phrase_pattern(phrase: str) -> str:
    """The cue regex of one phrase of the data file.

    Words are joined by white space; a word ending in ``*`` takes any ending, and ``…``
    stands for up to four words. The regex ends at a word boundary, before the party.

    Examples
    --------
    >>> phrase_pattern("bundel* … krachten met")
    '\\\\bbundel\\\\w*\\\\s+(?:[\\\\w-]+\\\\s+){0,4}?krachten\\\\s+met\\\\b'
    >>> bool(re.search(phrase_pattern("toevertrouwd aan"), "is toevertrouwd aan X"))
    True
    """
    parts: list[str] = []
    for word in phrase.split():
        if word == "…":
            parts.append(_GAP)
        elif word.endswith("*"):
            parts.append(_literal(word[:-1]) + r"\w*\s+")
        else:
            parts.append(_literal(word) + r"\s+")
    return r"\b" + "".join(parts)[: -len(r"\s+")] + r"\b"


def phrase_trigger(phrase: str) -> str:
    """The trigger of one phrase: its longest fixed word (a word with ``*`` counts as its
    stem), which every match holds in lower case.

    Examples
    --------
    >>> phrase_trigger("sla* de handen ineen met")
    'handen'
    >>> phrase_trigger("bundel* … krachten met")
    'krachten'
    """
    words = [w.rstrip("*").lower() for w in phrase.split() if w != "…"]
    return max(words, key=len)


_DATA = tomllib.loads((DATA / "relation-wordings.toml").read_text(encoding="utf-8"))


def _rows() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """The cue rows of the data file's families, in file order."""
    rows: list[tuple[str, str, str, tuple[str, ...]]] = []
    for family in _DATA["family"]:
        phrases: list[str] = family["phrases"]
        pattern = "|".join(phrase_pattern(p) for p in phrases)
        triggers = tuple(sorted({phrase_trigger(p) for p in phrases}))
        rows.append((pattern, family["type"], family["direction"], triggers))
    return tuple(rows)


#: One cue row per family: (regex, relation type, direction, triggers).
ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = _rows()
