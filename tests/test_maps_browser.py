"""Maps in a real headless Chromium: offline, complete, hoverable, clickable, inert.

Needs /usr/bin/chromium (Debian package ``chromium``; tests/run.sh installs it)
and Playwright for Python.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser_support import BROWSER_MARKS
from hostile_graph import IMG, SCRIPT, hostile_graph

from kg.maps import generate_maps, write_maps
from kg.network import load_graph

pytestmark = BROWSER_MARKS

#: Maps with more nodes than this open filtered (see kg/maps/static/map.js).
LIMIT = 150


@pytest.fixture(scope="module")
def seed_maps(graph_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    maps = generate_maps(load_graph(graph_path))
    write_maps(maps, out)
    return maps, out


class Watched:
    """A page with its console errors, requests and dialogs recorded."""

    def __init__(self, browser, root: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.root = root.resolve().as_uri()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

    def open(self, path: Path, *, expand: bool = True) -> None:
        """Open a map; ``expand`` shows every node of a map that opened filtered."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=20000)
        if expand and self.page.is_visible("#kg-show-all"):
            self.page.click("#kg-show-all")

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.root + "/") and u != self.root]

    def close(self) -> None:
        self.page.close()


def node_point(page, node_id: str, scale: float | None = None) -> dict:
    """Where a node is on the page (zoomed to ``scale`` around it first, if given)."""
    return page.evaluate(
        """([id, scale]) => {
            const net = window.kgNetwork;
            if (scale) net.moveTo({position: net.getPositions([id])[id], scale, animation: false});
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('kg-map').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y, hit: net.getNodeAt(dom)};
        }""",
        [node_id, scale],
    )


def hover_node(page, node_id: str) -> str | None:
    """Move the mouse onto a node (zoomed in on it) and return the tooltip's text."""
    point = node_point(page, node_id, 2.5)
    if point["hit"] != node_id:
        return None
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return tooltip.inner_text()


def _findings(maps, info) -> list[tuple[str, dict]]:
    """The linked (finding) nodes of a map, as embedded in its page."""
    html = maps.pages[info.filename]
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    return [(n["id"], n) for n in data["nodes"] if "href" in n and n["style"].startswith("finding")]


def test_every_map_loads_offline_and_draws_every_node(browser, seed_maps):
    maps, out = seed_maps
    for info in maps.maps:
        watched = Watched(browser, out)
        try:
            watched.open(out / info.filename, expand=False)
            drawn = watched.page.evaluate("window.kgNetwork.body.nodeIndices.length")
            in_data = watched.page.evaluate("window.kgNodes.length")
            assert in_data == info.nodes, info.filename
            if info.nodes > LIMIT:  # opens filtered, with a control to show everything
                assert drawn <= LIMIT, info.filename
                watched.page.click("#kg-show-all")
                drawn = watched.page.evaluate("window.kgNetwork.body.nodeIndices.length")
            assert drawn == info.nodes, info.filename
            assert watched.errors == [], info.filename
            assert watched.outside_requests() == [], info.filename
        finally:
            watched.close()


@pytest.mark.parametrize("name", ["findings.html", "voices.html", "municipality-brunssum.html"])
def test_hovering_a_finding_shows_quote_speaker_section_and_document(browser, seed_maps, name):
    maps, out = seed_maps
    info = next(m for m in maps.maps if m.filename == name)
    watched = Watched(browser, out)
    try:
        watched.open(out / name)
        for node_id, node in _findings(maps, info)[:15]:
            shown = hover_node(watched.page, node_id)
            if shown is None:
                continue  # another node lies on top; try the next finding
            tip = {row[0]: row[1] for row in node["tip"]}
            assert " ".join(tip["Quote"].split()) in " ".join(shown.split())
            assert tip["Speaker"] in shown and tip["Section"] in shown and tip["Document"] in shown
            break
        else:
            pytest.fail(f"no finding in {name} could be hovered")
        assert watched.errors == []
    finally:
        watched.close()


