"""`kg query run` against faults and hostile queries: broken endpoint answers,
refused remote constructs that must not open any connection, result-size limits.

(Connection refused, no answer within the limit, HTTP 503, a wrong content
type, invalid JSON and parameter injection are covered in
tests/test_query_remote.py, tests/test_query_safety.py and tests/test_cli_query.py.)
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import DataError
from kg.query.api import execute
from kg.query.library import make_query
from kg.query.remote import Endpoint
from tests.query_support import (  # noqa: F401
    QUERIES,
    _query_cache_in_tmp,
    oxigraph_endpoint,
    query_graph,
)
from tests.server_support import FaultyServer, SilentListener


def run(graph_path, *args: str):  # noqa: ANN001, ANN201
    return CliRunner().invoke(
        main,
        ["query", "run", *args],
        env={"KG_GRAPH": str(graph_path), "KG_QUERIES": str(QUERIES)},
    )


def one_line_error(result, code: int, starts: str) -> None:  # noqa: ANN001
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {starts}"), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("fault", "delay", "expected"),
    [
        ("cut-mid-chunk", 0, "connection cut mid-answer"),
        ("cut-mid-body", 0, "connection cut mid-answer (26 bytes received)"),
        ("garbage", 0, "not a valid HTTP answer"),
        ("closed", 0, "the endpoint closed the connection without answering"),
        ("http-500", 0, "HTTP 500 Internal Server Error: store crashed: oh dear"),
        ("wrong-type", 0, "expected application/sparql-results+json from the endpoint"),
        ("http-500", 3.0, "query timed out after the 0.5 s limit (--timeout)"),
    ],
)
def test_endpoint_faults_exit_1_with_one_line(graph_path, fault, delay, expected):
    server = FaultyServer(fault, delay=delay)
    try:
        result = run(
            graph_path,
            "municipality-overview",
            "--endpoint",
            server.url("/query"),
            "--timeout",
            "0.5",
        )
    finally:
        server.close()
    one_line_error(result, 1, f"{server.url('/query')}: {expected}")


REFUSED = [
    ("SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "SERVICE"),
    ("select * where {{ service # a comment\n silent <{url}> {{ ?s ?p ?o }} }}", "SERVICE"),
    (
        "SELECT * WHERE {{ OPTIONAL {{ SELECT ?s {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        "SERVICE",
    ),
    ("SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}", "FROM <"),
    ("SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", "FROM NAMED <"),
    ("LOAD <{url}>", "LOAD is an update"),
    ("LOAD SILENT <{url}> INTO GRAPH <http://e/g>", "LOAD is an update"),
    ("PREFIX r: <{url}>\nSELECT * WHERE {{ SERVICE r: {{ ?s ?p ?o }} }}", "SERVICE"),
]


@pytest.mark.parametrize(("template", "message"), REFUSED)
def test_remote_constructs_are_refused_before_any_connection(
    graph_path, tmp_path, template, message
):
    listener = SilentListener()
    try:
        query = tmp_path / "remote.rq"
        query.write_text(template.format(url=listener.url()), encoding="utf-8")
        result = run(graph_path, str(query))
        one_line_error(result, 2, f"{query}: ")
        assert message in result.stderr
        listener.assert_untouched()
    finally:
        listener.close()


def test_service_is_refused_before_the_endpoint_is_asked(graph_path, tmp_path):
    """Against --endpoint too: neither the SERVICE target nor the endpoint hears anything."""
    service, endpoint = SilentListener(), SilentListener()
    try:
        query = tmp_path / "service.rq"
        query.write_text(f"SELECT * {{ SERVICE <{service.url()}> {{ ?s ?p ?o }} }}")
        result = run(graph_path, str(query), "--endpoint", endpoint.url())
        one_line_error(result, 2, f"{query}: SERVICE would send a request")
        service.assert_untouched()
        endpoint.assert_untouched(wait=0.1)
    finally:
        service.close()
        endpoint.close()


# --- result-size limits ----------------------------------------------------------------

EVERYTHING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("text", [EVERYTHING, CONSTRUCT])
def test_local_result_over_the_limit_is_refused(query_graph, text):  # noqa: F811
    with pytest.raises(DataError, match=r"more than 100 results; stopped \(add LIMIT"):
        execute(query_graph, make_query(text, "all"), {}, max_rows=100)
    assert execute(query_graph, make_query(text + " LIMIT 100", "all"), {}, max_rows=100)


def test_cli_max_rows(graph_path, tmp_path):
    query = tmp_path / "all.rq"
    query.write_text(EVERYTHING)
    refused = run(graph_path, str(query), "--max-rows", "1000", "-f", "csv")
    one_line_error(refused, 1, f"{query}: more than 1,000 results; stopped")
    unlimited = run(graph_path, str(query), "--max-rows", "0", "-f", "csv")
    assert unlimited.exit_code == 0 and unlimited.stdout.count("\n") > 1000


@pytest.mark.server
@pytest.mark.parametrize("text", [EVERYTHING, CONSTRUCT])
def test_endpoint_result_over_the_limit_is_refused(oxigraph_endpoint, text):  # noqa: F811
    with pytest.raises(DataError, match=r"more than 50 results") as err:
        execute(Endpoint(oxigraph_endpoint), make_query(text, "all"), {}, max_rows=50)
    assert str(err.value).startswith(oxigraph_endpoint)
