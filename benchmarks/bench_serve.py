"""Library queries through ``kg serve`` against ``oxigraph serve`` on the same data.

Used by ``run.py``: each server is started once on the graph (kg on its store
cache, built by ``kg query``'s first run; Oxigraph on a store made by
``oxigraph load``); its start time is the time until its endpoint answers,
its memory the PSS of its process tree after the queries (``procstats.py``).
Each query is POSTed as ``application/sparql-query`` and timed to the last
byte of the answer.

Run alone, it measures ``kg serve`` on one graph: its start (wall, and the CPU
time of the server process until it answers) and the median time of every library
query (its default parameters bound) through the server::

    python3 benchmarks/bench_serve.py /tmp/n1000/build/kg.ttl --cache-dir /tmp/c --repeat 3

The store cache (``--cache-dir``) should hold the graph's store already (a first
``kg query run`` on it), so that the start measured is that of a cached graph.
With ``--oxigraph-store DIR`` (a store made by ``oxigraph load``, or kg's cached
store of the graph: the same Oxigraph format when the versions match) the same
queries then run through ``oxigraph serve-read-only`` on it, for the memory and
time comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
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


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    """Start ``kg serve`` on a graph; print its start and every library query's median time."""
    from bench_query import query_for_oxigraph

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--cache-dir", type=Path, required=True, help="kg's store cache")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--queries", help="comma-separated names (default: every one)")
    parser.add_argument("--oxigraph-store", type=Path, help="also run oxigraph serve on it")
    parser.add_argument("--no-kg", action="store_true", help="only oxigraph serve")
    args = parser.parse_args()
    env = {**os.environ, "KG_CACHE_DIR": str(args.cache_dir)}
    root = Path(__file__).resolve().parent.parent
    names = sorted(p.stem for p in (root / "queries").glob("*.rq"))
    if args.queries:
        names = [n for n in names if n in args.queries.split(",")]
    os.environ["KG_CACHE_DIR"] = str(args.cache_dir)
    folder = args.cache_dir / "serve-queries"
    folder.mkdir(parents=True, exist_ok=True)
    files = [query_for_oxigraph(name, args.graph, folder) for name in names]
    servers = (
        []
        if args.no_kg
        else [("kg serve", lambda: kg_server(sys.executable, args.graph, env, root))]
    )
    if args.oxigraph_store is not None:
        binary = shutil.which("oxigraph") or "oxigraph"
        servers.append(
            ("oxigraph serve", lambda: oxigraph_server(binary, args.oxigraph_store, env, root))
        )
    for label, start in servers:
        measure(label, start(), files, args)


def measure(label: str, server: Server, files: list[Path], args: argparse.Namespace) -> None:
    """Print the start, every query's median time, CPU and memory of one server; stop it."""
    try:
        if server.start_s is None:
            raise SystemExit(f"{label} did not answer: " + server.proc.stderr.read().decode())
        print(f"{label} start: {server.start_s:.2f} s wall, {_cpu_s(server.proc.pid):.2f} s CPU")
        print("\n| query | median wall (s) |\n|---|---:|")
        times = []
        for rq in files:
            graph_form = "CONSTRUCT" in rq.read_text() or "DESCRIBE" in rq.read_text()
            took = server.time(rq.read_text(), graph_form, args.timeout, args.repeat)
            times.append(took if took is not None else float("inf"))
            print(f"| {rq.stem} | {took if took is None else round(took, 2)} |", flush=True)
        print(
            f"\n{label}: median query: {statistics.median(times):.2f} s; server CPU in all: "
            f"{_cpu_s(server.proc.pid):.1f} s; memory (PSS): {server.memory_mb():.0f} MB; "
            f"1-minute load average: {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
