"""kg.memo: a bounded least-recently-used cache."""

from __future__ import annotations

import pytest

from kg.memo import LruCache


def test_keeps_at_most_maxsize_entries_dropping_the_least_recently_used():
    cache: LruCache[int, str] = LruCache(maxsize=3)
    for key in range(10):
        cache.put(key, str(key))
    assert len(cache) == 3 and cache.keys() == [7, 8, 9]
    assert cache.get(7) == "7"  # a hit makes 7 the most recent
    cache.put(10, "10")
    assert cache.keys() == [9, 7, 10] and cache.get(8) is None


def test_get_or_make_calls_make_once_per_kept_key():
    calls: list[str] = []

    def make(key: str) -> int:
        calls.append(key)
        return len(key)

    cache: LruCache[str, int] = LruCache(maxsize=2)
    assert [cache.get_or_make(k, make) for k in ("a", "bb", "a", "bb")] == [1, 2, 1, 2]
    assert calls == ["a", "bb"]
    cache.get_or_make("ccc", make)  # drops "a", the least recently used
    cache.get_or_make("a", make)
    assert calls == ["a", "bb", "ccc", "a"]


def test_maxsize_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        LruCache(maxsize=0)
