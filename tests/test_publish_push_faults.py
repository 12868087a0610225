"""`kg push` against faults: a deliberately faulty HTTP server (an answer cut
mid-body, a garbled status line, a connection closed without an answer, a
timeout), and a real Oxigraph server behind a proxy that breaks one chosen
request. Every failure is one line with exit code 1, and a failed push leaves
the server's previous graphs in place.

(Connection refused, 5xx retries, 401 and a wrong content type on read-back are
covered in tests/test_publish_push.py and tests/test_cli_push.py.)
"""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from kg.cli import main
from kg.namespaces import KG
from kg.publish.push import HttpClient, PushError, push_graph
from tests.server_support import (  # noqa: F401 - oxigraph is a fixture
    FAULTS,
    FaultyServer,
    OxigraphServer,
    needs_oxigraph,
    oxigraph,
)

pytestmark = pytest.mark.server


def one_line(message: str) -> None:
    assert "\n" not in message.strip() and "Traceback" not in message, message


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("cut-mid-body", r"connection cut mid-answer \(26 bytes received\) \(2 attempts\)$"),
        ("garbage", r"not a valid HTTP answer \(.*\) \(2 attempts\)$"),
        ("closed", r"the store closed the connection without answering \(2 attempts\)$"),
    ],
)
def test_broken_answers_are_retried_then_one_line(graph, fault, message):
    server = FaultyServer(fault)
    try:
        client = HttpClient(timeout=5, retries=1, backoff=0.01)
        with pytest.raises(PushError, match=message) as err:
            push_graph(graph, server.url(), client=client)
        one_line(str(err.value))
        assert len(server.requests) == 2
    finally:
        server.close()


@pytest.mark.parametrize(
    ("fault", "delay", "expected"),
    [
        ("cut-mid-body", 0, "connection cut mid-answer"),
        ("garbage", 0, "not a valid HTTP answer"),
        ("closed", 0, "closed the connection without answering"),
        ("http-500", 0, "HTTP 500 Internal Server Error: store crashed: oh dear"),
        ("http-500", 2.0, "timed out after 0.5 s"),
    ],
)
def test_cli_push_faults_exit_1_with_one_line(graph_path, fault, delay, expected):
    server = FaultyServer(fault, delay=delay)
    try:
        result = CliRunner().invoke(
            main,
            ["push", "--store", server.url(), "--graph", str(graph_path)]
            + ["--retries", "0", "--timeout", "0.5"],
        )
    finally:
        server.close()
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: PUT {server.url()}?graph=")
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1


