"""Wall time of ``kg query run NAME`` against the Oxigraph CLI answering the same query.

Not part of the test suite. Run from the repository root::

    python3 benchmarks/bench_query.py            # writes a section of benchmarks/results.md
    python3 benchmarks/bench_query.py --repeat 30 --no-write

It builds the seed graph into a temporary folder, loads it into an Oxigraph
store (``oxigraph load``), then for each query measures, ``--repeat`` times
each, the wall time of:

- ``python -m kg query run NAME --graph kg.ttl --format csv`` (a new process:
  Python start-up, imports, hashing kg.ttl and opening kg's cached store of it,
  the query, the output);
- ``oxigraph query --location DIR --query-file F --results-format csv`` (a
  new process on the pre-loaded store), where F is the same query with its
  default parameters written in as a VALUES block (the CLI cannot bind them).

and reports the medians and their ratio (target: kg within 4x of Oxigraph).

``--venv DIR`` measures kg as a user installs it instead: a virtual environment
at DIR (made with ``python -m venv`` and ``pip install .`` when it does not
exist yet) and its ``kg`` console script. The development interpreter's
start-up includes every ``.pth`` hook of its site-packages (an editable
install's import finder, a sandbox's certificate hook) which a clean
environment does not run; the results say which interpreter was measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "shared-problems",
    "problems-of-municipality",
    "finding-provenance",
    "cooperation-network",
    "describe-entity",
]
START = "<!-- bench_query:start -->"
END = "<!-- bench_query:end -->"


def oxigraph_binary() -> str:
    """The real oxigraph executable (not a pyenv shim script, which adds ~100 ms)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        sys.exit("oxigraph CLI not found (pip install oxigraph)")
    return found


def wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    return time.perf_counter() - start


def query_for_oxigraph(name: str, graph: Path, folder: Path) -> Path:
    """The library query with its default parameters bound by a VALUES block.

    The text is ``kg query show NAME --resolved``'s: defaults spelled as IRIs
    need no graph; only a default that is a label opens the graph, through
    kg's store cache (the one ``kg query`` keeps), never by parsing the file.
    """
    from kg.errors import UsageError
    from kg.query.api import open_backend, resolved_text
    from kg.query.library import load_query

    spec = load_query(name, ROOT / "queries")
    try:
        text = resolved_text(spec, {}, None)
    except UsageError:
        text = resolved_text(spec, {}, open_backend(graph, cache=True))
    path = folder / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


