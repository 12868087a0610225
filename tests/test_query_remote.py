"""Remote endpoints: the SPARQL protocol against a real Oxigraph server, VALUES safety, errors."""

from __future__ import annotations

import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import DataError, UsageError
from kg.query.api import execute
from kg.query.lexer import inspect_query
from kg.query.library import list_queries, make_query
from kg.query.remote import Endpoint, add_default_prefixes
from kg.query.values import inject_values
from kg.terms import Term
from tests.query_support import (  # noqa: F401
    QUERIES,
    _query_cache_in_tmp,
    free_port,
    oxigraph_endpoint,
    query_graph,
)

HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        [
            '"',
            "'",
            "}",
            "{",
            "} ; DROP ALL",
            '" } ; DROP ALL #',
            '"""',
            "\\",
            "\\u0022",
            '\\"} #',
            "\n}\n",
            "@en",
            "^^<http://e/x>",
        ]
    ),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
)
HOSTILE_IRI = st.text(alphabet='abc:/#?>< "{}|^`\\\n\x00-', min_size=1, max_size=20).map(
    lambda s: "http://e/" + s
)
PROBE = make_query(
    "PREFIX kg: <https://w3id.org/kg-decentralisatie/def#>\n"
    "SELECT ?_x (COUNT(*) AS ?n) WHERE { ?s a kg:Municipality } GROUP BY ?_x",
    "probe",
)


def municipalities(graph) -> int:
    return len(graph.execute("SELECT ?s WHERE { ?s a kg:Municipality }").bindings)


# --- VALUES injection, checked locally (no server needed) -------------------------


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(HOSTILE_TEXT)
def test_hostile_literal_cannot_change_the_query(query_graph, value):  # noqa: F811
    term = Term.literal(value)
    text = inject_values(PROBE.text, {"_x": term})
    assert inspect_query(text).keywords == {
        "PREFIX",
        "SELECT",
        "COUNT",
        "AS",
        "WHERE",
        "A",
        "GROUP",
        "BY",
        "VALUES",
    }
    result = query_graph.execute(text, name="probe")  # the text alone, no substitutions
    assert result.variables == ["_x", "n"]
    assert [(r["_x"], int(r["n"].value)) for r in result.bindings] == [
        (term, municipalities(query_graph))
    ]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(HOSTILE_IRI)
def test_hostile_iri_is_refused_or_round_trips(query_graph, value):  # noqa: F811
    try:
        term = Term.iri(value)
    except ValueError:
        if not any(c in value for c in '<> "{}|^`\\\n\x00'):
            import pyoxigraph as ox

            with pytest.raises(ValueError):  # refused because no query could hold it
                ox.NamedNode(value)
        return
    result = query_graph.execute(inject_values(PROBE.text, {"_x": term}), name="probe")
    assert [r["_x"] for r in result.bindings] == [term]


def test_values_go_inside_the_where_clause_or_after_the_query():
    term = Term.iri("http://e/a")
    text = inject_values("SELECT ?_x WHERE { ?_x ?p ?o }", {"_x": term})
    assert text == "SELECT ?_x WHERE {\n  VALUES (?_x) { (<http://e/a>) }\n ?_x ?p ?o }"
    text = inject_values("DESCRIBE ?_x # comment", {"_x": term})
    assert text.endswith("# comment\nVALUES (?_x) { (<http://e/a>) }\n")
    assert inject_values("ASK {}", {}) == "ASK {}"


def test_default_prefixes_are_declared_for_the_server():
    text = add_default_prefixes("SELECT * { ?s a kg:Municipality ; skos:prefLabel ?l }")
    assert text.splitlines()[0] == (
        "PREFIX kg: <https://w3id.org/kg-decentralisatie/def#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
    )
    declared = "PREFIX kg: <http://other/>\nASK { ?s a kg:X }"
    assert add_default_prefixes(declared) == declared


def test_endpoint_url_must_be_http():
    with pytest.raises(UsageError, match="http"):
        Endpoint("ftp://example.org/sparql")


# --- a real Oxigraph server -------------------------------------------------------


def normalised(result):
    if result.form == "ASK":
        return result.boolean
    if result.is_graph:
        return Counter(result.triples)
    rows = [tuple(row.get(v) for v in result.variables) for row in result.bindings]
    return result.variables, rows


