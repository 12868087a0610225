"""Benchmark harness: build, queries and maps at several corpus sizes.

One command, from the repository root (not part of the test suite)::

    python3 benchmarks/run.py --sizes 100,1000,10000

For each size N it writes a corpus (the two seed profiles plus N - 2
synthetic ones from ``benchmarks/generate.py``, deterministic), then measures:

- ``kg build`` as a subprocess: wall time, profiles/s, peak memory of the
  process tree (PSS, see ``procstats.py``), output size; once with SHACL
  validation off (``--no-validate``: extraction, RDF and writing) and, up to
  ``--validate-max``, with the default per-document validation; then a
  re-run with everything cached;
- the same build done with rdflib's default store (``rdflib_baseline.py``),
  up to ``--rdflib-max`` profiles;
- every library query (``queries/*.rq``): ``kg query run`` against the
  Oxigraph CLI (``oxigraph query`` on a store made by ``oxigraph load``) on
  the same file, and rdflib's in-memory engine up to ``--rdflib-max``;

then the map time-to-interactive (``bench_maps.py``) and a profile of the
build's per-document work. Results replace the harness's section of
``--results`` (default ``benchmarks/results.md``); other sections are kept.
``--quick`` makes every step small (one repetition, a 50-node map): for
smoke tests. Generated data lives under ``--out`` (default: a temporary
folder) and is deleted after each size unless ``--keep``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from procstats import machine, measure  # noqa: E402

START = "<!-- run:start -->"
END = "<!-- run:end -->"


def _mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def corpus(n: int, folder: Path) -> Path:
    """The two seed profiles (with curation files) plus ``n - 2`` synthetic ones."""
    from generate import generate

    seeds = folder / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    real = sorted((ROOT / "seeds").glob("*.txt"))[: min(2, n)]
    for path in real:
        shutil.copyfile(path, seeds / path.name)
        curated = path.with_suffix(".curation.yaml")
        if curated.is_file():
            shutil.copyfile(curated, seeds / curated.name)
    generate(n - len(real), seeds)
    return seeds


def bench_build(n: int, seeds: Path, folder: Path, args: argparse.Namespace, env: dict) -> dict:
    kg = [sys.executable, "-m", "kg", "build", "--seeds", str(seeds), "--quiet"]
    if args.jobs:
        kg += ["--jobs", str(args.jobs)]
    row: dict = {"n": n}
    out = folder / "build"
    run = measure([*kg, "--out", str(out), "--no-validate"], ROOT, env)
    if run.returncode:
        sys.exit(f"kg build failed at N={n}: {run.stderr.strip()[-400:]}")
    row["fresh"] = run.__dict__
    row["ttl_mb"] = _mb(out / "kg.ttl")
    row["cache_mb"] = _mb(out / ".cache")
    row["triples"] = _count_triples(out / "kg.ttl") if n <= 1000 else None
    again = measure([*kg, "--out", str(out), "--no-validate"], ROOT, env)
    row["cached"] = again.__dict__
    shutil.rmtree(out / ".cache", ignore_errors=True)
    if n <= args.validate_max:
        checked = folder / "build-validated"
        run = measure([*kg, "--out", str(checked), "--no-cache"], ROOT, env)
        row["validated"] = run.__dict__
        shutil.rmtree(checked, ignore_errors=True)
    if n <= args.rdflib_max:
        started = time.perf_counter()
        baseline = [sys.executable, str(HERE / "rdflib_baseline.py")]
        proc = subprocess.run(
            [*baseline, "build", str(seeds), str(folder / "rdflib")],
            capture_output=True, text=True, cwd=ROOT, env=env,
        )  # fmt: skip
        if proc.returncode == 0:
            row["rdflib"] = json.loads(proc.stdout) | {"wall_s": time.perf_counter() - started}
        else:
            print(f"rdflib build failed: {proc.stderr[-300:]}", file=sys.stderr)
        shutil.rmtree(folder / "rdflib", ignore_errors=True)
    return row


def _count_triples(path: Path) -> int:
    import pyoxigraph

    return sum(1 for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))


def _wall(cmd: list[str], env: dict, timeout: float) -> float | None:
    """Wall time of ``cmd``; None when it runs out of time (or fails: printed, not fatal)."""
    started = time.perf_counter()
    try:
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
            cwd=ROOT, timeout=timeout,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        print(f"failed: {' '.join(cmd)}: {exc.stderr.decode()[-300:]}", file=sys.stderr)
        return None
    return time.perf_counter() - started


def _median(times: list[float | None]) -> float | None:
    return None if any(t is None for t in times) else statistics.median(times)  # type: ignore


def bench_queries(n: int, folder: Path, args: argparse.Namespace, env: dict) -> dict:
    from bench_query import oxigraph_binary, query_for_oxigraph

    from kg.query.library import list_queries

    graph = folder / "build" / "kg.ttl"
    env = dict(env, KG_CACHE_DIR=str(folder / "kg-cache"))
    os.environ["KG_CACHE_DIR"] = env["KG_CACHE_DIR"]  # query_for_oxigraph opens the same cache
    ox = oxigraph_binary()
    store = folder / "oxigraph"
    out: dict = {"n": n, "queries": {}}
    if args.reuse_stores and (store / "CURRENT").is_file():
        out["oxigraph_load_s"] = None  # loaded by an earlier, interrupted run
        out["reused_stores"] = True
    else:
        shutil.rmtree(store, ignore_errors=True)
        out["oxigraph_load_s"] = _wall(
            [ox, "load", "--location", str(store), "--file", str(graph)], env, 1e6
        )
    names = [q.name for q in list_queries(ROOT / "queries")]
    if args.queries:
        names = [name for name in names if name in args.queries]
    # kg remembers a graph's digest only once the file has settled (kg.query.cache)
    time.sleep(max(0.0, 2.5 - (time.time() - graph.stat().st_mtime)))
    kg_cmd = [sys.executable, "-m", "kg", "query", "run", "--graph", str(graph), "--format", "csv"]
    # the first run builds kg's store cache of the graph file: time it on a trivial query
    ask = folder / "warm-up.rq"
    ask.write_text("ASK { ?s ?p ?o }\n", encoding="utf-8")
    out["kg_first_s"] = _wall([*kg_cmd[:5], str(ask), *kg_cmd[5:], "--timeout", "0"], env, 1e6)
    files = []
    for name in names:
        rq = query_for_oxigraph(name, graph, folder)
        files.append(rq)
        form = "ttl" if _graph_form(rq) else "csv"
        kg = [*kg_cmd[:5], name, "--graph", str(graph), "--format", form, "--timeout", "0"]
        oxq = [ox, "query", "--location", str(store), "--query-file", str(rq)]
        oxq += ["--results-format", form]
        kg_times, ox_times = [], []
        # interleaved, so both see the same machine load
        for _ in range(args.query_repeat if n < args.repeat_below else 1):
            kg_times.append(_wall(kg, env, args.query_timeout))
            ox_times.append(_wall(oxq, env, args.query_timeout))
        out["queries"][name] = {"kg": _median(kg_times), "oxigraph": _median(ox_times)}
    if not args.no_serve:
        bench_servers(out, files, store, args, env, runs=args.query_repeat)
    if n <= args.rdflib_max:
        baseline = [sys.executable, str(HERE / "rdflib_baseline.py"), "query", str(graph)]
        proc = subprocess.run(
            [*baseline, *map(str, files), "--timeout", str(args.rdflib_timeout)],
            capture_output=True, text=True, cwd=ROOT, env=env,
        )  # fmt: skip
        if proc.returncode == 0:
            rdf = json.loads(proc.stdout)
            out["rdflib_parse_s"] = rdf["parse_s"]
            for name, seconds in rdf["queries"].items():
                out["queries"][name]["rdflib"] = seconds
        else:
            print(f"rdflib queries failed: {proc.stderr[-300:]}", file=sys.stderr)
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(folder / "kg-cache", ignore_errors=True)
    return out


def bench_servers(
    out: dict, files: list[Path], store: Path, args: argparse.Namespace, env: dict, runs: int
) -> None:
    """Every query through ``kg serve`` and ``oxigraph serve-read-only``; start and memory."""
    from bench_query import oxigraph_binary
    from bench_serve import kg_server, oxigraph_server

    graph = store.parent / "build" / "kg.ttl"
    for key, start in (
        ("kg_serve", lambda: kg_server(sys.executable, graph, env, ROOT)),
        ("oxigraph_serve", lambda: oxigraph_server(oxigraph_binary(), store, env, ROOT)),
    ):
        server = start()
        try:
            out[f"{key}_start_s"] = server.start_s
            for rq in files:
                text, form = rq.read_text("utf-8"), _graph_form(rq)
                out["queries"][rq.stem][key] = server.time(text, form, args.query_timeout, runs)
            out[f"{key}_mb"] = server.memory_mb()
        finally:
            server.stop()


def _graph_form(rq: Path) -> bool:
    import re

    return re.search(r"^\s*(CONSTRUCT|DESCRIBE)\b", rq.read_text(), re.MULTILINE) is not None


def bench_maps(args: argparse.Namespace) -> list[dict]:
    from bench_maps import measure as measure_map
    from playwright.sync_api import sync_playwright

    from kg.maps.browser import launch

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for size in args.map_sizes:
            rows.append(measure_map(size, args.map_runs, browser, Path(tmp)))
        browser.close()
    return rows


def profile_build(seeds: Path, count: int) -> str:
    """Where a document's time goes: a profile of ``process_document`` (one process)."""
    from kg.build import Resources, process_document

    paths = sorted(seeds.glob("synthetic-*.txt"))[:count] or sorted(seeds.glob("*.txt"))[:count]
    context = Resources.create(validate=False)
    process_document(paths[0], context)  # load the lexicon and simplemma first
    try:
        from pyinstrument import Profiler
    except ImportError:  # the standard library's profiler, coarser but always there
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for path in paths:
            process_document(path, context)
        profiler.disable()
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(30)
        text = buffer.getvalue()
        note = "(cProfile; pip install pyinstrument for a call tree)\n"
        return note + text[text.find("ncalls") :]
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for path in paths:
        process_document(path, context)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    lines = [line for line in text.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if "process_document" in line), 0)
    return "\n".join(lines[start : start + 45])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--quick", action="store_true", help="one repetition, tiny map (smoke)")
    parser.add_argument("--out", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--results", type=Path, default=HERE / "results.md")
    parser.add_argument("--jobs", type=int, default=None, help="kg build --jobs (default: CPUs)")
    parser.add_argument("--rdflib-max", type=int, default=100, help="largest N run with rdflib")
    parser.add_argument(
        "--validate-max", type=int, default=10_000, help="largest N built validated (default)"
    )
    parser.add_argument(
        "--query-repeat", type=int, default=None, help="runs per query below --repeat-below (3)"
    )
    parser.add_argument(
        "--repeat-below",
        type=int,
        default=1000,
        help="from this N on, each query runs once (large graphs: minutes per query)",
    )
    parser.add_argument("--queries", default=None, help="only these queries (comma-separated)")
    parser.add_argument("--query-timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    parser.add_argument("--map-sizes", default=None, help="map node counts (default 500,5000)")
    parser.add_argument("--map-runs", type=int, default=None)
    parser.add_argument("--no-maps", action="store_true", help="skip the browser measurement")
    parser.add_argument("--no-queries", action="store_true", help="skip the query measurement")
    parser.add_argument("--no-serve", action="store_true", help="skip kg serve / oxigraph serve")
    parser.add_argument("--keep", action="store_true", help="keep the generated data")
    parser.add_argument(
        "--resume",
        type=Path,
        help="raw measurements (measurements.json) of an interrupted run: its sizes are kept",
    )
    parser.add_argument(
        "--reuse-stores",
        action="store_true",
        help="with --out and --keep: query the Oxigraph and kg stores an earlier run left",
    )
    args = parser.parse_args(argv)
    args.sizes = [int(x) for x in str(args.sizes).split(",") if x.strip()]
    args.query_repeat = args.query_repeat or (1 if args.quick else 3)
    args.queries = args.queries.split(",") if args.queries else None
    map_sizes = args.map_sizes or ("50" if args.quick else "500,5000")
    args.map_sizes = [int(x) for x in map_sizes.split(",")]
    args.map_runs = args.map_runs or (1 if args.quick else 3)
    command = "python3 benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])

    env = dict(os.environ, KG_QUERIES=str(ROOT / "queries"), PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], check=True)
    work = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    load_before = os.getloadavg()
    builds, queries, profile = [], [], ""
    if args.resume:
        raw = json.loads(args.resume.read_text(encoding="utf-8"))
        builds, queries = raw["builds"], raw["queries"]
    done = {b["n"] for b in builds}
    try:
        for n in args.sizes:
            folder = work / f"n{n}"
            if n in done:
                continue
            if args.reuse_stores and (folder / "seeds").is_dir():
                seeds = folder / "seeds"
            else:
                shutil.rmtree(folder, ignore_errors=True)
                seeds = corpus(n, folder)
            print(f"N={n}: build", flush=True)
            builds.append(bench_build(n, seeds, folder, args, env))
            if not args.no_queries:
                print(f"N={n}: queries", flush=True)
                queries.append(bench_queries(n, folder, args, env))
            if n == max(args.sizes):
                profile = profile_build(seeds, 3 if args.quick else 20)
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
            # raw figures so far, in case a later size fails
            raw = {"builds": builds, "queries": queries}
            (work / "measurements.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
        maps = [] if args.no_maps else bench_maps(args)
    finally:
        if not args.out and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    from report import write_results

    info = machine() | {
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "load": f"{load_before[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end",
        "command": command,
    }
    write_results(args.results, START, END, info, builds, queries, maps, profile, args)
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
