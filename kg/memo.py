"""A bounded least-recently-used cache, for memos an object owns.

``kg serve`` and notebooks keep one process alive for a long time; a memo
keyed by text it is given (query texts, terms) must not grow without bound.
:class:`LruCache` keeps the ``maxsize`` most recently used entries.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """At most ``maxsize`` entries; the least recently used one goes first.

    Parameters
    ----------
    maxsize : int
        How many entries to keep (at least 1).

    Examples
    --------
    >>> cache = LruCache[str, int](maxsize=2)
    >>> cache.get_or_make("a", len), cache.get_or_make("bb", len)
    (1, 2)
    >>> _ = cache.get_or_make("a", len)  # "a" is now the most recent
    >>> cache.get_or_make("ccc", len), sorted(cache.keys())
    (3, ['a', 'ccc'])
    """

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, not {maxsize}")
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def keys(self) -> list[K]:
        """The keys, least recently used first."""
        return list(self._data)

    def get(self, key: K) -> V | None:
        """The value of ``key`` (now the most recent), or None."""
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key``, dropping the least recently used past ``maxsize``."""
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def get_or_make(self, key: K, make: Callable[[K], V]) -> V:
        """The value of ``key``, made by ``make(key)`` and kept when missing."""
        value = self.get(key)
        if value is None:
            value = make(key)
            self.put(key, value)
        return value
