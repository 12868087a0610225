"""Library queries through ``kg serve`` against ``oxigraph serve`` on the same data.

Used by ``run.py``: each server is started once on the graph (kg on its store
cache, built by ``kg query``'s first run; Oxigraph on a store made by
``oxigraph load``); its start time is the time until its endpoint answers,
its memory the PSS of its process tree after the queries (``procstats.py``).
Each query is POSTed as ``application/sparql-query`` and timed to the last
byte of the answer.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from procstats import tree_pss_kb


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, query: str, accept: str, timeout: float) -> float | None:
    request = urllib.request.Request(
        url,
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            answer.read()
    except (urllib.error.URLError, TimeoutError, OSError):
        return None
    return time.perf_counter() - started


class Server:
    """A SPARQL server process, started and waited for."""

    def __init__(self, cmd: list[str], url: str, env: dict, cwd: Path) -> None:
        self.url = url
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd
        )
        self.start_s: float | None = None
        deadline = started + 600
        while time.perf_counter() < deadline and self.proc.poll() is None:
            if _post(url, "ASK { }", "application/sparql-results+json", 5) is not None:
                self.start_s = time.perf_counter() - started
                break
            time.sleep(0.05)

    def time(self, query: str, graph_form: bool, timeout: float, repeat: int) -> float | None:
        """Median wall time of ``query`` (None when any run failed or timed out)."""
        accept = "text/turtle" if graph_form else "text/csv"
        times = [_post(self.url, query, accept, timeout) for _ in range(repeat)]
        return None if any(t is None for t in times) else statistics.median(times)

    def memory_mb(self) -> float:
        """PSS of the server's process tree, MB."""
        return tree_pss_kb(self.proc.pid) / 1024

    def stop(self) -> None:
        """Stop the process (the one this object started)."""
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def kg_server(python: str, graph: Path, env: dict, cwd: Path) -> Server:
    """``kg serve`` on ``graph`` (no query time limit)."""
    port = free_port()
    cmd = [python, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port)]
    cmd += ["--timeout", "0", "--max-result-mb", "0", "--maps", str(cwd / "no-maps")]
    return Server(cmd, f"http://127.0.0.1:{port}/query", env, cwd)


def oxigraph_server(binary: str, store: Path, env: dict, cwd: Path) -> Server:
    """``oxigraph serve-read-only`` on a store made by ``oxigraph load``."""
    port = free_port()
    cmd = [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    return Server(cmd, f"http://127.0.0.1:{port}/query", env, cwd)
