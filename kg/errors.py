"""Typed errors shared by the library, and the exit codes the CLI maps them to.

Exit codes
----------
0  success
1  bad data or a failed operation (unreadable seed, invalid graph, query timeout, server error)
2  bad usage (unknown option value, missing folder, malformed SPARQL, a broken
   reference data file)
3  another build holds the lock on the output folder
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3


class KgError(Exception):
    """Base class for errors the CLI reports as a one-line message.

    Parameters
    ----------
    message : str
        What went wrong, in one line.
    path : str or Path, optional
        The file or folder the problem is about; prefixed to the message.
    """

    exit_code = EXIT_DATA

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        super().__init__(self.__str__())

    def __str__(self) -> str:
        one_line = " ".join(self.message.split())
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

    exit_code = EXIT_DATA


class ReferenceDataError(DataError):
    """A reference data file (``kg/data/reference`` or ``--reference DIR``) is missing
    or malformed; ``path`` names ``file:line``.

    It is a :class:`DataError`, but the build's configuration rather than a
    profile is wrong, so the CLI exits with 2 (as for bad usage).
    """

    exit_code = EXIT_USAGE


class UsageError(KgError):
    """The caller asked for something impossible (bad option value, missing folder)."""

    exit_code = EXIT_USAGE


class LockedError(KgError):
    """Another process holds the lock on the output folder."""

    exit_code = EXIT_LOCKED


class QueryRefused(UsageError):
    """A query asks for something kg never runs: an update, SERVICE, or a remote graph."""
