"""Regenerate docs/overview.png: build the seed graph, draw the overview map, screenshot it.

Run from the repository root: ``python3 docs/make_screenshot.py [--kind overview] [--out PNG]``.
Needs headless Chromium (/usr/bin/chromium) and Playwright for Python.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", default="overview")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "overview.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.build import build_graph
    from kg.maps import generate_maps, write_maps
    from kg.maps.browser import launch

    graph = build_graph(ROOT / "seeds", ROOT / "ontology").graph
    with tempfile.TemporaryDirectory() as tmp:
        maps = generate_maps(graph, kind=args.kind, lang=args.lang)
        write_maps(maps, tmp)
        page_file = Path(tmp) / maps.maps[0].filename
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(page_file.as_uri())
            page.wait_for_function("window.kgReady === true")
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
