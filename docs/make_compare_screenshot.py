"""Regenerate docs/compare.png: build the seed graph, compare Brunssum and Bunschoten, screenshot.

Run from the repository root: ``python3 docs/make_compare_screenshot.py [--lang en] [--out PNG]``.
Needs headless Chromium (/usr/bin/chromium) and Playwright for Python.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", default=["Brunssum", "Bunschoten"])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "compare.png")
    parser.add_argument("--width", type=int, default=1300)
    parser.add_argument("--height", type=int, default=1250)
    parser.add_argument("--section", default="", help="scroll to this section id first")
    args = parser.parse_args()
    args.out = args.out.resolve()

    from playwright.sync_api import sync_playwright

    from kg.build import build_graph, write_build
    from kg.compare import generate_report, write_report
    from kg.maps.browser import launch

    result = build_graph(ROOT / "seeds", ROOT / "ontology")
    with tempfile.TemporaryDirectory() as tmp:
        # Work inside the temporary folder so the report names the default build/kg.ttl.
        os.chdir(tmp)
        write_build(result, Path("build"))
        report = generate_report(args.names, Path("build") / "kg.ttl", lang=args.lang)
        write_report(report, Path("build") / "compare")
        page_file = Path(tmp) / "build" / "compare" / report.filename
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(page_file.as_uri() + (f"#{args.section}" if args.section else ""))
            page.wait_for_load_state("load")
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
        os.chdir(ROOT)
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
