"""Word lists of ``kg/data``: one entry a line, ``#`` comments, read once per caller.

The vocabularies the document model and the extractor read as plain lists (title words,
the headers of a national table column, word classes of Dutch) are data files with their
source stated in their comments; this module is the one reader of that format.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA", "word_list"]

#: The folder of the package's data files.
DATA = Path(__file__).resolve().parent / "data"


def word_list(name: str) -> frozenset[str]:
    """The lower-case entries of the one-entry-a-line data file ``kg/data/<name>``.

    Blank lines and lines that open with ``#`` are left out; entries are stripped.

    Examples
    --------
    >>> "nederland" in word_list("national-columns.txt")
    True
    >>> any(entry.startswith("#") for entry in word_list("title-words.txt"))
    False
    """
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))
