"""The aggregate queries that read the finding counts against the queries that scan findings.

Usage::

    python3 benchmarks/bench_cube.py GRAPH [--repeat 3] [--no-cache]

``tests/data/scanning-queries/`` keeps each rewritten library query as it was
before the precomputed summary (``ontology/summary.ttl``). Both versions run
one after the other, interleaved, in one process on the same store: kg's
cached, optimised on-disk store of ``GRAPH`` (as ``kg query run`` opens it),
or with ``--no-cache`` the graph loaded into memory. For each query it prints
the median wall and CPU time (``time.process_time``) of both, the speed-up and
whether the rows are equal. The queries have no parameters, so the text run
is the text ``kg query run`` sends.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.graphfile import OX_FORMATS, detect_format  # noqa: E402
from kg.query.cache import open_store  # noqa: E402
from kg.query.library import load_query  # noqa: E402

SCANNING = ROOT / "tests" / "data" / "scanning-queries"


def timed(store, text: str) -> tuple[float, float, list]:  # noqa: ANN001 - pyoxigraph.Store
    """Wall seconds, CPU seconds and the rows (as strings) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    rows = [tuple(str(t) for t in row) for row in store.query(text)]
    return time.perf_counter() - wall, time.process_time() - cpu, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args()
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, OX_FORMATS[detect_format(args.graph)])
    started = time.perf_counter()
    store, cached = open_store(args.graph, fmt, cache=not args.no_cache)
    print(f"store: {'cached, optimised' if cached else 'in memory'}, opened in "
          f"{time.perf_counter() - started:.1f} s; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("| query | scan (wall / CPU) | counts (wall / CPU) | CPU speed-up | same rows |")
    print("|---|---:|---:|---:|---|")
    for path in sorted(SCANNING.glob("*.rq")):
        texts = (path.read_text(encoding="utf-8"), load_query(path.stem).text)
        runs: list[list[tuple[float, float]]] = [[], []]
        answers = [None, None]
        for _ in range(args.repeat):
            for i, text in enumerate(texts):
                wall, cpu, rows = timed(store, text)
                runs[i].append((wall, cpu))
                answers[i] = rows
        (w0, c0), (w1, c1) = (
            (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for r in runs
        )
        same = "yes" if answers[0] == answers[1] else "**NO**"
        print(f"| {path.stem} | {w0:.2f} s / {c0:.2f} s | {w1:.3f} s / {c1:.3f} s | "
              f"{c0 / max(c1, 1e-4):.0f}x | {same} ({len(answers[0])} rows) |")  # fmt: skip
    print(f"load at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
