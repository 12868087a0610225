"""Typed errors shared by the library.

The library raises them and knows nothing of the command line: the exit code
of each class, and the command-line option to name in a hint, live in
:mod:`kg.cli.exits`.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    r"""Base class for errors the CLI reports as a one-line message.

    Parameters
    ----------
    message : str
        What went wrong, in one line.
    path : str or Path, optional
        The file or folder the problem is about; prefixed to the message.
    parameter : str, optional
        The library parameter whose value decides the outcome (``timeout``,
        ``max_rows``, ``graph``…): a front end may tell how to change it.

    Examples
    --------
    >>> str(KgError("query timed out", "q.rq", parameter="timeout"))
    'q.rq: query timed out'

    A message quoting a document or a file keeps to one printable line: control
    characters in it are escaped, as in a path (:func:`printable`).

    >>> print(KgError("unknown heading 'Wonen\x1b[2J'\n(line 3)"))
    unknown heading 'Wonen\x1b[2J' (line 3)
    """

    def __init__(
        self, message: str, path: str | Path | None = None, *, parameter: str | None = None
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.parameter = parameter
        super().__init__(self.__str__())

    def __str__(self) -> str:
        one_line = printable(" ".join(self.message.split()))
        return f"{printable(self.path)}: {one_line}" if self.path else one_line


def printable(text: str) -> str:
    r"""``text`` with control characters, line breaks and undecodable bytes escaped.

    File names come from the file system and may hold a newline or bytes that
    are not UTF-8 (surrogate escapes); shown as is they would break the one-line
    error message or the terminal's encoding.

    Examples
    --------
    >>> print(printable("seeds/a\nb\udcff.txt"))
    seeds/a\nb\xff.txt
    """
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


class DataError(KgError):
    """Input data is missing, empty, binary, wrongly encoded or malformed."""


class ReferenceDataError(DataError):
    """A reference data file (``kg/data/reference`` or ``--reference DIR``) is missing
    or malformed; ``path`` names ``file:line``.

    It is a :class:`DataError`, but the build's configuration rather than a
    profile is wrong, so the CLI exits with 2 (as for bad usage).
    """


class ExtractionError(KgError):
    """The extractor itself failed on a profile: a bug in ``kg``, not in the input.

    ``path`` names the profile; the message names the exception and where in
    ``kg`` it was raised, so that the profile and the line can be reported. The
    CLI exits with 1 (a failed operation), as for a profile it cannot read.
    """


class UsageError(KgError):
    """The caller asked for something impossible (bad option value, missing folder)."""


class LockedError(KgError):
    """Another process holds the lock on the output folder."""


class QueryRefused(UsageError):
    """A query asks for something kg never runs: an update, SERVICE, or a remote graph."""


class QueryTimedOut(DataError):
    """A query ran past its time limit (parameter ``timeout``) and was stopped."""


class MemoryLimitExceeded(DataError):
    """A query needed more memory than its limit (parameter ``max_memory_mb``) allows."""


class TooManyResults(DataError):
    """A query gave more rows or triples than its limit (parameter ``max_rows``)."""
