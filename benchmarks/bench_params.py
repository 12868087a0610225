"""``kg query run`` vs ``oxigraph query`` for named library queries on a built graph.

Not part of the test suite. Run from the repository root::

    python3 benchmarks/bench_params.py --graph OUT/kg.ttl problems-of-municipality who-says-what

The Oxigraph store of the graph is kept beside it (``OUT/oxstore``) and kg's
store cache in ``OUT/kg-cache``, so a second run starts at once. Each query
runs once to warm up, then five times per engine; medians are printed as
Markdown table rows. kg runs with ``--timeout 0 --max-rows 0``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, required=True, help="the built kg.ttl")
    parser.add_argument("names", nargs="+", help="library query names")
    args = parser.parse_args()
    graph = args.graph.resolve()
    os.environ["KG_CACHE_DIR"] = str(graph.parent / "kg-cache")
    from bench_query import oxigraph_binary, query_for_oxigraph

    ox = oxigraph_binary()
    store = graph.parent / "oxstore"
    if not (store / "CURRENT").is_file():
        load = [ox, "load", "--location", str(store), "--file", str(graph)]
        subprocess.run(load, check=True, capture_output=True)
    env = dict(os.environ, KG_QUERIES=str(ROOT / "queries"), PYTHONPATH=str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="bench-params-"))

    def wall(cmd: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        return time.perf_counter() - started

    print("| query | kg query run | oxigraph query | kg / oxigraph |")
    print("|---|---:|---:|---:|")
    for name in args.names:
        rq = query_for_oxigraph(name, graph, folder)
        text = rq.read_text(encoding="utf-8")
        form = "ttl" if ("CONSTRUCT" in text or "DESCRIBE" in text) else "csv"
        kg = [sys.executable, "-m", "kg", "query", "run", name, "--graph", str(graph)]
        kg += ["--format", form, "--timeout", "0", "--max-rows", "0"]
        oxq = [ox, "query", "--location", str(store), "--query-file", str(rq)]
        oxq += ["--results-format", form]
        wall(kg), wall(oxq)
        k = statistics.median(wall(kg) for _ in range(5))
        o = statistics.median(wall(oxq) for _ in range(5))
        print(f"| {name} | {k * 1000:,.0f} ms | {o * 1000:,.0f} ms | {k / o:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
