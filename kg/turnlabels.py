"""Turns under speakers' labels: "Karin: Veel ouderen zijn eenzaam.", "Host Tom: Hoe ging het?".

A transcript (a podcast, a panel, a radio programme, a printed interview) gives each turn a
line (or a paragraph) of its own that opens with its speaker's label: a name, a function or
both, up to three capitalised words, and a colon. A short turn ("Host Tom: Tien weken!",
"Henk: Dat snap ik, maar we …", a question "Presentator: Hoe staat het met de jeugd?") has
the shape of a heading (short, capitalised, not closed by a period), but it is what a speaker
says: it opens a paragraph, never a section. A label is a speaker's where it opens at least
:data:`TURNS` lines of the document: a heading with a subtitle after a colon ("Jeugd: de
grootste zorg") names each theme once.

Source: the layout of transcripts (a speaker's label and a colon before each turn), written
for the construction, not from any profile.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["LABEL_WORDS", "TURNS", "turn_lines"]

#: The words of a turn's label: up to three capitalised words (a name, a function, or a
#: function and a name), as they stand before the label's colon ("Karin", "Host Tom").
LABEL_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
#: A turn's label at a line's start: its words, a colon and the turn's first word.
_LABEL = re.compile(rf"({LABEL_WORDS})\s*:\s+\S")
#: How many lines a label opens at least to be a speaker's.
TURNS = 3


def turn_lines(texts: list[str]) -> frozenset[int]:
    """The positions of the lines of ``texts`` that open with a speaker's label.

    Examples
    --------
    >>> lines = ["Zorg", "Anna: Hoe gaat het?", "Bram: Goed.", "Anna: En de jeugd?",
    ...     "Bram: Te duur.", "Anna: Tot slot", "Bram: Dank je wel!"]
    >>> sorted(turn_lines(lines))
    [1, 2, 3, 4, 5, 6]
    >>> sorted(turn_lines(["Jeugd: de grootste zorg", "De jeugdhulp is duur.", "Wonen: krap"]))
    []
    """
    labels: list[str | None] = []
    counts: Counter[str] = Counter()
    for text in texts:
        found = _LABEL.match(text) if text[:1].isupper() and ":" in text else None
        label = found.group(1) if found else None
        labels.append(label)
        if label:
            counts[label] += 1
    return frozenset(k for k, label in enumerate(labels) if label and counts[label] >= TURNS)
