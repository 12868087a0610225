"""Exit codes and option hints: what the command line makes of a library error.

The library raises typed errors (:mod:`kg.errors`) and knows nothing of
flags or exit codes; this table does.

Exit codes
----------
0  success
1  bad data or a failed operation (unreadable seed, invalid graph, query timeout, server error)
2  bad usage (unknown option value, missing folder, malformed SPARQL, a broken
   reference data file, shapes that cannot be applied)
3  another build holds the lock on the output folder
130  interrupted (Ctrl-C)
"""

from __future__ import annotations

from kg.errors import DataError, KgError, LockedError, ReferenceDataError, UsageError

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTERRUPTED = 130

#: Error class → exit code; the most specific class in an error's MRO wins.
EXIT_CODES: dict[type[BaseException], int] = {
    KgError: EXIT_DATA,
    DataError: EXIT_DATA,
    # a broken reference data file is the build's configuration, not a profile
    ReferenceDataError: EXIT_USAGE,
    UsageError: EXIT_USAGE,
    LockedError: EXIT_LOCKED,
}

#: Library parameter named by an error (:attr:`kg.errors.KgError.parameter`) →
#: the hint that names the option setting it, appended to the message.
OPTION_HINTS: dict[str, str] = {
    "graph": " (run 'kg build' first, or pass --graph)",
    "timeout": " (--timeout)",
    "max_memory_mb": " (--max-memory)",
    "max_rows": " (--max-rows)",
    "credentials": " (--user, --password-env)",
    "update": " (--update URL, or --direct)",
    "max_nodes": " (--max-nodes)",
    "fmt": " (--format)",
    "params": " (--param)",
}


def exit_code(error: BaseException) -> int:
    """The exit code for ``error``: its most specific class in :data:`EXIT_CODES`.

    Examples
    --------
    >>> from kg.errors import QueryRefused, QueryTimedOut
    >>> exit_code(QueryRefused("no updates")), exit_code(QueryTimedOut("slow"))
    (2, 1)
    >>> exit_code(ValueError("not ours"))
    1
    """
    for cls in type(error).__mro__:
        code = EXIT_CODES.get(cls)
        if code is not None:
            return code
    return EXIT_DATA


#: Longest error message printed: a malformed file can put a whole run of its lines
#: into one value (an unclosed quote in a CSV file); the rest is cut with "…".
MAX_ERROR_CHARS = 300


def error_line(error: KgError) -> str:
    """The one line the CLI prints for ``error`` (without ``Error: ``), with its option hint.

    Examples
    --------
    >>> from kg.errors import DataError, QueryTimedOut
    >>> error_line(QueryTimedOut("query timed out after the 2 s limit", parameter="timeout"))
    'query timed out after the 2 s limit (--timeout)'
    >>> len(error_line(DataError("cbs_code " + "GM0005,Bedum," * 500, "m.csv:3")))
    300
    """
    hint = OPTION_HINTS.get(error.parameter or "", "")
    message = str(error)
    if len(message) + len(hint) > MAX_ERROR_CHARS:
        message = message[: MAX_ERROR_CHARS - len(hint) - 1] + "…"
    return f"{message}{hint}"
