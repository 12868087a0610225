"""Format the harness's measurements as Markdown and put them into the results file.

The harness's section sits between two markers and is replaced whole on each
run; everything else in the file (other benchmarks' sections) is kept. Sections
always come in the same order, and a step that did not run says so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Targets from the scale issue.
BUILD_RATE = 100.0
BUILD_MEMORY_MB = 2048.0
LINEAR = 11.0
QUERY_RATIO = 1.5
MAP_SECONDS = 3.0


def _s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.2f} s" if x < 100 else f"{x:,.0f} s"


def _ms(x: float | None) -> str:
    return "timeout" if x is None else f"{x * 1000:,.0f} ms"


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or b is None or b == 0 else f"{a / b:.1f}x"


def build_section(builds: list[dict]) -> list[str]:
    lines = [
        "### Build (`kg build --no-validate`, then re-run with everything cached)",
        "",
        "| profiles | wall | profiles/s | peak memory (PSS, all processes) | largest process (RSS) "
        "| kg.ttl | cache | triples | cached re-run |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for b in builds:
        fresh, n = b["fresh"], b["n"]
        triples = f"{b['triples']:,}" if b.get("triples") else "—"
        lines.append(
            f"| {n:,} | {_s(fresh['wall_s'])} | {n / fresh['wall_s']:.1f} | "
            f"{fresh['peak_pss_mb']:,.0f} MB | {fresh['max_rss_mb']:,.0f} MB | "
            f"{b['ttl_mb']:,.1f} MB | {b['cache_mb']:,.1f} MB | {triples} | "
            f"{_s(b['cached']['wall_s'])} |"
        )
    lines.append("")
    validated = [b for b in builds if "validated" in b]
    if validated:
        lines += [
            "With the default per-document SHACL validation (`kg build --no-cache`):",
            "",
            "| profiles | wall | profiles/s | peak memory (PSS) |",
            "|---:|---:|---:|---:|",
        ]
        for b in validated:
            v = b["validated"]
            lines.append(
                f"| {b['n']:,} | {_s(v['wall_s'])} | {b['n'] / v['wall_s']:.1f} | "
                f"{v['peak_pss_mb']:,.0f} MB |"
            )
        lines.append("")
    return lines


def _rate_verdict(rate: float) -> str:
    return "met" if rate >= BUILD_RATE else f"**not met**: {rate / BUILD_RATE:.0%} of target"


def build_targets(builds: list[dict]) -> list[str]:
    lines = ["Targets (build):", ""]
    largest = max(builds, key=lambda b: b["n"])
    n = largest["n"]
    rate = n / largest["fresh"]["wall_s"]
    verdict = _rate_verdict(rate)
    lines.append(
        f"- ≥ {BUILD_RATE:.0f} profiles/s at N = {n:,}: {rate:.1f}/s with `--no-validate`, "
        f"{verdict}"
    )
    if "validated" in largest:
        rate = n / largest["validated"]["wall_s"]
        lines.append(
            f"  - the default build (SHACL check per document): {rate:.1f}/s, {_rate_verdict(rate)}"
        )
    peak = max(b["fresh"]["peak_pss_mb"] for b in builds)
    verdict = "met" if peak < BUILD_MEMORY_MB else "**not met**"
    lines.append(f"- peak memory < 2 GB: largest {peak:,.0f} MB, {verdict}")
    by_n = {b["n"]: b["fresh"]["wall_s"] for b in builds}
    if 1000 in by_n and 10000 in by_n:
        growth = by_n[10000] / by_n[1000]
        verdict = "met" if growth <= LINEAR else "**not met**"
        lines.append(f"- linear growth (10,000 ≤ 11x 1,000): {growth:.1f}x, {verdict}")
    lines.append("")
    return lines


def rdflib_section(builds: list[dict]) -> list[str]:
    rows = [b for b in builds if "rdflib" in b]
    lines = ["### Build vs rdflib's default store", ""]
    if not rows:
        return lines + ["Not run (every size is above `--rdflib-max`).", ""]
    lines += [
        "The same parse and extraction, every triple added to one `rdflib.Graph` (ontology "
        "included), serialized as Turtle; single process (`benchmarks/rdflib_baseline.py`).",
        "",
        "| profiles | triples | kg build | rdflib: extract + add | rdflib: serialize "
        "| rdflib total (wall) | rdflib / kg |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for b in rows:
        r = b["rdflib"]
        lines.append(
            f"| {b['n']:,} | {r['triples']:,} | {_s(b['fresh']['wall_s'])} | "
            f"{_s(r['extract_add_s'])} | {_s(r['serialize_s'])} | {_s(r['wall_s'])} | "
            f"{_ratio(r['wall_s'], b['fresh']['wall_s'])} |"
        )
    skipped = [b["n"] for b in builds if "rdflib" not in b]
    if skipped:
        lines += ["", f"Not run for N = {', '.join(f'{n:,}' for n in skipped)} (`--rdflib-max`)."]
    return lines + [""]


def query_section(queries: list[dict], args: argparse.Namespace) -> list[str]:
    lines = ["### Library queries: `kg query run` vs the Oxigraph CLI vs rdflib", ""]
    if not queries:
        return lines + ["Not run (`--no-queries`).", ""]
    lines += [
        f"Wall time per query, median of {args.query_repeat} run(s) (one at N ≥ "
        f"{args.repeat_below:,}), each a "
        "new process for kg "
        "(`python -m kg query run NAME --graph kg.ttl`, on its store cache built by a first "
        "run) and Oxigraph (`oxigraph query --location DIR --query-file F`, on a store made by "
        "`oxigraph load`, F = the query with its default parameters as a VALUES block). rdflib: "
        "the query alone on a graph already parsed in memory (parse time given once), with a "
        f"{args.rdflib_timeout:.0f} s limit per query; kg and Oxigraph runs are stopped after "
        f'{args.query_timeout:.0f} s ("timeout").',
        "",
    ]
    for q in queries:
        n = q["n"]
        ratios = [
            v["kg"] / v["oxigraph"]
            for v in q["queries"].values()
            if v["kg"] is not None and v["oxigraph"]
        ]
        lines += [
            f"#### N = {n:,}",
            "",
            (
                "- stores reused from an earlier, interrupted run (`--reuse-stores`): "
                "`oxigraph load` not timed here; kg's first run (finds its store cache): "
                f"{_s(q['kg_first_s'])}"
                if q.get("reused_stores")
                else f"- `oxigraph load`: {_s(q['oxigraph_load_s'])}; kg's first run (builds its "
                f"store cache): {_s(q['kg_first_s'])}"
            )
            + (f"; rdflib parse: {_s(q['rdflib_parse_s'])}" if "rdflib_parse_s" in q else ""),
            f"- kg / Oxigraph: median {sorted(ratios)[len(ratios) // 2]:.1f}x, worst "
            f"{max(ratios):.1f}x (target at N = 10,000: within {QUERY_RATIO}x)"
            if ratios
            else "- no ratios",
            "",
            *_serve_lines(q),
            "| query | kg query run | oxigraph query | kg / oxigraph | kg serve "
            "| oxigraph serve | rdflib | rdflib / oxigraph |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, v in sorted(q["queries"].items()):
            rdf = v.get("rdflib", "n/a")
            rdf_text = "not run" if rdf == "n/a" else _ms(rdf)
            rdf_ratio = "—" if rdf in ("n/a", None) else _ratio(rdf, v["oxigraph"])
            serve = " | ".join(
                _ms(v[k]) if k in v else "not run" for k in ("kg_serve", "oxigraph_serve")
            )
            lines.append(
                f"| {name} | {_ms(v['kg'])} | {_ms(v['oxigraph'])} | "
                f"{_ratio(v['kg'], v['oxigraph'])} | {serve} | {rdf_text} | {rdf_ratio} |"
            )
        lines.append("")
    return lines


def _serve_lines(q: dict) -> list[str]:
    """Slowest query, and the servers' start time and memory, when measured."""
    lines = []
    timed = [(v["kg"], name) for name, v in q["queries"].items() if v["kg"] is not None]
    if timed:
        worst = max(timed)
        lines.append(f"- slowest query in `kg query run`: {worst[1]} ({_ms(worst[0])})")
    served = [(v["kg_serve"], n) for n, v in q["queries"].items() if v.get("kg_serve")]
    if served:
        worst = max(served)
        median = sorted(t for t, _ in served)[len(served) // 2]
        lines.append(
            f"- `kg serve`: median query {_ms(median)}, slowest {worst[1]} ({_ms(worst[0])})"
        )
    for key, label in (("kg_serve", "kg serve"), ("oxigraph_serve", "oxigraph serve-read-only")):
        if f"{key}_start_s" in q:
            lines.append(
                f"- `{label}`: ready in {_s(q[f'{key}_start_s'])}, memory (PSS) "
                f"{q.get(f'{key}_mb', 0):,.0f} MB after the queries"
            )
    return [*lines, ""] if lines else []


def map_section(maps: list[dict]) -> list[str]:
    lines = ["### Maps: time to interactive in headless Chromium (`bench_maps.py`)", ""]
    if not maps:
        return lines + ["Not run (`--no-maps`).", ""]
    lines += [
        "Synthetic projection shaped like the real one, rendered by `kg.maps.render.render_map`, "
        "opened from `file://`; *first draw* = navigation start → vis-network's first "
        "`afterDrawing`; *hover* = mouse onto a node → tooltip visible (includes the 120 ms "
        "tooltip delay). Medians.",
        "",
        "| nodes | edges | HTML | render in Python | first draw | load to ready | hover → tooltip "
        "| draw + hover |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in maps:
        lines.append(
            f"| {r['nodes']:,} | {r['edges']:,} | {r['html_mb']:.2f} MB | {_s(r['render_s'])} | "
            f"{_s(r['draw_s'])} | {_s(r['load_s'])} | {_s(r['hover_s'])} | "
            f"{_s(r['load_s'] + r['hover_s'])} |"
        )
    big = [r for r in maps if r["nodes"] >= 5000]
    if big:
        t = big[0]["load_s"] + big[0]["hover_s"]
        verdict = "met" if t <= MAP_SECONDS else "**not met**"
        lines += ["", f"Target (5,000-node map interactive within 3 s): {t:.2f} s, {verdict}."]
    return lines + [""]


def write_results(
    path: Path,
    start: str,
    end: str,
    info: dict,
    builds: list[dict],
    queries: list[dict],
    maps: list[dict],
    profile: str,
    args: argparse.Namespace,
) -> None:
    """Replace the harness's section of ``path`` (between ``start`` and ``end``)."""
    from kg.io import atomic_write_text

    lines = [
        start,
        "## Scale: build, queries and maps (`benchmarks/run.py`)",
        "",
        f"- command: `{info['command']}`",
        f"- date: {info['date']}; machine: {info['cpu']}, nproc {info['nproc']}, "
        f"{info['memory']} memory; Python {info['python']}",
        f"- 1-minute load average: {info['load']} (other work on the machine inflates wall times)",
        "- corpus of N profiles: the 2 seed profiles + N - 2 synthetic ones "
        "(`benchmarks/generate.py`, seed 7)",
        "",
    ]
    lines += build_section(builds) + build_targets(builds) + rdflib_section(builds)
    lines += query_section(queries, args) + map_section(maps)
    lines += [
        "### Where a document's time goes",
        "",
        "pyinstrument profile of `kg.build.process_document` on synthetic profiles "
        "(one process, validation off, lexicon loaded):",
        "",
        "```",
        profile or "(not run)",
        "```",
        "",
        end,
    ]
    section = "\n".join(lines) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + section + rest.split(end, 1)[1]
    else:
        head, sep, tail = text.partition("\n\n")
        text = head + sep + section + "\n" + tail if sep else text.rstrip("\n") + "\n\n" + section
    atomic_write_text(path, text)
