"""Helpers for the kg.query tests: a local graph, and a real Oxigraph server on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("oxigraph serve did not come up within 20 s")


@pytest.fixture(autouse=True)
def _query_cache_in_tmp(tmp_path_factory, monkeypatch):
    """Keep kg.query's on-disk store cache in the session's tmp folder, never ~/.cache.

    The environment variable is for commands run through the CLI, the default
    StoreCache for library calls.
    """
    import kg.query.cache as cache

    folder = tmp_path_factory.getbasetemp() / "kg-cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    monkeypatch.setattr(cache, "_DEFAULT", [cache.StoreCache(folder)])


@pytest.fixture(scope="session")
def query_graph(graph_path):
    """The seed graph loaded for kg.query (in-memory pyoxigraph store, no cache)."""
    from kg.query.engine import LocalGraph

    return LocalGraph(graph_path, cache=False)


@pytest.fixture(scope="session")
def oxigraph_endpoint(tmp_path_factory, graph_path):
    """URL of the query endpoint of an Oxigraph server holding the seed graph.

    Loads the graph with ``oxigraph load`` into a fresh folder, then runs
    ``oxigraph serve`` on a free loopback port; the server is stopped at the end.
    """
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    location = tmp_path_factory.mktemp("oxigraph")
    subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(graph_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # A port free a moment ago can be taken before the server binds it (by
    # another test worker): a server that exits at once is retried on a fresh port.
    for attempt in range(5):
        port = free_port()
        proc = subprocess.Popen(
            [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/query"
        try:
            _wait_until_up(url, proc, time.monotonic() + 20)
            break
        except RuntimeError:
            if proc.poll() is None or attempt == 4:
                proc.kill()
                proc.wait()
                raise
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def children_of(pid: int) -> list[int]:
    """Live child processes of ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found
