"""The streaming build (`kg.build.streaming`): same bytes as in memory, cache, atomic output."""

from pathlib import Path

import pytest
from conftest import ONTOLOGY

from kg.build.pipeline import build_graph
from kg.build.streaming import build
from kg.errors import DataError

PROFILES = {
    "brunssum": "Brunssum\n\nBestuur\n\nBrunssum werkt samen met Heerlen en Kerkrade.\n",
    "venlo": "Venlo\n\nBestuur\n\nVolgens ambtenaren is de samenwerking met Venray goed.\n",
}


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in PROFILES.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    return seeds


def test_the_streamed_file_is_the_in_memory_build_byte_for_byte(tmp_path):
    seeds = _seeds(tmp_path)
    target, summary = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    assert target.read_bytes() == build_graph(seeds, ONTOLOGY).turtle
    assert summary.documents == 2 and summary.cached == 0
    assert (tmp_path / "out" / "void.ttl").is_file()


def test_a_second_build_takes_unchanged_documents_from_the_cache(tmp_path):
    seeds = _seeds(tmp_path)
    first, _ = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    before = first.read_bytes()
    again, summary = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    assert summary.cached == 2 and again.read_bytes() == before
    (seeds / "venlo.txt").write_text(PROFILES["venlo"] + "Ook Beesel doet mee.\n", "utf-8")
    _, changed = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    assert changed.cached == 1


def test_a_failing_document_leaves_the_previous_output_untouched(tmp_path):
    seeds = _seeds(tmp_path)
    target, _ = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    before = target.read_bytes()
    (seeds / "broken.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    with pytest.raises(DataError):
        build(seeds, tmp_path / "out", ONTOLOGY, jobs=1)
    assert target.read_bytes() == before
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
