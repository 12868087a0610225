"""The objects a relation cue may take, and the party a negated cue's contrast names.

A relation holds only between parties of fitting kinds: a municipality compares
with municipalities, an area borders on areas (not on bodies), a municipality is a
member of a group (never of a place or another municipality), and a place is no
party of the other relations.

A negated cue relates nothing, but a contrast after it may name the party that does
hold, repeating the cue's preposition: "A maakt geen deel uit van G, maar van H"
(A is a member of H), "werkt niet samen met B, maar met C", "koopt niet in via R
maar via S". General Dutch coordination: the second conjunct of "niet X, maar Y"
keeps the verb of the first.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> found = [SentenceMention("p/a", "place", 0, 1, "A", 0),
...          SentenceMention("m/b", "municipality", 2, 3, "B", 0)]
>>> kind_objects("member-of", found), len(kind_objects("cooperates-with", found))
([], 1)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.model import SentenceMention
from kg.extract.prefixscan import search

__all__ = ["contrast_span", "kind_objects"]

_ONLY_MUNICIPALITIES = frozenset({"compares-with"})
_ONLY_PLACES_OK = frozenset({"borders-on"})
#: The prepositions a cue may end in and a contrast may repeat.
_REPEATED = frozenset({"van", "met", "bij", "onder", "tot", "aan", "via", "in", "binnen", "voor"})
_LAST_WORD = re.compile(r"(\w+)\W*$")
#: "…, maar (wel) <preposition> ": the contrast, for each preposition.
_BUT = {
    word: re.compile(r"\bmaar\s+(?:wel\s+|juist\s+|alleen\s+)?" + word + r"\s+", re.IGNORECASE)
    for word in _REPEATED
}


class _Sentence(Protocol):
    """What the contrast reads of a sentence (kg.extract.relations._Sentence has it)."""

    text: str
    end: int

    def window_end(self, pos: int) -> int: ...


def kind_objects(kind: str, found: Sequence[SentenceMention]) -> list[SentenceMention]:
    """The parties of ``found`` that may be objects of a relation of ``kind``.

    Parameters
    ----------
    kind : str
        The relation type.
    found : sequence of SentenceMention
        The parties named where the cue's objects stand.

    Returns
    -------
    list of SentenceMention
    """
    if kind in _ONLY_MUNICIPALITIES:
        return [p for p in found if p.kind == "municipality"]
    if kind in _ONLY_PLACES_OK:  # an area borders on an area, not on a body
        return [p for p in found if p.kind not in ("body", "organisation")]
    if kind == "member-of":  # a municipality is a member of a group, never of a municipality
        return [p for p in found if p.kind not in ("place", "municipality")]
    return [p for p in found if p.kind != "place"]


def contrast_span(sen: _Sentence, m: re.Match[str]) -> tuple[int, int] | None:
    """Where the parties of "…, maar <preposition> Y" after a negated cue ``m`` stand.

    The contrast repeats the preposition the cue ends in; the span runs from after it
    to the end of its clause.

    Examples
    --------
    >>> class S:
    ...     text = "A maakt geen deel uit van G, maar van H."
    ...     end = len(text)
    ...     def window_end(self, pos):
    ...         return self.text.index(".", pos)
    >>> s = S()
    >>> m = re.search(r"deel uit van", s.text)
    >>> a, b = contrast_span(s, m)
    >>> s.text[a:b]
    'H'
    >>> contrast_span(s, re.search(r"maakt", s.text)) is None
    True
    """
    last = _LAST_WORD.search(m.group(0))
    if last is None or last.group(1).lower() not in _REPEATED:
        return None
    but = search(_BUT[last.group(1).lower()], sen.text, m.end(), sen.end)
    if but is None:
        return None
    return but.end(), sen.window_end(but.end())
