"""Per-document memo tables: answers about one sentence that several rules share.

The tone, negation, concern and direction rules ask the same questions of the
same sentence many times over (its clauses, for one). A memo table remembers
each answer for the document being read. :func:`kg.extract.extract` empties
every table when it starts a document: a build reads each profile once, so an
answer kept from one profile for the next would only cost memory, and a
benchmark that repeats a profile would measure nothing but the look-ups.

Only pure functions of their arguments may be memoised (the same text and
span always give the same answer), and what they return must not be changed
by a caller: the memoised function returns an immutable value (a tuple) or
the caller copies it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

__all__ = ["clear", "memo", "table"]

T = TypeVar("T")

_TABLES: list[dict] = []


def table() -> dict:
    """A new memo table (a plain dict) that :func:`clear` empties.

    Examples
    --------
    >>> t = table()
    >>> t["x"] = 1
    >>> clear()
    >>> t
    {}
    """
    found: dict = {}
    _TABLES.append(found)
    return found


def clear() -> None:
    """Empty every memo table (at the start of each document)."""
    for found in _TABLES:
        found.clear()


def memo(function: Callable[..., T]) -> Callable[..., T]:
    """Memoise ``function`` by its positional arguments in a table :func:`clear` empties.

    The table is the wrapper's ``table`` attribute (to ask whether an answer is kept).

    Examples
    --------
    >>> calls = []
    >>> @memo
    ... def double(x):
    ...     calls.append(x)
    ...     return 2 * x
    >>> double(2), double(2), calls
    (4, 4, [2])
    >>> clear(); double(2), calls
    (4, [2, 2])
    """
    found = table()

    @wraps(function)
    def wrapper(*args: Any) -> T:
        try:
            return found[args]
        except KeyError:
            value = found[args] = function(*args)
            return value

    wrapper.table = found  # type: ignore[attr-defined]
    return wrapper