def clean_venv(folder: Path) -> tuple[str, list[str]]:
    """A virtual environment with kg installed from this checkout (made when missing).

    Returns its Python and the command prefix that runs kg there (the console script).
    """
    python, script = folder / "bin" / "python", folder / "bin" / "kg"
    if not script.is_file():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", str(ROOT)],
            check=True,
        )
    return str(python), [str(script)]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--no-write", action="store_true", help="print only, do not update results.md"
    )
    parser.add_argument(
        "--venv",
        type=Path,
        help="measure kg installed (pip install .) in a clean virtual environment at this path",
    )
    args = parser.parse_args()

    ox = oxigraph_binary()
    python, kg_prefix, setting = sys.executable, [sys.executable, "-m", "kg"], "development"
    if args.venv:
        python, kg_prefix = clean_venv(args.venv.resolve())
        setting = "a clean virtual environment (`--venv`), its `kg` script"
    env = dict(os.environ, KG_QUERIES=str(ROOT / "queries"))
    # An installed package is byte-compiled; a checkout run with PYTHONDONTWRITEBYTECODE=1
    # (as in CI sandboxes) would recompile every kg module on every run. Compile once.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], check=True)
    with tempfile.TemporaryDirectory(prefix="bench-query-") as tmp:
        folder = Path(tmp)
        subprocess.run(
            [sys.executable, "-m", "kg", "build", "--out", str(folder / "build"), "--quiet"],
            check=True,
            cwd=ROOT,
            env=env,
        )
        graph = folder / "build" / "kg.ttl"
        env["KG_CACHE_DIR"] = str(folder / "cache")  # kg's store cache, built by the warm-up run
        import pyoxigraph

        triples = sum(
            1 for _ in pyoxigraph.parse(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
        )
        store = folder / "store"
        subprocess.run(
            [ox, "load", "--location", str(store), "--file", str(graph)],
            check=True,
            capture_output=True,
        )
        rows = []
        for name in QUERIES:
            rq = query_for_oxigraph(name, graph, folder)
            graph_form = (
                re.search(r"^\s*(CONSTRUCT|DESCRIBE)\b", rq.read_text(), re.MULTILINE) is not None
            )
            fmt_kg, fmt_ox = ("ttl", "ttl") if graph_form else ("csv", "csv")
            kg_cmd = [
                *kg_prefix,
                "query",
                "run",
                name,
                "--graph",
                str(graph),
                "--format",
                fmt_kg,
            ]
            ox_cmd = [
                ox,
                "query",
                "--location",
                str(store),
                "--query-file",
                str(rq),
                "--results-format",
                fmt_ox,
            ]
            wall(kg_cmd, env), wall(ox_cmd, env)  # warm the file cache
            kg_times, ox_times = [], []
            for _ in range(args.repeat):  # interleaved, so both see the same machine load
                kg_times.append(wall(kg_cmd, env))
                ox_times.append(wall(ox_cmd, env))
            kg_med, ox_med = statistics.median(kg_times), statistics.median(ox_times)
            rows.append((name, kg_med, ox_med, kg_med / ox_med))
            ratio = kg_med / ox_med
            kg_ms, ox_ms = kg_med * 1e3, ox_med * 1e3
            print(f"{name:26} kg {kg_ms:6.1f} ms, oxigraph {ox_ms:6.1f} ms, {ratio:.1f}x")
        baseline = statistics.median(wall([python, "-c", "pass"], env) for _ in range(args.repeat))

        imports = statistics.median(
            wall([python, "-c", "import click, pyoxigraph"], env) for _ in range(args.repeat)
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    version = subprocess.run([ox, "--version"], capture_output=True, text=True).stdout.strip()
    lines = [
        START,
        "## `kg query run` vs the Oxigraph CLI (`benchmarks/bench_query.py`)",
        "",
        f"- date: {dt.date.today().isoformat()}; machine: {cpu_model()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}; {version}",
        f"- command: `python3 benchmarks/bench_query.py --repeat {args.repeat}"
        f"{' --venv DIR' if args.venv else ''}` "
        f"(kg byte-compiled first, as an installed package is); kg run from {setting}",
        f"- data: the seed graph built by `kg build` ({triples:,} triples in kg.ttl); "
        "Oxigraph reads a store made by `oxigraph load`; kg reads its store cache "
        "(`kg.query.cache`, built from kg.ttl by the warm-up run)",
        f"- wall time per run, median of {args.repeat} runs, each a new process; "
        f"bare `python -c pass` takes {baseline * 1000:.0f} ms here, "
        f"`python -c 'import click, pyoxigraph'` {imports * 1000:.0f} ms; "
        f"1-minute load average at the end {load:.1f}",
        "",
        "| query | kg query run | oxigraph query | ratio |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {n} | {k * 1000:.0f} ms | {o * 1000:.0f} ms | {r:.1f}x |" for n, k, o, r in rows]
    worst = max(r for *_, r in rows)
    lines += ["", f"Worst ratio {worst:.1f}x (target: within 4x).", END]
    section = "\n".join(lines) + "\n"
    print()
    print(section)
    if args.no_write:
        return
    results = ROOT / "benchmarks" / "results.md"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    sys.path.insert(0, str(ROOT))
    from kg.io import atomic_write_text

    atomic_write_text(results, text)
    print(f"updated {results}")


if __name__ == "__main__":
    main()
