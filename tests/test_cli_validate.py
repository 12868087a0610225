"""`kg validate` through click's CliRunner: exit codes 0, 1 and 2."""

from __future__ import annotations

from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from kg.cli import main
from kg.namespaces import KG


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def test_conforming_graph_exits_0(graph_path):
    result = run("validate", "--graph", str(graph_path))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Conforms: ")
    assert result.stderr == ""


def test_violations_exit_1_one_per_line(graph, tmp_path):
    bad = Graph()
    bad += graph
    findings = sorted(bad.subjects(RDF.type, URIRef(KG + "Finding")))[:2]
    for finding in findings:
        bad.remove((finding, URIRef(KG + "speaker"), None))
    path = tmp_path / "bad.ttl"
    bad.serialize(path, format="turtle")
    result = run("validate", "--graph", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(" kg:speaker: " in line and line.startswith("id:finding/") for line in lines)
    assert result.stderr == f"Error: {path}: graph does not conform to the shapes (2 violations)\n"

    ttl = run("validate", "--graph", str(path), "--format", "ttl")
    assert ttl.exit_code == 1
    report = Graph().parse(data=ttl.stdout, format="turtle")
    assert (
        len(set(report.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#ValidationResult"))))
        == 2
    )


def test_missing_or_unparseable_graph_exits_1_as_on_every_command(tmp_path):
    result = run("validate", "--graph", str(tmp_path / "none.ttl"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "none.ttl: graph file not found" in result.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    result = run("validate", "--graph", str(broken))
    assert result.exit_code == 1
    assert "broken.ttl: cannot parse graph" in result.stderr
