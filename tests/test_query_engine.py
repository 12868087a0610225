"""The local engine: loading graph files, syntax errors, parameter binding, timeouts."""

from __future__ import annotations

import re

import pytest

from kg.errors import DataError, UsageError
from kg.namespaces import DEFAULT_BASE
from kg.query.engine import LocalGraph, call_with_timeout
from kg.terms import Term
from tests.query_support import _query_cache_in_tmp, query_graph  # noqa: F401

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d a ?f }"  # ~15 million rows on the seeds


def test_syntax_error_has_line_and_column(query_graph):  # noqa: F811
    with pytest.raises(UsageError) as info:
        query_graph.execute("SELECT * WHERE {\n  ?s ?p ?o . FILTER( }", name="bad.rq")
    message = str(info.value)
    assert re.match(r"bad\.rq: SPARQL syntax error at line 2, column \d+: expected ", message)
    assert "\n" not in message


def test_parameters_bind_before_the_query_is_planned(query_graph):  # noqa: F811
    """A parameter binds as a VALUES term, projected or not, and narrows the answer."""
    brunssum = Term.iri(DEFAULT_BASE + "id/municipality/brunssum")
    text = "SELECT ?label WHERE { ?_m skos:prefLabel ?label } ORDER BY ?label"
    bound = query_graph.execute(text, {"_m": brunssum}, name="q")
    labels = {row["label"].value for row in bound.bindings}
    assert labels == {"Brunssum"}
    everything = query_graph.execute(text, name="q")
    assert len(everything.bindings) > len(bound.bindings)
    hostile = Term.literal('x" } ; DROP ALL #')
    assert not query_graph.execute(
        "SELECT ?m WHERE { ?m skos:prefLabel ?_l }", {"_l": hostile}, name="q"
    ).bindings


def test_project_prefixes_need_no_declaration(query_graph):  # noqa: F811
    result = query_graph.execute("ASK { ?m a kg:Municipality ; skos:prefLabel ?l }")
    assert result.boolean is True


def test_timeout_names_the_limit(query_graph):  # noqa: F811
    with pytest.raises(DataError, match=r"slow\.rq: query timed out after the 0\.2 s limit"):
        query_graph.execute(SLOW, timeout=0.2, name="slow.rq")


def test_call_with_timeout_passes_results_and_errors():
    assert call_with_timeout(lambda: 7, 5, "x") == 7
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda: 1 / 0, 5, "x")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("g.nt", '<http://e/a> <http://e/p> "x" .\n'),
        ("g.trig", '<http://e/g> { <http://e/a> <http://e/p> "x" . }\n'),
        ("g.nq", '<http://e/a> <http://e/p> "x" <http://e/g> .\n'),
        ("g.jsonld", '{"@id": "http://e/a", "http://e/p": "x"}'),
    ],
)
def test_other_rdf_formats_load(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    graph = LocalGraph(path)
    result = graph.execute("SELECT ?o WHERE { <http://e/a> <http://e/p> ?o }")
    assert [r["o"] for r in result.rows()] == ["x"]  # named graphs are part of the default graph


def test_named_graphs_are_local_for_from(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text('<http://e/g> { <http://e/a> <http://e/p> "x" . }\n', encoding="utf-8")
    assert LocalGraph(path).named_graphs == {"http://e/g"}


def test_bad_graph_files(tmp_path):
    with pytest.raises(DataError, match="graph file not found"):
        LocalGraph(tmp_path / "missing.ttl")
    empty = tmp_path / "empty.ttl"
    empty.write_bytes(b"")
    with pytest.raises(DataError, match="graph file is empty"):
        LocalGraph(empty)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://e/a> <http://e/p> .\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.ttl: not valid RDF"):
        LocalGraph(broken)
    odd = tmp_path / "graph.xyz"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown RDF file type"):
        LocalGraph(odd)