def test_clicking_a_finding_opens_its_sentence_highlighted(browser, seed_maps):
    maps, out = seed_maps
    info = next(m for m in maps.maps if m.filename == "findings.html")
    watched = Watched(browser, out)
    try:
        watched.open(out / info.filename)
        for node_id, node in _findings(maps, info)[:15]:
            if hover_node(watched.page, node_id) is None:
                continue
            box = node_point(watched.page, node_id)
            with watched.page.expect_navigation():
                watched.page.mouse.click(box["x"], box["y"])
            anchor = node["href"].split("#")[1]
            assert watched.page.url.endswith(node["href"])
            target = watched.page.evaluate(
                """() => {
                    const el = document.querySelector(':target');
                    return el && {id: el.id, text: el.textContent,
                                  bg: getComputedStyle(el).backgroundColor};
                }"""
            )
            assert target["id"] == anchor
            tip = {row[0]: row[1] for row in node["tip"]}
            assert target["text"] == tip["Quote"]
            assert target["bg"] == "rgb(253, 230, 138)"
            assert watched.errors == [] and watched.outside_requests() == []
            break
        else:
            pytest.fail("no finding could be clicked")
    finally:
        watched.close()


def test_search_and_type_filter(browser, seed_maps):
    maps, out = seed_maps
    watched = Watched(browser, out)
    try:
        watched.open(out / "overview.html")
        watched.page.fill("#kg-search", "brunssum")
        watched.page.press("#kg-search", "Enter")
        selected = watched.page.evaluate("window.kgNetwork.getSelectedNodes()")
        assert "https://w3id.org/kg-decentralisatie/id/municipality/brunssum" in selected
        assert watched.page.inner_text("#kg-status").startswith(str(len(selected)))
        before = watched.page.evaluate("window.kgNetwork.body.nodeIndices.length")
        problems = watched.page.evaluate(
            "window.kgNodes.get({filter: n => n.style === 'problem'}).length"
        )
        watched.page.uncheck("input[data-style=problem]")
        after = watched.page.evaluate("window.kgNetwork.body.nodeIndices.length")
        assert after == before - problems and problems > 0
    finally:
        watched.close()


def test_hostile_labels_run_no_script(browser, tmp_path):
    out = tmp_path / "hostile"
    maps = generate_maps(hostile_graph())
    write_maps(maps, out)
    titles = []
    for info in maps.maps:
        watched = Watched(browser, out)
        try:
            watched.open(out / info.filename)
            watched.page.fill("#kg-search", "img")
            watched.page.press("#kg-search", "Enter")
            for node_id, _node in _findings(maps, info)[:1]:
                shown = hover_node(watched.page, node_id)
                assert shown is not None and IMG in shown and SCRIPT in shown
            titles.append(watched.page.title())
            assert watched.page.evaluate("document.querySelectorAll('img').length") == 0
            assert watched.dialogs == [], info.filename
            assert watched.errors == [], info.filename
        finally:
            watched.close()
    assert f"Municipality: {IMG}" in titles  # shown as text, literally
    watched = Watched(browser, out)
    try:
        source = out / "sources" / "evil.html"
        start = maps.pages["sources/evil.html"].index('id="s-')
        anchor = maps.pages["sources/evil.html"][start + 4 :].split('"')[0]
        watched.page.goto(source.resolve().as_uri() + "#" + anchor)
        text = watched.page.inner_text("body")
        assert IMG in text and SCRIPT in text
        assert watched.page.evaluate("document.querySelectorAll('img').length") == 0
        assert watched.dialogs == [] and watched.errors == []
    finally:
        watched.close()


def test_overview_screenshot(browser, seed_maps, tmp_path):
    maps, out = seed_maps
    watched = Watched(browser, out)
    try:
        watched.page.set_viewport_size({"width": 1400, "height": 900})
        watched.open(out / "overview.html")
        shot = tmp_path / "overview.png"
        watched.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000
        # the canvas is not blank: many distinct colours were drawn
        colours = watched.page.evaluate(
            """() => {
                const c = document.querySelector('#kg-map canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                const seen = new Set();
                for (let i = 0; i < d.length; i += 4 * 97) {
                    seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]);
                }
                return seen.size;
            }"""
        )
        assert colours > 20
    finally:
        watched.close()


GEOMETRY = """() => {
  const net = window.kgNetwork;
  const box = document.getElementById('kg-map').getBoundingClientRect();
  const ids = window.kgView.getIds();
  const outside = ids.filter(id => {
    const b = net.getBoundingBox(id);
    const a = net.canvasToDOM({x: b.left, y: b.top});
    const z = net.canvasToDOM({x: b.right, y: b.bottom});
    return a.x < -0.5 || a.y < -0.5 || z.x > box.width + 0.5 || z.y > box.height + 0.5;
  });
  // vis-network's own record of where it drew each label
  const labels = window.kgLabelled.map(id => {
    const s = net.body.nodes[id].labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top});
    const z = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    const px = net.body.nodes[id].options.font.size * net.getScale();
    return {id, box: [a.x, a.y, z.x, z.y], px};
  });
  const overlapping = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
    const p = labels[i].box, q = labels[j].box;
    if (p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]) {
      overlapping.push([labels[i].id, labels[j].id]);
    }
  }
  const cut = labels.filter(
    l => l.box[0] < 0 || l.box[1] < 0 || l.box[2] > box.width || l.box[3] > box.height);
  const focus = window.kgNodes.get({filter: n => n.borderWidth === 4}).map(n => n.id);
  return {visible: ids.length, outside, overlapping, cut: cut.length,
          labelled: labels.map(l => l.id), smallest: Math.min(...labels.map(l => l.px)), focus};
}"""