class FaultProxy:
    """Forwards every request to a real store, except the ones ``fault`` picks,
    which get one of :data:`tests.server_support.FAULTS` instead."""

    def __init__(self, target: str, fault) -> None:  # noqa: ANN001 - (method, path) -> str|None
        self.seen: list[tuple[str, str]] = []
        #: Set to release an answer held back by the ``applied-then-late`` fault.
        self.late = threading.Event()
        proxy = self
        upstream = urllib.parse.urlsplit(target)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                proxy.seen.append((self.command, self.path))
                chosen = fault(self.command, self.path)
                if chosen in ("applied-then-500", "applied-then-late"):
                    # The store applies the request; its answer is lost on the way back.
                    conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
                    headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                    conn.request(self.command, self.path, body=body, headers=headers)
                    conn.getresponse().read()
                    conn.close()
                    if chosen == "applied-then-late":
                        proxy.late.wait(30)  # past the client's time limit
                    chosen = "http-500"
                if chosen is not None:
                    answer = FAULTS[chosen]
                    if answer:
                        self.wfile.write(answer)
                    self.close_connection = True
                    return
                conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                conn.request(self.command, self.path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                self.send_response(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_PUT = do_POST = _handle  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.late.set()
        self.server.shutdown()
        self.server.server_close()


def targets(server: OxigraphServer) -> dict[str, int]:
    return {g: n for g, n in server.graph_counts().items() if not g.endswith("/staging")}


def changed_graph(graph: Graph) -> Graph:
    changed = Graph()
    changed += graph
    finding = sorted(changed.subjects(RDF.type, URIRef(KG + "Finding")))[0]
    changed.remove((finding, None, None))
    return changed


def fail_nth(method: str, n: int, fault: str):  # noqa: ANN201
    count = {"n": 0}

    def pick(seen_method: str, path: str) -> str | None:
        if seen_method != method:
            return None
        count["n"] += 1
        return fault if count["n"] == n else None

    return pick


@needs_oxigraph
@pytest.mark.parametrize(
    ("method", "n", "fault", "expected"),
    [
        ("POST", 1, "http-500", "POST http://127.0.0.1:"),  # the MOVE update fails
        ("POST", 1, "closed", "closed the connection without answering"),
        ("POST", 1, "cut-mid-body", "connection cut mid-answer"),
        ("GET", 2, "wrong-type", "got content type 'text/html'"),  # second read-back
        ("PUT", 3, "garbage", "not a valid HTTP answer"),  # third staged graph
    ],
)
def test_failed_push_leaves_the_previous_graphs_in_place(
    oxigraph,  # noqa: F811
    graph,
    method,
    n,
    fault,
    expected,
):
    push_graph(graph, f"{oxigraph.base}/store", client=HttpClient(timeout=30, retries=0))
    before = targets(oxigraph)
    proxy = FaultProxy(oxigraph.base, fail_nth(method, n, fault))
    try:
        with pytest.raises(PushError, match=expected) as err:
            push_graph(
                changed_graph(graph),
                f"{proxy.base}/store",
                client=HttpClient(timeout=30, retries=0),
            )
        one_line(str(err.value))
    finally:
        proxy.close()
    assert targets(oxigraph) == before
    assert (method, n) != ("POST", 1) or ("POST", "/update") in proxy.seen


@needs_oxigraph
@pytest.mark.parametrize("fault", ["applied-then-500", "applied-then-late"])
def test_a_lost_answer_to_an_applied_move_is_a_success(oxigraph, graph, fault):  # noqa: F811
    push_graph(graph, f"{oxigraph.base}/store", client=HttpClient(timeout=30, retries=0))
    new = changed_graph(graph)
    proxy = FaultProxy(oxigraph.base, fail_nth("POST", 1, fault))
    try:
        timeout = 5 if fault == "applied-then-late" else 60
        result = push_graph(
            new, f"{proxy.base}/store", client=HttpClient(timeout=timeout, retries=2, backoff=0.5)
        )
    finally:
        proxy.close()
    assert dict(result.graphs) == targets(oxigraph)
    assert [m for m, _ in proxy.seen].count("POST") == 1  # the MOVE was not sent again
    assert all(n == 0 for g, n in oxigraph.graph_counts().items() if g.endswith("/staging"))


@needs_oxigraph
def test_a_lost_move_that_was_not_applied_is_sent_again(oxigraph, graph):  # noqa: F811
    push_graph(graph, f"{oxigraph.base}/store", client=HttpClient(timeout=30, retries=0))
    new = changed_graph(graph)
    proxy = FaultProxy(oxigraph.base, fail_nth("POST", 1, "http-500"))
    try:
        result = push_graph(
            new, f"{proxy.base}/store", client=HttpClient(timeout=30, retries=1, backoff=0)
        )
    finally:
        proxy.close()
    assert dict(result.graphs) == targets(oxigraph)
    assert [m for m, _ in proxy.seen].count("POST") == 2


@needs_oxigraph
def test_cli_push_exits_0_when_the_applied_moves_answer_is_lost(oxigraph, graph_path):  # noqa: F811
    proxy = FaultProxy(oxigraph.base, fail_nth("POST", 1, "applied-then-500"))
    try:
        result = CliRunner().invoke(
            main, ["push", "--store", f"{proxy.base}/store", "--graph", str(graph_path), "-q"]
        )
    finally:
        proxy.close()
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
