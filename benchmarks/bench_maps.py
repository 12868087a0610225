"""How fast a large map becomes interactive in headless Chromium.

Builds a synthetic projection (municipalities, actors, laws, problems, themes
and many findings with quotes, wired like the real one), renders it with
:func:`kg.maps.render.render_map` and opens it in /usr/bin/chromium, measuring

- ``render``: Python time for layout + HTML;
- ``first draw``: navigation start → vis-network's first ``afterDrawing``;
- ``hover``: mouse moved onto a node → its tooltip visible (includes the
  120 ms tooltip delay);
- ``load``: wall time of ``page.goto`` until first draw, seen from Python.

Run from the repository root: ``python3 benchmarks/bench_maps.py [--sizes 500 5000]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_projection(n: int, seed: int = 1):
    """A projection-shaped MultiDiGraph with about ``n`` nodes, ~85 % findings."""
    import networkx as nx

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    counts = {
        "municipality": max(2, n // 100),
        "actor": max(3, n // 250),
        "law": 4,
        "problem": max(5, n // 40),
        "theme": max(5, n // 150),
    }
    pools: dict[str, list[str]] = {}
    for kind, count in counts.items():
        pools[kind] = [f"urn:{kind}/{i}" for i in range(count)]
        for node in pools[kind]:
            g.add_node(node, type=kind, label_nl=node, label_en=node, iri=node, slug=node)
    findings = n - sum(counts.values())
    for i in range(findings):
        node = f"urn:finding/{i:05d}"
        town = rng.choice(pools["municipality"])
        speaker = rng.choice(pools["actor"])
        g.add_node(
            node,
            type="finding",
            label_nl=f"Bevinding {i}",
            label_en=f"Finding {i}",
            iri=node,
            slug=str(i),
            quote=f"Synthetic quote number {i}: civil servants say the budget is under pressure.",
            start=i * 100,
            end=i * 100 + 80,
            document="synthetic",
            document_title="Synthetic",
            section="Section",
            speaker_labels_en=(speaker,),
            speaker_labels_nl=(speaker,),
            polarity=rng.choice(["positive", "negative", "mixed", "neutral"]),
        )
        g.add_edge(node, town, key="aboutMunicipality", relation="aboutMunicipality", weight=1)
        g.add_edge(node, speaker, key="speaker", relation="speaker", weight=1)
        g.add_edge(node, rng.choice(pools["theme"]), key="theme", relation="theme", weight=1)
        if rng.random() < 0.6:
            g.add_edge(
                node,
                rng.choice(pools["problem"]),
                key="concernsProblem",
                relation="concernsProblem",
                weight=1,
            )
        if rng.random() < 0.2:
            g.add_edge(
                node, rng.choice(pools["law"]), key="concernsLaw", relation="concernsLaw", weight=1
            )
    return g


def measure(size: int, runs: int, browser, workdir: Path) -> dict:
    from kg.maps.render import render_map

    projection = synthetic_projection(size)
    started = time.perf_counter()
    html = render_map(
        projection, title=f"Synthetic {size}", description="benchmark", index_href=None
    )
    render_s = time.perf_counter() - started
    path = workdir / f"synthetic-{size}.html"
    path.write_text(html, encoding="utf-8")
    draws, loads, hovers = [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=120_000)
        loads.append(time.perf_counter() - started)
        draws.append(page.evaluate("window.kgReadyAt") / 1000)
        if page.is_visible("#kg-show-all"):  # a large map opens filtered: hover the full one
            page.click("#kg-show-all")
        node = "urn:municipality/0"
        point = page.evaluate(
            """(id) => {
                const net = window.kgNetwork;
                const dom = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.getElementById('kg-map').getBoundingClientRect();
                return {x: box.left + dom.x, y: box.top + dom.y};
            }""",
            node,
        )
        page.mouse.move(point["x"] - 40, point["y"] - 40)
        started = time.perf_counter()
        page.mouse.move(point["x"], point["y"])
        page.locator("div.vis-tooltip").wait_for(state="visible", timeout=60_000)
        hovers.append(time.perf_counter() - started)
        page.close()
    return {
        "size": size,
        "nodes": projection.number_of_nodes(),
        "edges": projection.number_of_edges(),
        "html_mb": len(html.encode("utf-8")) / 1e6,
        "render_s": render_s,
        "draw_s": statistics.median(draws),
        "load_s": statistics.median(loads),
        "hover_s": statistics.median(hovers),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from kg.maps.browser import launch

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for size in args.sizes:
            rows.append(measure(size, args.runs, browser, Path(tmp)))
        browser.close()
    print(
        "| nodes | edges | HTML (MB) | render in Python (s) | first draw (s) "
        "| load to ready (s) | hover → tooltip (s) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['nodes']:,} | {r['edges']:,} | {r['html_mb']:.2f} | {r['render_s']:.2f} | "
            f"{r['draw_s']:.2f} | {r['load_s']:.2f} | {r['hover_s']:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
