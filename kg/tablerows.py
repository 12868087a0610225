"""Rows of a table whose header names the national column ("Indicator   Ede   Nederland"),
restated as the study's prose gives a national reference: "Werkloosheid 5,9% (Nederland
7,4%)". The header row names the columns and states nothing, so it leaves the text
(:func:`kg.rawlines.drop_table_headers`, :func:`kg.markdown.plain_lines`); without its
words a row's national figure is a second bare figure, read as the municipality's.

The first value column that is not national is the municipality's; the national
column, and any other column with a figure, follow it in brackets with their headers.
The headers of a national column are data (``kg/data/national-columns.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.datafiles import word_list

__all__ = ["national_column", "restate_row", "split_cells"]

#: The gap between two cells of a row laid out as text columns.
_GAP = re.compile(r"\s*\t\s*|\s{3,}")


@cache
def _national_headers() -> frozenset[str]:
    return word_list("national-columns.txt")


def split_cells(raw: str) -> list[str]:
    """The cells of a row laid out as text columns.

    >>> split_cells("  Werkloosheid     9,1%\\t6,9% ")
    ['Werkloosheid', '9,1%', '6,9%']
    """
    return [" ".join(cell.split()) for cell in _GAP.split(raw.strip()) if cell.strip()]


def national_column(header: Sequence[str]) -> int | None:
    """The index of the national column among the cells ``header`` (never the first,
    which heads the rows' labels), or None.

    >>> national_column(["Indicator", "Ede", "Nederland"]), national_column(["Jaar", "2015"])
    (2, None)
    """
    known = _national_headers()
    for at, cell in enumerate(header[1:], start=1):
        if " ".join(cell.casefold().split()) in known:
            return at
    return None


def restate_row(header: Sequence[str], cells: Sequence[str]) -> str | None:
    """The row ``cells`` under ``header`` with its national figure in brackets; None when
    the header names no national column or the row does not fit it.

    A header without a cell over the labels ("   Ede   Nederland") has one cell fewer
    than its rows.

    Examples
    --------
    >>> restate_row(["Indicator", "Ede", "Nederland"], ["Werkloosheid", "5,9%", "7,4%"])
    'Werkloosheid 5,9% (Nederland 7,4%)'
    >>> restate_row(["Ede", "Regio", "NL"], ["Bijstand", "41", "38", "-"])
    'Bijstand 41 (Regio 38)'
    >>> restate_row(["Indicator", "2015", "2016"], ["Inwoners", "100", "101"]) is None
    True
    """
    if len(header) == len(cells) - 1:
        header = ["", *header]
    national = national_column(header)
    if national is None or len(header) != len(cells):
        return None
    own = next((at for at in range(1, len(cells)) if at != national), None)
    if own is None:
        return None
    text = f"{cells[0]} {cells[own]}"
    for at in [national, *(at for at in range(1, len(cells)) if at not in (own, national))]:
        if any(ch.isdigit() for ch in cells[at]):
            text += f" ({header[at]} {cells[at]})"
    return " ".join(text.split())
