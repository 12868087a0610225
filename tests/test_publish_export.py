"""Exports: deterministic, and re-parsed by independent parsers into the same graph."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.publish.export import FORMATS, serialize, write_export

OX_FORMAT = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
RAPPER_FORMAT = {"ttl": "turtle", "trig": "trig", "nt": "ntriples", "nq": "nquads"}
needs_rapper = pytest.mark.skipif(
    shutil.which("rapper") is None,
    reason="rapper not installed (Debian package raptor2-utils; tests/run.sh installs it)",
)


@pytest.fixture(scope="module")
def source_triples(graph_path):
    """The source graph as parsed by pyoxigraph (independent of rdflib)."""
    return {q.triple for q in ox.parse(path=str(graph_path), format=ox.RdfFormat.TURTLE)}


@pytest.fixture(scope="module")
def file_graph(graph_path):
    """The graph as `kg export` reads it: parsed from build/kg.ttl."""
    from kg.graphfile import load_graph

    return load_graph(graph_path)


@pytest.fixture(scope="module")
def exports(file_graph):
    return {fmt: serialize(file_graph, fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def source_quads(exports):
    """The named graphs as written to N-Quads (the partition under test elsewhere)."""
    return set(ox.parse(exports["nq"], format=ox.RdfFormat.N_QUADS))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_is_byte_identical_across_calls(file_graph, exports, fmt):
    assert serialize(file_graph, fmt) == exports[fmt]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_pyoxigraph_reparses_export_into_the_source_graph(exports, source_triples, fmt):
    quads = list(ox.parse(exports[fmt], format=OX_FORMAT[fmt]))
    assert {q.triple for q in quads} == source_triples


@needs_rapper
@pytest.mark.parametrize("fmt", sorted(RAPPER_FORMAT))
def test_rapper_reparses_export_into_the_source_graph(
    tmp_path, exports, source_triples, source_quads, fmt
):
    path = tmp_path / f"export{FORMATS[fmt][0]}"
    path.write_bytes(exports[fmt])
    proc = subprocess.run(
        ["rapper", "-q", "-i", RAPPER_FORMAT[fmt], "-o", "nquads", str(path)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    quads = set(ox.parse(proc.stdout, format=ox.RdfFormat.N_QUADS))
    assert {q.triple for q in quads} == source_triples
    if fmt in ("trig", "nq"):
        assert quads == source_quads


def test_trig_has_named_graphs_per_document_and_no_default_graph(exports):
    quads = list(ox.parse(exports["trig"], format=ox.RdfFormat.TRIG))
    names = {str(q.graph_name) for q in quads}
    assert "<https://w3id.org/kg-decentralisatie/graph/document/brunssum>" in names
    assert "<https://w3id.org/kg-decentralisatie/graph/ontology>" in names
    assert not any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
    assert set(ox.parse(exports["trig"], format=ox.RdfFormat.TRIG)) == set(
        ox.parse(exports["nq"], format=ox.RdfFormat.N_QUADS)
    )


def test_rdflib_reads_trig_and_jsonld_back(file_graph, exports):
    ds = Dataset()
    ds.parse(data=exports["trig"], format="trig")
    assert {(s, p, o) for s, p, o, _ in ds.quads()} == set(file_graph)
    again = Graph().parse(data=exports["jsonld"], format="json-ld")
    assert set(again) == set(file_graph)


def test_jsonld_embeds_the_published_context(exports):
    from kg.publish.jsonld import context_path

    doc = json.loads(exports["jsonld"])
    published = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published
    ids = [node["@id"] for node in doc["@graph"]]
    assert ids == sorted(ids)
    assert "id:document/brunssum" in ids


def test_nt_lines_are_sorted(exports):
    lines = exports["nt"].decode("utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))


def test_cli_export_is_byte_identical_across_processes(graph_path, tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"run{n}.trig"
        subprocess.run(
            [sys.executable, "-m", "kg", "export", "--graph", str(graph_path), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_write_export_writes_atomically(file_graph, exports, tmp_path):
    target = write_export(file_graph, "nt", tmp_path / "sub" / "kg.nt")
    assert target.read_bytes() == exports["nt"]
    assert [p.name for p in target.parent.iterdir()] == ["kg.nt"]


def test_unknown_format_is_a_usage_error(graph):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match="unknown export format"):
        serialize(graph, "rdfxml")


def _statement_line(line: str) -> str:
    """A line without its terminator: a subject's last statement ends in " .", others in " ;"."""
    return line[:-2] if line.endswith((" ;", " .")) else line


def test_turtle_export_is_written_like_the_build(graph_path, exports):
    """One Turtle writer: the export's statement lines are the build's, comments aside.

    The streaming build may describe one subject in two blocks (a national body of the
    ontology block that is also the subject of a document's relation, written with the
    shared statements), which the export writes as one: so the terminators may differ.
    """
    built = graph_path.read_text(encoding="utf-8").splitlines()
    exported = exports["ttl"].decode("utf-8").splitlines()
    assert sorted({_statement_line(line) for line in exported}) == sorted(
        {_statement_line(line) for line in built if not line.startswith("#")}
    )


def test_a_graph_with_blank_nodes_still_exports_as_turtle():
    from rdflib import BNode, Graph, Literal, URIRef

    g = Graph()
    g.add((BNode("b1"), URIRef("https://example.org/p"), Literal("x")))
    written = serialize(g, "ttl")
    parsed = list(ox.parse(written, format=ox.RdfFormat.TURTLE))
    assert len(parsed) == 1 and str(parsed[0].object) == '"x"'
