"""Every library query through ``kg query run`` on one graph: wall and CPU time per query.

Not part of the test suite. Run from the repository root on a built graph, e.g. the
N = 1,000 corpus of ``benchmarks/run.py --keep``::

    python3 benchmarks/bench_library.py /tmp/n1000/build/kg.ttl --repeat 3

The first run opens (and, the first time, loads and optimises) kg's cached store of
the graph, in a store cache of its own (``--cache-dir``) so that other work on the
machine cannot evict it between queries; it is reported apart and not counted. Each
query then runs ``--repeat`` times in a new process
(``python3 -m kg query run NAME --graph G --format csv --max-rows 0``). The table gives
the median wall time, the median CPU time of the process (user + system, from
``os.wait4``) and the 1-minute load average at the end, so that figures from a loaded
machine can be read as such.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _run(argv: list[str], timeout: float) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and exit status of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            wall = time.perf_counter() - start
            return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)
        if time.perf_counter() > deadline:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            return float("inf"), usage.ru_utime + usage.ru_stime, -9
        time.sleep(0.005)


def main() -> None:
    """Measure every query of ``queries/`` on the graph given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument(
        "--cache-dir",
        type=Path,
        help="kg's store cache for this run (default: a folder beside the graph), so that "
        "other work on the machine cannot evict the store between queries",
    )
    args = parser.parse_args()
    cache = args.cache_dir or args.graph.parent / ".bench-store-cache"
    os.environ["KG_CACHE_DIR"] = str(cache)
    names = sorted(p.stem for p in Path("queries").glob("*.rq"))
    base = [sys.executable, "-m", "kg", "query", "run"]
    opts = ["--graph", str(args.graph), "--format", "csv", "--max-rows", "0"]
    opts += ["--timeout", str(int(args.timeout))]
    wall, cpu, _ = _run([*base, names[0], *opts], args.timeout * 4)
    print(f"first run (store opened or loaded): {wall:.1f} s wall, {cpu:.1f} s CPU\n")
    print("| query | median wall (s) | median CPU (s) | exit |")
    print("|---|---:|---:|---:|")
    for name in names:
        runs = [_run([*base, name, *opts], args.timeout) for _ in range(args.repeat)]
        if runs[-1][2] == 2:  # a CONSTRUCT or DESCRIBE query: graph results, not a table
            graph_opts = [*opts[:3], "ttl", *opts[4:]]
            runs = [_run([*base, name, *graph_opts], args.timeout) for _ in range(args.repeat)]
        walls = statistics.median(r[0] for r in runs)
        cpus = statistics.median(r[1] for r in runs)
        print(f"| {name} | {walls:.2f} | {cpus:.2f} | {runs[-1][2]} |", flush=True)
    print(f"\n1-minute load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
