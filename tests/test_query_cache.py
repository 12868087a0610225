"""The on-disk store cache: built once, reused, keyed by content, optional, never fatal."""

from __future__ import annotations

import pytest

import kg.query.cache as cache_module
from kg.query.cache import KEEP, StoreCache, cache_enabled, cache_root, default_cache_root
from kg.query.engine import LocalGraph

TURTLE = '<http://e/a> <http://e/p> "{}" .\n'


def answer(graph: LocalGraph) -> list[object]:
    return graph.execute("SELECT ?o WHERE { <http://e/a> <http://e/p> ?o }").column("o")


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(cache_module, "_DEFAULT", [StoreCache(folder)])
    return folder


def test_built_on_first_use_then_reused(tmp_path, cache_dir):
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("one"), encoding="utf-8")
    first = LocalGraph(path)
    assert first.cached and answer(first) == ["one"]
    stores = list((cache_dir / "stores").iterdir())
    assert len(stores) == 1 and (stores[0] / ".complete").is_file()
    again = LocalGraph(path)
    assert again.cached and answer(again) == ["one"]
    assert list((cache_dir / "stores").iterdir()) == stores


def test_a_changed_file_gets_a_new_store(tmp_path, cache_dir):
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("one"), encoding="utf-8")
    assert answer(LocalGraph(path)) == ["one"]
    path.write_text(TURTLE.format("two"), encoding="utf-8")
    assert answer(LocalGraph(path)) == ["two"]


def test_old_stores_are_pruned(tmp_path, cache_dir):
    for i in range(KEEP + 2):
        path = tmp_path / f"g{i}.ttl"
        path.write_text(TURTLE.format(i), encoding="utf-8")
        LocalGraph(path)
    assert len(list((cache_dir / "stores").iterdir())) == KEEP


def test_a_cache_object_bounds_its_own_folder(tmp_path, cache_dir):
    own = StoreCache(tmp_path / "own", keep=2)
    for i in range(4):
        path = tmp_path / f"g{i}.ttl"
        path.write_text(TURTLE.format(i), encoding="utf-8")
        assert LocalGraph(path, cache=own).cached
    assert len(list(own.stores.iterdir())) == 2
    assert not cache_dir.exists()  # the default cache was not touched


def test_turned_off(tmp_path, cache_dir, monkeypatch):
    cache_module.use_store_cache(None)
    assert not cache_enabled() and cache_root() == default_cache_root()
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("x"), encoding="utf-8")
    graph = LocalGraph(path)
    assert not graph.cached and answer(graph) == ["x"]
    assert not cache_dir.exists()
    assert not LocalGraph(path, cache=False).cached


def test_unusable_cache_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("x"), encoding="utf-8")
    graph = LocalGraph(path, cache=StoreCache(blocker))
    assert not graph.cached and answer(graph) == ["x"]


def test_the_library_reads_no_environment(monkeypatch, tmp_path):
    monkeypatch.setattr(cache_module, "_DEFAULT", [])
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("KG_QUERY_CACHE", "0")
    assert cache_enabled() and cache_root() == default_cache_root()


def test_digest_is_remembered_until_the_file_changes(tmp_path, cache_dir, monkeypatch):
    import os

    import kg.query.cache as cache

    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("one"), encoding="utf-8")
    old = path.stat().st_mtime - 60
    os.utime(path, (old, old))  # settled: its digest may be remembered
    hashed = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda p: hashed.append(p) or real(p))
    assert answer(LocalGraph(path)) == ["one"]
    assert answer(LocalGraph(path)) == ["one"]
    assert len(hashed) == 1  # the second run did not read the file again
    path.write_text(TURTLE.format("two"), encoding="utf-8")  # new mtime and size
    assert answer(LocalGraph(path)) == ["two"]
    assert len(hashed) == 2


def test_a_freshly_written_file_is_hashed_every_time(tmp_path, cache_dir, monkeypatch):
    import kg.query.cache as cache

    path = tmp_path / "g.ttl"
    path.write_text(TURTLE.format("one"), encoding="utf-8")  # modified just now
    hashed = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda p: hashed.append(p) or real(p))
    LocalGraph(path), LocalGraph(path)
    assert len(hashed) == 2
    assert not (cache_dir / "digests").exists()
