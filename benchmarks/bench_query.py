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

and reports the medians and their ratio (target: kg within 3x of Oxigraph, issue 18).
Each run's CPU time (user + system of the process and the children it waited
for, from ``getrusage``) is reported next to its wall time: on a shared machine
the wall time measures the load, the CPU time much less so.

``--baseline DIR`` measures a second checkout of kg (for instance
``git -C ../main archive HEAD | tar -x -C DIR``), interleaved with this one
and Oxigraph in every round, so that both see the same load; with ``--venv``
it names a second virtual environment with that checkout installed (made like
the first when missing).

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
import resource
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


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall time and CPU time (user + system, children included) of one run of ``cmd``."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd
    )
    return time.perf_counter() - start, _children_cpu() - cpu


def wall(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    return timed(cmd, env, cwd)[0]


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


def clean_venv(folder: Path, source: Path = ROOT) -> tuple[str, list[str]]:
    """A virtual environment with kg installed from ``source`` (made when missing).

    Returns its Python and the command prefix that runs kg there (the console script).
    """
    python, script = folder / "bin" / "python", folder / "bin" / "kg"
    if not script.is_file():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", str(source)],
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


def parse_args() -> argparse.Namespace:
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
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a second checkout of kg (e.g. main's) to measure interleaved with this one",
    )
    parser.add_argument(
        "--baseline-venv",
        type=Path,
        help="with --venv and --baseline: the virtual environment for the baseline",
    )
    return parser.parse_args()


def kg_variants(args: argparse.Namespace) -> list[tuple[str, str, list[str], Path]]:
    """``(label, python, command prefix, working folder)`` of each kg measured."""
    sources = [("this checkout", ROOT, args.venv)]
    if args.baseline:
        if args.venv and not args.baseline_venv:
            sys.exit("--baseline with --venv needs --baseline-venv")
        sources.append(("baseline", args.baseline.resolve(), args.baseline_venv))
    variants = []
    for label, source, venv in sources:
        if args.venv:
            python, prefix = clean_venv(venv.resolve(), source)
        else:
            # An installed package is byte-compiled; a checkout run with
            # PYTHONDONTWRITEBYTECODE=1 (as in CI sandboxes) would recompile every
            # kg module on every run. Compile once.
            python, prefix = sys.executable, [sys.executable, "-m", "kg"]
            subprocess.run([python, "-m", "compileall", "-q", str(source / "kg")], check=True)
        variants.append((label, python, prefix, source))
    return variants


def measure(name, variants, ox, graph, store, folder, env, repeat):  # noqa: ANN001, ANN201
    """Median (wall, CPU) of each kg variant and of Oxigraph for one query, interleaved."""
    rq = query_for_oxigraph(name, graph, folder)
    graph_form = re.search(r"^\s*(CONSTRUCT|DESCRIBE)\b", rq.read_text(), re.MULTILINE)
    fmt = "ttl" if graph_form else "csv"
    commands = [
        ([*prefix, "query", "run", name, "--graph", str(graph), "--format", fmt], cwd)
        for _, _, prefix, cwd in variants
    ]
    ox_cmd = [ox, "query", "--location", str(store), "--query-file", str(rq)]
    commands.append(([*ox_cmd, "--results-format", fmt], ROOT))
    for cmd, cwd in commands:  # warm the file cache
        wall(cmd, env, cwd)
    runs: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(repeat):  # interleaved, so that all see the same machine load
        for times, (cmd, cwd) in zip(runs, commands, strict=True):
            times.append(timed(cmd, env, cwd))
    return [
        (statistics.median(w for w, _ in times), statistics.median(c for _, c in times))
        for times in runs
    ]


def main() -> None:
    args = parse_args()
    ox = oxigraph_binary()
    variants = kg_variants(args)
    python = variants[0][1]
    setting = (
        "a clean virtual environment (`--venv`), its `kg` script"
        if args.venv
        else "the development interpreter"
    )
    env = dict(os.environ, KG_QUERIES=str(ROOT / "queries"))
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
            found = measure(name, variants, ox, graph, store, folder, env, args.repeat)
            rows.append((name, found))
            shown = ", ".join(
                f"{label} {w * 1e3:.0f} ms ({c * 1e3:.0f} CPU)"
                for (label, *_), (w, c) in zip(variants, found, strict=False)
            )
            ox_w, ox_c = found[-1]
            print(f"{name:26} {shown}, oxigraph {ox_w * 1e3:.0f} ms ({ox_c * 1e3:.0f} CPU)")
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
        f"{' --venv DIR' if args.venv else ''}"
        f"{' --baseline DIR' if args.baseline else ''}"
        f"{' --baseline-venv DIR2' if args.baseline_venv else ''}` "
        f"(kg byte-compiled, as an installed package is); kg run from {setting}",
        f"- data: the seed graph built by `kg build` ({triples:,} triples in kg.ttl); "
        "Oxigraph reads a store made by `oxigraph load`; kg reads its store cache "
        "(`kg.query.cache`, built from kg.ttl by the warm-up run)",
        f"- wall time (and CPU time: user + system, children included) per run, median of "
        f"{args.repeat} runs, each a new process, interleaved; "
        f"bare `python -c pass` takes {baseline * 1000:.0f} ms here, "
        f"`python -c 'import click, pyoxigraph'` {imports * 1000:.0f} ms; "
        f"1-minute load average at the end {load:.1f}",
        "",
    ]
    lines += table(rows, [label for label, *_ in variants])
    worst = max(found[0][0] / found[-1][0] for _, found in rows)
    lines += ["", f"Worst ratio (wall) {worst:.1f}x (target: within 3x).", END]
    write_section("\n".join(lines) + "\n", args.no_write)


def table(rows, labels: list[str]) -> list[str]:  # noqa: ANN001
    """The Markdown table: each kg's wall / CPU time, Oxigraph's, and kg's ratios."""
    head = " | ".join(f"kg ({label})" for label in labels)
    lines = [
        f"| query | {head} | oxigraph query | ratio wall / CPU |",
        "|---|" + "---:|" * (len(labels) + 2),
    ]
    for name, found in rows:
        cells = " | ".join(f"{w * 1e3:.0f} / {c * 1e3:.0f} ms" for w, c in found)
        ratio = f"{found[0][0] / found[-1][0]:.1f}x / {found[0][1] / found[-1][1]:.1f}x"
        lines.append(f"| {name} | {cells} | {ratio} |")
    return lines


def write_section(section: str, no_write: bool) -> None:
    print()
    print(section)
    if no_write:
        return
    results = ROOT / "benchmarks" / "results.md"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    from kg.io import atomic_write_text

    atomic_write_text(results, text)
    print(f"updated {results}")


if __name__ == "__main__":
    main()
