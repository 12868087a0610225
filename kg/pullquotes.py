"""Repeated pull-quotes of a profile's layout: lines that repeat earlier running text.

Split from :mod:`kg.document`, which calls :func:`mark_pull_quotes` on the lines of
a profile's body before it joins them into paragraphs.

Examples
--------
>>> text = "Een zin die lang genoeg is om als citaat te worden herhaald in de kantlijn."
>>> lines = [Line(text, text), Line("Andere tekst.", "Andere tekst."), Line(text, text)]
>>> removed = []
>>> mark_pull_quotes(lines, removed)
>>> [line is None for line in lines], removed[0][0]
([False, False, True], 'pull-quote')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Line", "mark_pull_quotes"]


@dataclass
class Line:
    """One raw line of a profile and its text (stripped, white space collapsed)."""

    raw: str
    text: str  # stripped, whitespace collapsed
    columns: bool = False  # a row of a table laid out as text columns

    @property
    def trailing_spaces(self) -> int:
        return len(self.raw) - len(self.raw.rstrip(" \t"))


def mark_pull_quotes(lines: list[Line | None], removed: list[tuple[str, str]]) -> None:
    """Remove repeated pull-quotes: lines that repeat earlier running text.

    A line of at least 40 characters whose text already occurred earlier in the
    document is a pull-quote (magazine layout repeats a striking sentence); the
    lines right after it that continue the same earlier passage go with it.
    The first occurrence is kept.
    """
    # ``earlier`` is the texts so far joined by spaces, joined only when a line may be
    # found in it. A piece of the line between two spaces is, where the line occurs in
    # ``earlier``, a piece between two spaces there too: one of the pieces of
    # ``earlier.split(" ")`` (``seen``, the pieces of its texts). A line one of whose
    # inner pieces ``earlier`` lacks is not in it.
    parts: list[str] = []
    seen: set[str] = set()
    earlier = ""
    joined = 0  # the texts ``earlier`` holds
    i = 0
    while i < len(lines):
        line = lines[i]
        if line is None or not line.text:
            i += 1
            continue
        norm = line.text
        pos = -1
        pieces = norm.split(" ")
        if len(norm) >= 40:
            inner = pieces[1:-1]
            if not inner or seen.issuperset(inner):
                if joined != len(parts):
                    earlier, joined = " ".join(parts), len(parts)
                pos = earlier.find(norm)
        if pos >= 0:
            removed.append(("pull-quote", line.text))
            lines[i] = None
            cursor = pos + len(norm)
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if nxt is None or not nxt.text:
                    j += 1
                    continue
                probe = nxt.text.rstrip(".").strip()
                rest = earlier[cursor:].lstrip()
                if probe and rest.startswith(probe):
                    removed.append(("pull-quote", nxt.text))
                    lines[j] = None
                    cursor = len(earlier) - len(rest) + len(probe)
                    j += 1
                    continue
                break
            i = j
            continue
        parts.append(norm)
        seen.update(pieces)
        i += 1
