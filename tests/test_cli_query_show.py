"""``kg query show``: a query's header and SPARQL, and with --resolved the exact text kg runs."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.library import list_queries

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
NAMES = [q.name for q in list_queries()]
TOWN = "https://w3id.org/kg-decentralisatie/id/municipality/"


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def store(graph_path):
    loaded = ox.Store()
    loaded.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    return loaded


def _term(value: dict) -> tuple:
    datatype = value.get("datatype", XSD_STRING if value["type"] == "literal" else None)
    if "xml:lang" in value:
        datatype = None
    return (value["type"], value["value"], value.get("xml:lang"), datatype)


def rows(results_json: str | bytes) -> tuple[list, list]:
    """Variables and rows of W3C SPARQL JSON results, in order, terms normalised."""
    data = json.loads(results_json)
    if "boolean" in data:
        return [], [data["boolean"]]
    names = data["head"]["vars"]
    out = [
        tuple(_term(b[n]) if n in b else None for n in names) for b in data["results"]["bindings"]
    ]
    return names, out


def test_show_prints_the_header_then_the_sparql():
    result = run("query", "show", "compare-problems")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("# compare-problems: Problems of two municipalities side by side\n")
    assert f"#   a (?_a_iri, iri, required, default {TOWN}brunssum)" in out
    assert f"#   b (?_b_iri, iri, required, default {TOWN}bunschoten)" in out
    assert "#+" not in out
    header, _, body = out.partition("\n\n")
    assert body.startswith("PREFIX kg: ") and "GROUP BY" in body


@pytest.mark.parametrize("name", NAMES)
def test_resolved_text_run_by_oxigraph_gives_what_kg_query_run_gives(name, graph_path, store):
    shown = run("query", "show", name, "--resolved", "--graph", graph_path)
    assert shown.exit_code == 0, shown.stderr
    text = shown.stdout
    assert "#+" in text  # the header stays, as a comment
    answer = store.query(text)  # no prefixes given: the text declares what it uses
    triples, direct = None, None
    if isinstance(answer, ox.QueryTriples):
        triples = {str(t) for t in answer}
    else:
        direct = answer.serialize(format=ox.QueryResultsFormat.JSON)
    del answer  # pyoxigraph results must be dropped on the thread that made them
    if triples is not None:
        kg_ttl = run("query", "run", name, "--graph", graph_path, "--format", "ttl")
        assert kg_ttl.exit_code == 0, kg_ttl.stderr
        parsed = {str(t) for t in ox.parse(kg_ttl.stdout_bytes, format=ox.RdfFormat.TURTLE)}
        assert triples == parsed and triples
        return
    kg_run = run("query", "run", name, "--graph", graph_path, "--format", "json")
    assert kg_run.exit_code == 0, kg_run.stderr
    assert rows(direct) == rows(kg_run.stdout)


def test_resolved_binds_a_label_given_with_param(graph_path, store):
    args = ["-p", "municipality=Bunschoten", "--graph", graph_path]
    shown = run("query", "show", "problems-of-municipality", "--resolved", *args)
    assert shown.exit_code == 0, shown.stderr
    assert f"VALUES (?_municipality_iri) {{ (<{TOWN}bunschoten>) }}" in shown.stdout
    direct = store.query(shown.stdout).serialize(format=ox.QueryResultsFormat.JSON)
    kg_run = run("query", "run", "problems-of-municipality", "--format", "json", *args)
    names, got = rows(direct)
    assert (names, got) == rows(kg_run.stdout) and got


def test_param_without_resolved_is_a_usage_error():
    result = run("query", "show", "compare-problems", "-p", "a=Brunssum")
    assert result.exit_code == 2
    assert result.stderr == "Error: --param binds values for --resolved only\n"
