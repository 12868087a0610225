"""Regenerate the explorer screenshots in docs/: entity page, findings browser, query editor.

Run from the repository root: ``python3 docs/make_explorer_screenshots.py [--out DIR]``.
Builds the seed graph and its maps in a temporary folder, starts ``kg serve``'s
server on a free loopback port (the same code as ``kg serve --graph build/kg.ttl
--maps build/maps``), and screenshots each page in headless Chromium
(/usr/bin/chromium, driven by Playwright for Python). Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: File name → (path on the server, what to do on the page before the shot).
SHOTS = {
    "entity.png": ("/id/municipality/brunssum", None),
    "findings.png": (
        "/findings?q=zorg&tone=https%3A%2F%2Fw3id.org%2Fkg-decentralisatie%2Fconcept%2Fpolarity%2Fnegative",
        None,
    ),
    "editor.png": ("/sparql?name=problems-of-municipality", "editor"),
    "map.png": ("/maps/municipality-brunssum.html", "map"),
}


def _prepare(page, action: str | None) -> None:  # noqa: ANN001 - Playwright page
    if action == "editor":
        page.wait_for_selector("body[data-library]")
        page.fill("#kg-param-municipality", "Bunschoten")
        page.click("#kg-run")
        page.wait_for_selector("#kg-table")
    elif action == "map":
        page.wait_for_function("window.kgReady === true")
        page.wait_for_timeout(400)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.build import build_graph, write_build
    from kg.maps import generate_maps, write_maps
    from kg.maps.browser import launch
    from kg.publish.serve import create_server

    result = build_graph(ROOT / "seeds", ROOT / "ontology")
    with tempfile.TemporaryDirectory() as tmp:
        write_build(result, tmp)
        write_maps(generate_maps(result.graph), Path(tmp) / "maps")
        server = create_server(Path(tmp) / "kg.ttl", maps_dir=Path(tmp) / "maps")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.server_address[:2]
        try:
            with sync_playwright() as p:
                browser = launch(p)
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                args.out.mkdir(parents=True, exist_ok=True)
                for name, (path, action) in SHOTS.items():
                    page.goto(f"http://{host}:{port}{path}")
                    _prepare(page, action)
                    page.screenshot(path=str(args.out / name), full_page=action == "editor")
                    print(f"Wrote {args.out / name}")
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
