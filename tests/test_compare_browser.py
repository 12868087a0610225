"""The comparison report in a real headless Chromium: loads offline, no errors, inert."""

from __future__ import annotations

import pytest
from browser_support import BROWSER_MARKS

from kg.compare import generate_report, write_report

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def written(graph_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    report = generate_report(["Brunssum", "Bunschoten"], graph_path)
    write_report(report, out)
    return report, out


def test_report_loads_with_no_errors_no_network_and_no_dialog(browser, written):
    report, out = written
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))

    def on_dialog(dialog) -> None:  # noqa: ANN001
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto((out / report.filename).resolve().as_uri())
    page.wait_for_load_state("load")
    # The embedded comparison map draws (vis-network inside the iframe).
    frame = page.frame_locator("iframe.kg-map")
    frame.locator("#kg-map canvas").first.wait_for(timeout=15000)
    assert page.locator("svg.kg-chart").count() >= 1
    assert page.locator("#problems-all").is_visible()
    root = out.resolve().as_uri()
    assert requests, "the page was requested"
    assert all(url.startswith(root) for url in requests), requests
    assert errors == [] and dialogs == []
    # A finding's link opens the source page with its sentence highlighted.
    link = page.locator("#problems-all ~ table a.kg-quote").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(href)
    anchor = href.split("#", 1)[1]
    highlighted = page.evaluate(
        "(id) => { const el = document.getElementById(id);"
        " if (el) return getComputedStyle(el).backgroundColor;"
        " const hl = document.querySelector('.kg-hl'); return hl ? 'hl' : null; }",
        anchor,
    )
    assert highlighted not in (None, "rgba(0, 0, 0, 0)")
    assert errors == [] and dialogs == []
    page.close()
