"""The per-document cache: keys follow every input, entries round-trip, stale ones go."""

from __future__ import annotations

import pytest

from kg.build.doccache import DocumentResult, cache_key, prune_cache, read_cache, write_cache


def result(name: str = "epe") -> DocumentResult:
    return DocumentResult(
        name=name,
        sha256="ab" * 32,
        block='<urn:a> <urn:p> "één" .\n',
        triples=1,
        shared=["<urn:x> <urn:p> <urn:y> ."],
        counts={"findings": 3},
        entities={"urn:x": "municipality"},
        warnings=["epe.txt: decoded as cp1252"],
        stats={"triples": 1},
        municipality="https://example.org/id/gemeente/epe",
    )


@pytest.fixture()
def profile(tmp_path):
    path = tmp_path / "epe.txt"
    path.write_text("Gemeente Epe.\n\nDe wachtlijst is lang.\n", encoding="utf-8")
    return path


def test_the_key_changes_with_text_name_code_and_curation(profile, tmp_path):
    key = cache_key(profile, "digest", True)
    assert key == cache_key(profile, "digest", True)
    assert key != cache_key(profile, "other digest", True)
    renamed = tmp_path / "ede.txt"
    renamed.write_bytes(profile.read_bytes())
    assert cache_key(renamed, "digest", True) != key
    curation = profile.with_suffix(".curation.yaml")
    curation.write_text("findings: []\n", encoding="utf-8")
    curated = cache_key(profile, "digest", True)
    assert curated != key
    assert cache_key(profile, "digest", False) == key  # curation off: the file does not count
    profile.write_text("Gemeente Epe.\n\nDe wachtlijst is kort.\n", encoding="utf-8")
    assert cache_key(profile, "digest", True) != curated


def test_an_entry_round_trips_and_a_broken_one_reads_as_missing(tmp_path):
    cache = tmp_path / "cache"
    write_cache(cache, "k1", result())
    assert read_cache(cache, "k1") == result()
    (cache / "k2.json").write_text("{not json", encoding="utf-8")
    (cache / "k3.json").write_text('{"name": "only a name"}', encoding="utf-8")
    assert read_cache(cache, "k2") is None
    assert read_cache(cache, "k3") is None
    assert read_cache(cache, "missing") is None
    assert [p.name for p in cache.iterdir() if p.name.endswith(".tmp")] == []


def test_prune_keeps_only_the_current_entries(tmp_path):
    cache = tmp_path / "cache"
    for key in ("keep", "stale"):
        write_cache(cache, key, result(key))
    (cache / ".stale.123.tmp").write_text("half", encoding="utf-8")
    prune_cache(cache, {"keep"})
    assert sorted(p.name for p in cache.iterdir()) == ["keep.json"]
    prune_cache(tmp_path / "no such folder", set())
    assert not (tmp_path / "no such folder").exists()


def test_an_entry_without_the_municipality_field_is_recomputed_not_misread(tmp_path):
    import json
    from dataclasses import asdict

    cache = tmp_path / "cache"
    old = asdict(result())
    del old["municipality"]  # an entry written before the field existed
    cache.mkdir()
    (cache / "old.json").write_text(json.dumps(old), encoding="utf-8")
    assert read_cache(cache, "old") is None


def test_the_cache_schema_counts_in_the_digest(monkeypatch):
    from kg.build import config
    from kg.build.config import Resources

    before = Resources.create().digest
    monkeypatch.setattr(config, "CACHE_SCHEMA", config.CACHE_SCHEMA + "x")
    assert Resources.create().digest != before
