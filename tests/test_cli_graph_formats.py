"""Every command that reads ``--graph`` reads TriG and N-Quads as it reads Turtle.

Each test is one reproduction of issue 16: from TriG, ``kg validate`` said
"Conforms: 0 triples checked", ``kg export`` wrote 0 triples, ``kg push``
pushed 0 triples in 0 graphs, and ``kg map``, ``kg network stats`` and
``kg compare`` drew empty pages, all with exit 0.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.publish.export import write_export
from tests.server_support import OxigraphServer, needs_oxigraph


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def quads(graph_path, tmp_path_factory):
    """The seed graph as TriG and N-Quads, and its triple count."""
    graph = Graph().parse(graph_path, format="turtle")
    folder = tmp_path_factory.mktemp("quads")
    paths = {}
    for fmt in ("trig", "nq"):
        paths[fmt] = folder / f"kg.{fmt}"
        write_export(graph, fmt, paths[fmt])
    return paths, len(graph)


@pytest.fixture()
def no_triples(tmp_path):
    path = tmp_path / "prefixes.trig"
    path.write_text("@prefix ex: <http://example.org/> .\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_validate_checks_every_triple(quads, fmt):
    paths, count = quads
    result = run("validate", "--graph", paths[fmt])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith(f"Conforms: {count:,} triples checked")


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_export_writes_every_triple(quads, fmt, tmp_path):
    paths, count = quads
    out = tmp_path / "kg.ttl"
    result = run("export", "--graph", paths[fmt], "--format", "ttl", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert f"({'ttl'}, {count:,} triples)" in result.stderr
    assert len(Graph().parse(out, format="turtle")) == count


def test_export_trig_to_trig_is_byte_identical(quads):
    paths, _ = quads
    result = run("export", "--graph", paths["trig"], "--format", "trig")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == paths["trig"].read_bytes()


@pytest.mark.server
@needs_oxigraph
def test_push_sends_every_named_graph(quads, tmp_path):
    paths, count = quads
    server = OxigraphServer(tmp_path / "store")
    server.start()
    try:
        result = run("push", "--store", f"{server.base}/store", "--graph", paths["trig"])
        assert result.exit_code == 0, result.stderr
        graphs = sum(1 for line in result.stdout.splitlines() if line.startswith("  https://"))
        assert graphs >= 3
        assert f"Pushed {count:,} triples in {graphs} graphs" in result.stdout
        assert sum(server.graph_counts().values()) == count
    finally:
        server.stop()


def test_map_draws_the_graph(quads, tmp_path):
    paths, _ = quads
    result = run("map", "overview", "--graph", paths["trig"], "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    nodes = int(result.stdout.splitlines()[1].split()[1].replace(",", ""))
    assert nodes > 20
    assert "source pages" in result.stdout and (tmp_path / "sources").is_dir()


def test_network_stats_sees_nodes_and_edges(quads):
    paths, _ = quads
    result = run("network", "stats", "--graph", paths["nq"], "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["nodes"] > 20 and data["edges"] > 20


def test_compare_writes_the_source_pages_it_links(quads, tmp_path):
    paths, _ = quads
    result = run("compare", "brunssum", "bunschoten", "--graph", paths["trig"], "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "sources").iterdir())
    assert pages == ["brunssum.html", "bunschoten.html"]
    assert "id=" in (tmp_path / "sources" / "brunssum.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["export", "--format", "ttl"],
        ["push", "--store", "http://127.0.0.1:9/store", "--retries", "0"],
        ["map", "overview"],
        ["network", "stats"],
        ["compare", "brunssum", "bunschoten"],
    ],
)
def test_a_graph_with_no_triples_is_one_line_exit_1(command, no_triples, tmp_path):
    args = [*command, "--graph", no_triples]
    if command[0] in ("map", "compare"):
        args += ["--out", tmp_path / "out"]
    result = run(*args)
    assert result.exit_code == 1
    assert result.stdout == ""
    message = f"Error: {no_triples}: no triples in the graph file (read as Turtle/TriG)\n"
    assert result.stderr == message
