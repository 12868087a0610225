"""`kg export` through click's CliRunner."""

from __future__ import annotations

import json

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import main


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def test_export_to_stdout_is_parseable_ntriples(graph_path):
    result = run("export", "--graph", str(graph_path), "--format", "nt")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    triples = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_TRIPLES))
    assert len(triples) > 1000


def test_export_to_file_infers_format_from_extension(graph_path, tmp_path):
    out = tmp_path / "kg.jsonld"
    result = run("export", "--graph", str(graph_path), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"Wrote {out} (jsonld," in result.stderr
    assert "@graph" in json.loads(out.read_text(encoding="utf-8"))


def test_export_trig_file(graph_path, tmp_path):
    out = tmp_path / "kg.trig"
    result = run("export", "--graph", str(graph_path), "--format", "trig", "--out", str(out))
    assert result.exit_code == 0
    names = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.TRIG)}
    assert "https://w3id.org/kg-decentralisatie/graph/document/bunschoten" in names


def test_missing_graph_is_an_error(tmp_path):
    result = run("export", "--graph", str(tmp_path / "none.ttl"), "--format", "ttl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and "none.ttl: graph file not found" in result.stderr


def test_unknown_format_is_a_usage_error(graph_path):
    result = run("export", "--graph", str(graph_path), "--format", "rdfxml")
    assert result.exit_code == 2
    assert "rdfxml" in result.stderr
