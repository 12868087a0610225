"""Maps served by ``kg serve`` still draw under its Content-Security-Policy."""

from __future__ import annotations

import threading

import pytest
from browser_support import BROWSER_MARKS

from kg.maps import generate_maps, write_maps
from kg.network import load_graph
from kg.publish.serve import create_server

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def served_maps(graph_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    write_maps(generate_maps(load_graph(graph_path)), out)
    srv = create_server(graph_path, "127.0.0.1", 0, maps_dir=out)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("page", ["overview.html", "index.html", "sources/brunssum.html"])
def test_served_pages_run_their_own_scripts_and_break_no_policy(browser, served_maps, page):
    host, port = served_maps.server_address[:2]
    tab = browser.new_page()
    errors: list[str] = []
    failed: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        response = tab.goto(f"http://{host}:{port}/maps/{page}")
        assert "default-src 'self'" in response.headers["content-security-policy"]
        if page == "overview.html":
            tab.wait_for_function("window.kgReady === true", timeout=20000)
            assert tab.evaluate("window.kgNetwork.body.nodeIndices.length") > 10
        # A refused script or style would be a console error; a missing favicon is not ours.
        assert [u for u in failed if not u.endswith("/favicon.ico")] == []
        assert [e for e in errors if not e.startswith("Failed to load resource")] == []
    finally:
        tab.close()


def test_an_injected_inline_script_is_blocked(browser, served_maps, tmp_path):
    host, port = served_maps.server_address[:2]
    page = served_maps.maps_dir / "injected.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    tab = browser.new_page()
    try:
        tab.goto(f"http://{host}:{port}/maps/injected.html")
        tab.evaluate(
            "() => { const s = document.createElement('script');"
            " s.textContent = 'window.pwned = 1'; document.body.appendChild(s); }"
        )
        assert tab.evaluate("window.pwned === undefined")
    finally:
        tab.close()
        page.unlink()
