"""kg.graphfile: one loader for every RDF serialisation, named graphs kept, empty refused."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.cli.exits import exit_code
from kg.errors import DataError, UsageError
from kg.graphfile import detect_format, load_graph, sniff_format
from kg.publish.export import write_export
from kg.publish.graphs import partition

FORMATS = ("ttl", "trig", "nt", "nq", "jsonld")


@pytest.fixture(scope="module")
def exports(graph_path, tmp_path_factory):
    """The seed graph written in every export format."""
    reference = Graph().parse(graph_path, format="turtle")
    folder = tmp_path_factory.mktemp("formats")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = folder / f"kg.{fmt}"
        write_export(reference, fmt, paths[fmt])
    return reference, paths


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_format_reads_back_to_the_same_triples(exports, fmt):
    reference, paths = exports
    graph = load_graph(paths[fmt])
    assert len(graph) == len(reference) > 1000
    assert set(graph) == set(reference)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_named_graphs_are_kept_and_partition_returns_them(exports, fmt):
    reference, paths = exports
    graph = load_graph(paths[fmt])
    expected = partition(reference)
    assert list(graph.named_graphs) == list(expected)
    assert partition(graph) == expected


def test_content_decides_over_the_extension(exports, tmp_path):
    _, paths = exports
    disguised = tmp_path / "graph.ttl"
    disguised.write_bytes(paths["nq"].read_bytes())
    no_extension = tmp_path / "download"
    no_extension.write_bytes(paths["trig"].read_bytes())
    assert detect_format(disguised) == "nquads"
    assert detect_format(no_extension) == "trig"
    assert load_graph(disguised).named_graphs.keys() == load_graph(no_extension).named_graphs.keys()


def test_a_file_with_no_triples_is_refused(tmp_path):
    path = tmp_path / "prefixes.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\n", encoding="utf-8")
    with pytest.raises(DataError, match="no triples in the graph file") as info:
        load_graph(path)
    assert exit_code(info.value) == 1
    assert str(info.value).startswith(str(path))


def test_missing_empty_unparseable_and_unrecognisable_files(tmp_path):
    with pytest.raises(DataError, match="graph file not found"):
        load_graph(tmp_path / "none.ttl")
    empty = tmp_path / "empty.nt"
    empty.write_bytes(b"")
    with pytest.raises(DataError, match="graph file is empty"):
        load_graph(empty)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://e/a> <http://e/b> .", encoding="utf-8")
    with pytest.raises(DataError, match="cannot parse graph as Turtle/TriG"):
        load_graph(broken)
    prose = tmp_path / "notes.txt"
    prose.write_text("just some words\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not a recognisable RDF file"):
        load_graph(prose)


def test_plain_literals_stay_plain_and_default_graph_triples_are_partitioned(tmp_path):
    path = tmp_path / "mixed.trig"
    path.write_text(
        '<http://e/a> <http://e/p> "x" .\n<http://e/g> { <http://e/b> <http://e/p> "y"@nl . }\n',
        encoding="utf-8",
    )
    graph = load_graph(path)
    assert len(graph) == 2
    assert (URIRef("http://e/a"), URIRef("http://e/p"), None) in graph
    assert graph.value(URIRef("http://e/a"), URIRef("http://e/p")).datatype is None
    parts = partition(graph)
    assert [len(parts[URIRef("http://e/g")])] == [1]
    assert sum(len(t) for t in parts.values()) == 2


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('  \n[{"@id": "http://e/a"}]', "json-ld"),
        ('<?xml version="1.0"?><rdf:RDF/>', "xml"),
        (
            "# comment\n<http://e/a> <http://e/p> _:b1 .\n"
            '<http://e/a> <http://e/q> "1"^^<http://e/t> <http://e/g> .\n',
            "nquads",
        ),
        ("GRAPH <http://e/g> { <http://e/a> <http://e/p> <http://e/b> }", "trig"),
        ('<http://e/a> <http://e/p> "a { b" ;\n <http://e/q> 1 .\n', "turtle"),
    ],
)
def test_sniff_format(head, expected):
    assert sniff_format(head) == expected