@pytest.mark.server
@pytest.mark.parametrize("spec", list_queries(QUERIES), ids=lambda s: s.name)
def test_every_library_query_gives_the_same_answer_remotely(oxigraph_endpoint, query_graph, spec):  # noqa: F811
    local = normalised(execute(query_graph, spec, {}))
    remote = normalised(execute(Endpoint(oxigraph_endpoint), spec, {}, timeout=30))
    if isinstance(local, tuple) and "ORDER" not in inspect_query(spec.text).keywords:
        assert local[0] == remote[0]
        assert Counter(local[1]) == Counter(remote[1])
    else:
        assert local == remote


@pytest.mark.server
def test_labels_are_looked_up_on_the_endpoint(oxigraph_endpoint, query_graph):  # noqa: F811
    spec = next(q for q in list_queries(QUERIES) if q.name == "problems-of-municipality")
    remote = execute(Endpoint(oxigraph_endpoint), spec, {"municipality": "Bunschoten"}, timeout=30)
    local = execute(query_graph, spec, {"municipality": "Bunschoten"})
    assert remote.rows() == local.rows()
    assert remote.rows()[0]["_municipality_iri"].endswith("/bunschoten")


@pytest.mark.server
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(HOSTILE_TEXT)
def test_hostile_values_reach_the_server_as_one_literal(oxigraph_endpoint, query_graph, value):  # noqa: F811
    term = Term.literal(value)
    result = Endpoint(oxigraph_endpoint).execute(PROBE.text, {"_x": term}, timeout=30)
    assert [(r["_x"], int(r["n"].value)) for r in result.bindings] == [
        (term, municipalities(query_graph))
    ]


@pytest.mark.server
def test_server_rejects_malformed_query_as_usage_error(oxigraph_endpoint):  # noqa: F811
    with pytest.raises(UsageError, match=r"HTTP 400"):
        Endpoint(oxigraph_endpoint).execute("SELECT * WHERE { ?s ?p }", timeout=30)


# --- failures ---------------------------------------------------------------------


def test_connection_refused():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(DataError, match=r"connection refused") as info:
        Endpoint(url).execute("ASK {}", timeout=5)
    assert str(info.value).startswith(url)


def test_no_answer_within_the_limit():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        with pytest.raises(DataError, match=r"0\.5 s limit"):
            Endpoint(url).execute("ASK {}", timeout=0.5)


class _Fake(BaseHTTPRequestHandler):
    status = 200
    content_type = "text/html"
    body = b"<html>hello</html>"

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fake_server():
    servers = []

    def start(status: int, content_type: str, body: bytes) -> str:
        handler = type(
            "Handler", (_Fake,), {"status": status, "content_type": content_type, "body": body}
        )
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/sparql"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_http_error_status(fake_server):
    url = fake_server(503, "text/plain", b"Service Unavailable: try later\nmore")
    with pytest.raises(DataError, match=r"HTTP 503 .*: Service Unavailable: try later$"):
        Endpoint(url).execute("ASK {}", timeout=5)


def test_wrong_content_type(fake_server):
    url = fake_server(200, "text/html", b"<html></html>")
    with pytest.raises(
        DataError, match=r"expected application/sparql-results\+json .*got text/html"
    ):
        Endpoint(url).execute("SELECT * {}", timeout=5)
    with pytest.raises(DataError, match=r"expected application/n-triples"):
        Endpoint(url).execute("CONSTRUCT WHERE { ?s ?p ?o }", timeout=5)


def test_invalid_json_results(fake_server):
    url = fake_server(200, "application/sparql-results+json", b'{"head": {}}')
    with pytest.raises(DataError, match="not valid SPARQL JSON results"):
        Endpoint(url).execute("SELECT * {}", timeout=5)


def test_graph_answer_in_turtle_is_read(fake_server):
    body = b'<http://e/a> <http://e/p> "x" .\n'
    url = fake_server(200, "text/turtle; charset=utf-8", body)
    result = Endpoint(url).execute("CONSTRUCT WHERE { ?s ?p ?o }", timeout=5)
    assert result.triples == [(Term.iri("http://e/a"), Term.iri("http://e/p"), Term.literal("x"))]
