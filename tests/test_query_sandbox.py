"""The query worker process: no network, a memory limit, killed at the time limit."""

from __future__ import annotations

import os
import select
import socket
import time

import pytest

from kg.errors import DataError, QueryRefused
from kg.query.api import execute, open_backend
from kg.query.library import make_query
from kg.query.sandbox import (
    MemoryLimitExceeded,
    QueryTimedOut,
    refuse_service_by_algebra,
    run_isolated,
)
from tests.query_support import children_of


@pytest.fixture()
def listener():
    """A listening socket on 127.0.0.1 that must hear nothing."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield sock
    sock.close()


def heard(sock: socket.socket) -> bool:
    """True if a connection reached the listener."""
    ready, _, _ = select.select([sock], [], [], 0.05)
    return bool(ready)


def _connect(port: int) -> str:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return "connected"
    except OSError as exc:
        return type(exc).__name__


def test_the_worker_returns_values_and_raises_the_callers_errors():
    assert run_isolated(lambda: {"a": [1, 2]}, timeout=10, max_memory_mb=256, where="q") == {
        "a": [1, 2]
    }

    def fail() -> None:
        raise DataError("broken", "q")

    with pytest.raises(DataError, match="q: broken"):
        run_isolated(fail, timeout=10, max_memory_mb=256, where="q")


def test_the_worker_cannot_reach_the_network(listener):
    port = listener.getsockname()[1]
    assert _connect(port) == "connected"  # the parent can
    listener.accept()[0].close()
    outcome = run_isolated(lambda: _connect(port), timeout=10, max_memory_mb=256, where="q")
    assert outcome != "connected"
    assert not heard(listener)


def test_allow_network_leaves_the_worker_online(listener):
    port = listener.getsockname()[1]
    outcome = run_isolated(
        lambda: _connect(port), timeout=10, max_memory_mb=256, where="q", allow_network=True
    )
    assert outcome == "connected"


def test_a_worker_over_the_time_limit_is_killed(tmp_path):
    marker = tmp_path / "pid"

    def slow() -> None:
        marker.write_text(str(os.getpid()))
        time.sleep(600)

    with pytest.raises(QueryTimedOut, match="timed out after the 0.5 s limit"):
        run_isolated(slow, timeout=0.5, max_memory_mb=256, where="q")
    pid = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert pid not in children_of(os.getpid())


def test_a_worker_over_the_memory_limit_fails_alone():
    def greedy() -> int:
        return len(bytearray(400 * 1024 * 1024))

    with pytest.raises(MemoryLimitExceeded, match="more than the 100 MB memory limit"):
        run_isolated(greedy, timeout=30, max_memory_mb=100, where="q")
    assert run_isolated(greedy, timeout=30, max_memory_mb=800, where="q") == 400 * 1024 * 1024


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { service silent <http://127.0.0.1:1/> {?s ?p ?o} } }",
        "SELECT * WHERE { ?s ?p ?o",  # does not parse: cannot be proved safe
    ],
)
def test_the_parser_check_refuses_service_in_any_spelling(text):
    with pytest.raises(QueryRefused):
        refuse_service_by_algebra(text, {}, "q")


def test_the_parser_check_passes_service_in_strings_and_comments():
    text = 'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" } # SERVICE <http://x/>\n'
    assert refuse_service_by_algebra(text, {}, "q") is None


def test_the_parser_fallback_refuses_service_in_the_worker(listener):
    port = listener.getsockname()[1]
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryRefused, match="SERVICE"):
        run_isolated(
            lambda: _connect(port),
            timeout=30,
            max_memory_mb=512,
            where="q",
            query=text,
            network_namespace=False,
        )
    assert not heard(listener)


@pytest.mark.parametrize("namespace", [True, False], ids=["namespace", "parser-fallback"])
def test_with_the_checker_disabled_service_still_reaches_nothing(
    graph_path, listener, monkeypatch, namespace
):
    monkeypatch.setattr("kg.query.api.check_query", lambda *a, **k: make_query("ASK {}", "q"))
    port = listener.getsockname()[1]
    backend = open_backend(graph_path, cache=False)
    backend.network_namespace = namespace
    spec = make_query(
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}", "q"
    )
    expected = DataError if namespace else QueryRefused
    with pytest.raises(expected):
        execute(backend, spec, timeout=30)
    assert not heard(listener)


def test_results_in_the_worker_match_the_store_in_process(graph_path):
    from kg.query.engine import _run_on_store

    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 500"
    for cache in (False, True):
        backend = open_backend(graph_path, cache=cache)
        in_worker = backend.execute(text, timeout=30)
        direct = _run_on_store(backend.store, text, {}, union=False, name="q", form="SELECT")
        assert in_worker.bindings == direct.bindings and len(direct.bindings) == 500


def test_the_cross_product_reproduction_stops_at_the_memory_limit(graph_path):
    backend = open_backend(graph_path, cache=False, max_memory_mb=300)
    spec = make_query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", "q")
    with pytest.raises(MemoryLimitExceeded, match="300 MB memory limit"):
        execute(backend, spec, timeout=120, max_rows=None)
