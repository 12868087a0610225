"""kg.cli.publish: the graph read from --graph or $KG_GRAPH; export picks its format by suffix."""

from __future__ import annotations

from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.cli.publish import read_graph

TTL = '<http://e/a> <http://e/p> "x" .\n'


def test_read_graph_takes_the_option_else_the_environment(tmp_path, monkeypatch):
    given, from_env = tmp_path / "given.nt", tmp_path / "env.nt"
    given.write_text(TTL, encoding="utf-8")
    from_env.write_text(TTL + '<http://e/b> <http://e/p> "y" .\n', encoding="utf-8")
    monkeypatch.setenv("KG_GRAPH", str(from_env))
    assert len(read_graph(given)) == 1
    assert len(read_graph(None)) == 2


def test_export_chooses_the_format_from_the_out_suffix(tmp_path):
    source = tmp_path / "g.nt"
    source.write_text(TTL, encoding="utf-8")
    out = tmp_path / "g.jsonld"
    result = CliRunner().invoke(main, ["export", "--graph", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "(jsonld, 1 triples)" in result.stderr
    assert len(Graph().parse(out, format="json-ld")) == 1


def test_export_writes_turtle_to_stdout_by_default(tmp_path):
    source = tmp_path / "g.nt"
    source.write_text(TTL, encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--graph", str(source)])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="turtle")) == 1
