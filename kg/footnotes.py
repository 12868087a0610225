"""Footnotes of a printed profile, collected from the pages' feet.

Text extracted from a PDF prints a footnote's marker as a plain number right after its
word ("jeugdhulp2", "11,3%1") and the note at the foot of the page ("2 De raad ontvangt
sinds 2016 een kwartaalrapportage."), in the middle of the running text. Read as they
stand, the marker glues a number to a word and the note interrupts a section with a
sentence from elsewhere. :func:`collect_footnotes` finds such notes, takes them out of
the lines and returns them, so that the document model sets them apart under a section
"Noten"; their markers leave the text (noted in ``removed``).

A note is recognised by its place in the numbering, never by its words: a line that
opens with the number the next note has (1, 2, 3 … in order), with a capital after it,
whose marker (that number right after a word or a sign) stands in the text before it,
and whose text, with the lines that go on with it, ends a sentence. Markers in brackets
and superscripts ("[1]", "¹") are read by :mod:`kg.rawlines`, not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from kg.linebreaks import ENDED

__all__ = ["collect_footnotes"]

#: A note's first line: its number, white space, then a capital or a digit.
_NOTE = re.compile(r"(\d{1,2})\s+(?=[A-ZÀ-Ý0-9“\"'‘(])")


#: The first note's opening at a line's start (a literal "\\n" first: a fast search).
_FIRST_NOTE = re.compile(r"\n[ \t\f]*1[ \t]+[A-ZÀ-Ý0-9“\"'‘(]")


class _NoteLine(Protocol):
    raw: str
    text: str


L = TypeVar("L", bound=_NoteLine)


def _marker(number: int) -> re.Pattern[str]:
    """The marker of note ``number``: the number right after two letters or after a
    closing sign ("jeugdhulp2", "11,3%1", "gemeenten”3"), not part of a longer number."""
    return re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[%”\"’)]))(?<![mM]){number}(?!\d)")


def collect_footnotes(
    lines: list[L | None], removed: list[tuple[str, str]], text: str | None = None
) -> list[str]:
    """Take the footnotes out of ``lines`` and their markers out of the text.

    Parameters
    ----------
    lines : list of lines or None
        The body lines (``raw`` and ``text``; None for a dropped line). A note's lines
        become None; a marker leaves its line's ``text``.
    removed : list of (str, str)
        Each marker taken out is added as ``("footnote marker", number)``.
    text : str, optional
        The whole text the lines come from: without a line opening with "1 " in it
        (the first note) the lines are not read.

    Returns
    -------
    list of str
        The notes in order, each as one text opening with its number in brackets
        ("[2] De raad ontvangt …"), the form a footnote block has.

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> raws = ["De werkloosheid is 11,3%1. De raad kijkt naar de jeugdhulp2.", "",
    ...         "1 Bron: CBS,", "Statline.", "2 Sinds 2016.", "", "Het loket is open."]
    >>> lines = [Line(raw=r, text=r) for r in raws]
    >>> removed = []
    >>> collect_footnotes(lines, removed)
    ['[1] Bron: CBS, Statline.', '[2] Sinds 2016.']
    >>> [line.text for line in lines if line is not None]
    ['De werkloosheid is 11,3%. De raad kijkt naar de jeugdhulp.', '', '', 'Het loket is open.']
    >>> removed
    [('footnote marker', '1'), ('footnote marker', '2')]
    """
    if text is not None and _FIRST_NOTE.search(text) is None:
        return []
    notes: list[str] = []
    searched = 0  # the notes' markers stand in text order: search on from the last one
    at = 0
    while at < len(lines):
        line = lines[at]
        opening = _NOTE.match(line.text) if line is not None and line.text[:1].isdigit() else None
        if opening is None or int(opening.group(1)) != len(notes) + 1:
            at += 1
            continue
        number = opening.group(1)
        span = _note_lines(lines, at)
        text = " ".join(_text(lines, i) for i in span)[opening.end() :]
        marked = _find_marker(lines, searched, at, int(number))
        if marked is None or not ENDED.search(text):
            at += 1
            continue
        place, marker = marked
        owner = lines[place]
        assert owner is not None
        owner.text = " ".join((owner.text[: marker.start()] + owner.text[marker.end() :]).split())
        removed.append(("footnote marker", number))
        notes.append(f"[{number}] {text}")
        for i in span:
            lines[i] = None
        searched = place
        at = span[-1] + 1
    return notes


def _text(lines: Sequence[_NoteLine | None], at: int) -> str:
    line = lines[at]
    return line.text if line is not None else ""


def _note_lines(lines: Sequence[_NoteLine | None], at: int) -> list[int]:
    """The lines of the note that opens at ``at``: up to an empty line, a page break,
    the next note's opening or a line of text that ends a sentence."""
    span = [at]
    pos = at + 1
    while not ENDED.search(_text(lines, span[-1])) and pos < len(lines):
        line = lines[pos]
        if line is not None and (not line.text or "\f" in line.raw or _NOTE.match(line.text)):
            break
        if line is not None:
            span.append(pos)
        pos += 1
    return span


def _find_marker(
    lines: Sequence[_NoteLine | None], start: int, end: int, number: int
) -> tuple[int, re.Match[str]] | None:
    """The first marker of note ``number`` in the lines from ``start`` up to ``end``."""
    pattern = _marker(number)
    for pos in range(start, end):
        line = lines[pos]
        if line is not None and (found := pattern.search(line.text)) is not None:
            return pos, found
    return None