def test_every_map_opens_fitted_readable_and_focused(browser, seed_maps):
    maps, out = seed_maps
    for info in maps.maps:
        watched = Watched(browser, out)
        try:
            watched.open(out / info.filename, expand=False)
            found = watched.page.evaluate(GEOMETRY)
            assert found["visible"] <= LIMIT, info.filename
            assert found["outside"] == [], info.filename
            assert found["overlapping"] == [] and found["cut"] == 0, info.filename
            assert found["labelled"] and found["smallest"] >= 12, info.filename
            if info.focus:
                assert found["focus"] == [info.focus], info.filename
                assert info.focus in found["labelled"], info.filename
                drawn_last = watched.page.evaluate("window.kgNodes.getIds().slice(-1)[0]")
                assert drawn_last == info.focus  # drawn on top of the others
        finally:
            watched.close()


def test_the_legend_draws_the_shapes_the_map_draws(browser, seed_maps):
    maps, out = seed_maps
    watched = Watched(browser, out)
    try:
        watched.open(out / "municipality-brunssum.html")
        pairs = watched.page.evaluate(
            """() => [...document.querySelectorAll('input[data-style]')].map(box => {
                const style = box.dataset.style;
                const node = window.kgNodes.get({filter: n => n.style === style})[0];
                return [style, box.parentNode.querySelector('svg').dataset.shape, node.shape];
            })"""
        )
        assert pairs and all(legend == drawn for _, legend, drawn in pairs)
    finally:
        watched.close()


def test_hovering_does_not_redraw_the_canvas(browser, seed_maps):
    maps, out = seed_maps
    info = next(m for m in maps.maps if m.filename == "findings.html")
    watched = Watched(browser, out)
    try:
        watched.open(out / info.filename)
        for node_id, _ in _findings(maps, info)[:15]:
            point = node_point(watched.page, node_id, 2.5)
            if point["hit"] != node_id:
                continue
            watched.page.mouse.move(point["x"] - 40, point["y"] - 40)
            watched.page.wait_for_timeout(300)  # let the zoom's own label update finish
            watched.page.evaluate(
                "window.kgDraws = 0; window.kgNetwork.on('afterDrawing', () => window.kgDraws++)"
            )
            watched.page.mouse.move(point["x"], point["y"], steps=6)
            watched.page.locator("div.vis-tooltip").wait_for(state="visible", timeout=5000)
            assert watched.page.evaluate("window.kgDraws") == 0
            break
        else:
            pytest.fail("no finding could be hovered")
    finally:
        watched.close()


def test_served_maps_lead_from_nodes_to_entity_pages(browser, graph_path, seed_maps):
    from explorer_support import start, stop, url

    maps, out = seed_maps
    srv = start(graph_path, maps_dir=out)
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    try:
        page.goto(url(srv, "/maps/regions.html"))
        page.wait_for_function("window.kgReady === true", timeout=20000)
        town = "https://w3id.org/kg-decentralisatie/id/municipality/brunssum"
        href = page.evaluate("id => window.kgNodes.get(id).href", town)
        assert href == "/id/municipality/brunssum"
        point = node_point(page, town)
        with page.expect_navigation():
            page.mouse.click(point["x"], point["y"])
        assert page.url.endswith("/id/municipality/brunssum")
        assert page.inner_text("h1") == "Brunssum"
    finally:
        page.close()
        stop(srv)


@pytest.mark.parametrize(
    "name", ["overview.html", "municipality-brunssum.html", "index.html", "sources/brunssum.html"]
)
def test_map_pages_pass_the_accessibility_check(browser, seed_maps, name):
    from a11y_support import violations

    maps, out = seed_maps
    watched = Watched(browser, out)
    try:
        watched.page.goto((out / name).resolve().as_uri())
        watched.page.wait_for_load_state("load")
        assert violations(watched.page) == []
        assert watched.errors == []
    finally:
        watched.close()
