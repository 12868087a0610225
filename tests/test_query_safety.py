"""Read-only, no network: updates, SERVICE, LOAD and remote FROM are refused."""

from __future__ import annotations

import socket
import threading

import pytest

from kg.errors import UsageError
from kg.query.api import execute
from kg.query.library import make_query
from kg.query.safety import check_query
from tests.query_support import _query_cache_in_tmp, query_graph  # noqa: F401


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "CLEAR DEFAULT",
        "LOAD <http://example.org/data.ttl>",
        "PREFIX ex: <http://e/> WITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o } ; DROP ALL",
    ],
)
def test_updates_are_refused_even_with_allow_remote(text):
    with pytest.raises(UsageError, match="read-only"):
        check_query(text, allow_remote=True)


def test_service_is_refused_unless_allowed():
    text = "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(UsageError, match="SERVICE.*refused"):
        check_query(text)
    assert check_query(text, allow_remote=True).form == "SELECT"


def test_service_in_lower_case_and_silent_is_refused():
    with pytest.raises(UsageError, match="SERVICE"):
        check_query("select * { service silent <http://e/s> { ?s ?p ?o } }")


def test_the_word_service_elsewhere_is_fine():
    text = (
        "PREFIX svc: <http://example.org/SERVICE/>\n"
        'SELECT ?service WHERE { ?service svc:SERVICE "SERVICE <http://x> {}" } # SERVICE'
    )
    assert check_query(text).form == "SELECT"


def test_from_a_graph_not_in_the_local_file_is_refused():
    text = "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }"
    with pytest.raises(UsageError, match="FROM <http://example.org/remote.ttl>"):
        check_query(text, local_graphs=frozenset())
    with pytest.raises(UsageError, match="FROM NAMED"):
        check_query(text.replace("FROM", "FROM NAMED"), local_graphs=frozenset())
    assert check_query(text, local_graphs={"http://example.org/remote.ttl"}).form == "SELECT"
    assert check_query(text, allow_remote=True).form == "SELECT"
    # Against an endpoint (local_graphs=None) FROM names the endpoint's own graphs.
    assert check_query(text, local_graphs=None).form == "SELECT"


def test_not_a_query():
    with pytest.raises(UsageError, match="not a SPARQL query"):
        check_query("PREFIX ex: <http://e/>")


def _listening_socket() -> tuple[socket.socket, int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock, sock.getsockname()[1]


def test_refused_service_makes_no_connection(query_graph):  # noqa: F811
    sock, port = _listening_socket()
    with sock:
        spec = make_query(
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", "svc"
        )
        with pytest.raises(UsageError, match="SERVICE"):
            execute(query_graph, spec, {}, timeout=5)
        sock.settimeout(1.0)
        with pytest.raises(TimeoutError):
            sock.accept()


def test_allowed_service_does_connect(query_graph):  # noqa: F811
    """The control for the test above: without the check, pyoxigraph would call out."""
    sock, port = _listening_socket()
    with sock:
        spec = make_query(
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", "svc"
        )
        errors: list[Exception] = []

        def run() -> None:
            try:
                execute(query_graph, spec, {}, timeout=5, allow_remote=True)
            except Exception as exc:  # the fake server hangs up: any failure will do
                errors.append(exc)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        sock.settimeout(10)
        connection, _ = sock.accept()
        with connection:
            assert connection.recv(4).startswith(b"POST")
        worker.join(10)
        assert errors  # the query failed, because the fake endpoint hung up


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ BIND(<urn:a\\u0041#> AS ?x) SERVICE <http://127.0.0.1:{port}/x> "
        "{{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o }} # \\u000a SERVICE <http://127.0.0.1:{port}/x> {{ }}",
        'SELECT * WHERE {{ ?s ?p "\\u0022 }} SERVICE <http://127.0.0.1:{port}/x> {{ }} #" }}',
        "SELECT * WHERE {{ \\U00000053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    ],
)
def test_service_behind_a_codepoint_escape_makes_no_connection(query_graph, template):  # noqa: F811
    sock, port = _listening_socket()
    with sock:
        spec = make_query(template.format(port=port), "svc")
        with pytest.raises(UsageError, match="SERVICE"):
            execute(query_graph, spec, {}, timeout=5)
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.accept()
