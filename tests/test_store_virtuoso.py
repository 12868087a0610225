"""Virtuoso as a second, real store: ``kg push`` to it, every library query run on it.

Virtuoso 7.2 (Debian ``virtuoso-opensource``) is what many Dutch linked-data
platforms run. The module starts one server (``tests/virtuoso_support.py``),
pushes the seed graph anonymously and with HTTP Digest authentication, then
runs each library query with ``kg query run --endpoint`` and compares the
answer with the local one: booleans and numbers by value (Virtuoso returns a
boolean as the integer 0 or 1, and an ASK answer as a one-cell table).
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.library import list_queries
from tests.virtuoso_support import DBA_PASSWORD, VirtuosoServer, needs_virtuoso

pytestmark = [pytest.mark.server, needs_virtuoso]

QUERIES = list_queries()
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "long", "int")}
GRAPH = "https://w3id.org/kg-decentralisatie/graph/"


def run(*args: object, env: dict | None = None):  # noqa: ANN201
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def pushed(virtuoso, graph_path):
    """The seed graph pushed anonymously; the push's output."""
    result = run(
        "push",
        "--graph",
        graph_path,
        "--store",
        f"{virtuoso.base}/sparql-graph-crud",
        "--update",
        f"{virtuoso.base}/sparql",
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _count(virtuoso, graph: str) -> int:
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    url = f"{virtuoso.base}/sparql?" + urllib.parse.urlencode({"query": text})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
        data = json.load(answer)
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_anonymous_push_puts_every_graph_on_virtuoso(virtuoso, pushed, graph_path):
    lines = pushed.splitlines()
    graphs = [line.strip() for line in lines if line.startswith("  https://")]
    assert f"{GRAPH}document/brunssum" in graphs and f"{GRAPH}ontology" in graphs
    local = ox.Store()
    local.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    assert lines[-1].startswith(f"Pushed {len(local):,} triples in {len(graphs)} graphs")
    assert sum(_count(virtuoso, g) for g in graphs) >= len(local)
    assert _count(virtuoso, f"{GRAPH}document/brunssum/staging") == 0


def test_digest_push_and_a_refused_password(virtuoso, graph_path):
    args = [
        "push",
        "--graph",
        graph_path,
        "--store",
        f"{virtuoso.base}/sparql-graph-crud-auth",
        "--update",
        f"{virtuoso.base}/sparql-auth",
        "--retries",
        "0",
    ]
    env = {"KG_STORE_PASSWORD": DBA_PASSWORD}
    done = run(*args, "--user", "dba", "-q", env=env)
    assert done.exit_code == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    refused = run(*args, "--user", "dba", env={"KG_STORE_PASSWORD": "not-the-password"})
    assert refused.exit_code == 1
    assert refused.stderr.startswith("Error: PUT http://127.0.0.1:")
    assert "HTTP 401 Unauthorized: the store refused user 'dba'" in refused.stderr
    assert "not-the-password" not in refused.stderr + refused.stdout
    anonymous = run(*args)
    assert anonymous.exit_code == 1
    assert "HTTP 401 Unauthorized: the store needs a user name and password" in anonymous.stderr


def _value(term: dict | None) -> object:
    if term is None:
        return None
    if term["type"] == "uri":
        return ("uri", term["value"])
    if term["type"] == "bnode":
        return ("bnode",)
    datatype = term.get("datatype")
    if datatype == XSD + "boolean":
        return float(term["value"] in ("true", "1"))
    if datatype in NUMERIC:
        return float(term["value"])
    return ("literal", term["value"], term.get("xml:lang"))


def answers(stdout: str) -> list:
    """The rows of W3C JSON results as sorted tuples of values (an ASK answer as 1 or 0)."""
    data = json.loads(stdout)
    if "boolean" in data:
        return [(float(data["boolean"]),)]
    names = data["head"]["vars"]
    if names == ["__ASK_RETVAL"]:  # Virtuoso's ASK answer
        names = names[:1]
    rows = [tuple(_value(b.get(n)) for n in names) for b in data["results"]["bindings"]]
    return sorted(rows, key=repr)


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_every_library_query_answers_on_virtuoso_as_locally(query, virtuoso, pushed, graph_path):
    endpoint = f"{virtuoso.base}/sparql"
    if query.form in ("CONSTRUCT", "DESCRIBE"):
        local = run("query", "run", query.name, "--graph", graph_path, "-f", "ttl")
        remote = run("query", "run", query.name, "--endpoint", endpoint, "-f", "ttl")
        assert local.exit_code == 0 and remote.exit_code == 0, local.stderr + remote.stderr
        triples = [
            {str(t) for t in ox.parse(r.stdout_bytes, format=ox.RdfFormat.TURTLE)}
            for r in (local, remote)
        ]
        assert triples[0] == triples[1] and triples[0]
        return
    local = run("query", "run", query.name, "--graph", graph_path, "-f", "json")
    remote = run("query", "run", query.name, "--endpoint", endpoint, "-f", "json")
    assert local.exit_code == 0, local.stderr
    assert remote.exit_code == 0, remote.stderr
    assert answers(remote.stdout) == answers(local.stdout)


def test_a_start_on_a_taken_port_moves_to_a_free_one(tmp_path):
    """A port taken between choosing and binding it (the CI failure of a past run)."""
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        server = VirtuosoServer(tmp_path / "virtuoso")
        server.http_port = taken
        try:
            server.start()
            assert server.http_port != taken
            ask = f"{server.base}/sparql?query=ASK%7B%7D"
            with urllib.request.urlopen(ask, timeout=10) as resp:
                assert resp.status == 200
        finally:
            server.stop()
