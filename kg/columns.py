"""Pages printed in two columns, as a PDF-to-text converter's layout mode gives them:
each line holds a line of the left column, a gap, and the line of the right column
beside it. Read row by row, every sentence would interleave the two columns, and the gap
would make each line a row of a table laid out as text columns.

A run of lines is a two-column page when the right column starts at one position (a
little ragged: the converter places words at character cells) in at least
:data:`MIN_ROWS` lines where both sides read as prose (two words or more with letters on
each side), and no line of the run crosses that position without a gap. A table laid out
as text columns is no such page: its cells are figures or short labels, and a row
usually has more than two of them. The run is unfolded into its left column, an empty
line, and its right column; a line that holds text on one side only leaves an empty line
on the other, so the paragraphs of each column stay apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["MIN_ROWS", "unfold_columns"]

#: The fewest prose rows a run needs at one column position to be read as two columns.
MIN_ROWS = 4
#: How far (in characters) the start of the right column may drift between lines.
_DRIFT = 2
#: The narrowest left column: a gap further left is an indented line, not a column.
_MIN_LEFT = 20
#: A gap between two columns: three spaces or more (a tab counts as a gap too).
_GAP = re.compile(r"\S(?:\s{3,}|\t\s*)(?=\S)")
#: Figures, masked when rows are compared.
_DIGITS = re.compile(r"\d+")
#: A word with letters.
_WORD = re.compile(r"[^\W\d_]{2,}")


def unfold_columns(raws: list[str], text: str | None = None) -> list[str]:
    """The lines ``raws`` with every run laid out in two columns read column by column.

    Parameters
    ----------
    raws : list of str
        The raw lines of a profile (no line endings).
    text : str, optional
        The text ``raws`` come from: without three spaces or a tab anywhere in it, the
        lines are not read one by one.

    Returns
    -------
    list of str
        ``raws`` itself (the same object) when no run is laid out in two columns; else the
        lines with each such run replaced by its left column, an empty line and its
        right column (the sides stripped of the layout's spaces).

    Examples
    --------
    >>> words = ["een", "twee", "drie", "vier"]
    >>> rows = [f"Links staat zin {w} van de tekst.    Rechts staat zin {w} ernaast."
    ...         for w in words]
    >>> unfold_columns(["Titel", *rows])  # doctest: +NORMALIZE_WHITESPACE
    ['Titel', 'Links staat zin een van de tekst.', 'Links staat zin twee van de tekst.',
     'Links staat zin drie van de tekst.', 'Links staat zin vier van de tekst.', '',
     'Rechts staat zin een ernaast.', 'Rechts staat zin twee ernaast.',
     'Rechts staat zin drie ernaast.', 'Rechts staat zin vier ernaast.']
    >>> table = ["Werkloosheid    9%    7%", "Bijstand    4%    3%"] * 3
    >>> unfold_columns(table) is table
    True
    """
    if text is not None and "   " not in text and "\t" not in text:
        return raws  # no line holds a gap: one search over the text, not a loop
    starts = _prose_splits(raws)
    if len(starts) < MIN_ROWS:
        return raws
    lines = raws
    for column in _positions(starts):
        lines = _unfold_at(lines, column)
    return lines


def _prose_splits(lines: Sequence[str]) -> list[int]:
    """Where the right side starts in each line with prose on both sides of one gap."""
    starts = []
    for line in lines:
        if "   " not in line and "\t" not in line:
            continue
        gap = _gutter([m for m in _GAP.finditer(line) if m.end() >= _MIN_LEFT])
        if gap is None:
            continue
        left, right = line[: gap.start() + 1], line[gap.end() :]
        if len(_WORD.findall(left)) >= 2 and len(_WORD.findall(right)) >= 2:
            starts.append(gap.end())
    return starts


def _gutter(gaps: list[re.Match[str]]) -> re.Match[str] | None:
    """The gap between the columns among the gaps of a line: the only one, or the widest
    by two spaces or more (justified text stretches the gaps between its words by a
    space or two); None when no gap stands out.

    >>> line = "Links  staat  een  zin.      Rechts  staat  er  een."
    >>> _gutter(list(_GAP.finditer(line))).group()
    '.      '
    """
    if len(gaps) <= 1:
        return gaps[0] if gaps else None
    widths = sorted((len(m.group()) for m in gaps), reverse=True)
    if widths[0] < widths[1] + 2:
        return None
    return max(gaps, key=lambda m: len(m.group()))


def _positions(starts: list[int]) -> list[int]:
    """The column positions at least :data:`MIN_ROWS` prose rows share, most rows first.

    >>> _positions([50, 51, 50, 49, 50, 30])
    [50]
    """
    counts = Counter(starts)
    found: list[int] = []
    for column, _ in counts.most_common():
        if any(abs(column - seen) <= 2 * _DRIFT for seen in found):
            continue
        near = sum(n for at, n in counts.items() if abs(at - column) <= _DRIFT)
        if near >= MIN_ROWS:
            found.append(column)
    return found


def _split(line: str, column: int) -> tuple[str, str] | None:
    """The left and right side of ``line`` for a right column at ``column``; None when
    the line crosses the column with no gap (it spans the page, or is no part of it).

    >>> _split("Links hier.        Rechts", 19), _split("Een lange regel zonder gat", 10)
    (('Links hier.', 'Rechts'), None)
    >>> _split("                   Rechts alleen", 19), _split("Links alleen", 19)
    (('', 'Rechts alleen'), ('Links alleen', ''))
    """
    stripped = line.rstrip()
    if len(stripped) < column - _DRIFT:
        return stripped.strip(), ""
    lo, hi = max(column - _DRIFT, 1), column + _DRIFT
    for at in range(lo, min(hi, len(stripped) - 1) + 1):
        if not stripped[at].isspace() and stripped[at - 1].isspace():
            left = stripped[:at]
            if not left.strip() or left.endswith("  "):
                return left.strip(), stripped[at:].strip()
    return None


def _unfold_at(lines: list[str], column: int) -> list[str]:
    """``lines`` with each run of lines that split at ``column`` read column by column.

    Each line is split once; a span of lines that split is tried as a run from its first
    line with a right side only, so the work grows with the lines, not their square."""
    pairs = [_split(line, column) for line in lines]
    out: list[str] = []
    at = 0
    while at < len(lines):
        pair = pairs[at]
        if pair is None or not pair[1]:  # a run starts with a line of the right column
            out.append(lines[at])
            at += 1
            continue
        end = at + 1
        while end < len(lines) and pairs[end] is not None and "\f" not in lines[end]:
            end += 1  # up to a line across the column, or the next page
        sides = [pair for pair in pairs[at:end] if pair is not None]
        if _columns(sides):
            while not sides[-1][0] and not sides[-1][1]:
                sides.pop()
                end -= 1
            page = "\f" if "\f" in lines[at] else ""  # the page break stays before the page
            out += [page + sides[0][0]] + [left for left, _ in sides[1:]] + [""]
            out += [right for _, right in sides]
        else:
            out += lines[at:end]
        at = end
    return out if len(out) != len(lines) else lines  # a run adds the line between columns


def _columns(sides: list[tuple[str, str]]) -> bool:
    """Whether the sides of a run of lines are two columns: :data:`MIN_ROWS` different
    rows (figures aside) have text on both sides, and such rows are at least half of the
    rows with text (a header and footer repeated on every page of a text in one column
    are no column)."""
    both = [_DIGITS.sub("#", left + "|" + right) for left, right in sides if left and right]
    rows = sum(1 for left, right in sides if left or right)
    return len(set(both)) >= MIN_ROWS and 2 * len(both) >= rows
