"""Map pages: self-contained, escaped, deterministic."""

from __future__ import annotations

import json
import re

import pytest
from hostile_graph import IMG, SCRIPT, hostile_graph

from kg.errors import UsageError
from kg.maps import generate_maps, write_maps
from kg.maps.render import script_json
from kg.network import load_graph

REMOTE = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def seed_maps(graph_path):
    return generate_maps(load_graph(graph_path))


def _data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


def _without_vis(html: str) -> str:
    from kg.maps import assets

    return html.replace(assets.vis_js(), "")


def test_every_kind_and_the_index_are_generated(seed_maps):
    names = set(seed_maps.pages)
    assert {
        "index.html",
        "overview.html",
        "problems.html",
        "voices.html",
        "regions.html",
        "findings.html",
        "municipality-brunssum.html",
        "municipality-bunschoten.html",
        "law-jeugdwet.html",
        "sources/brunssum.html",
        "sources/bunschoten.html",
    } <= names
    index = seed_maps.pages["index.html"]
    for info in seed_maps.maps:
        assert f'href="{info.filename}"' in index
        assert info.description.split(";")[0].replace("'", "&#x27;") in index


def test_pages_link_nothing_remote(seed_maps):
    for name, html in seed_maps.pages.items():
        assert not REMOTE.search(html), name
        assert "<script src" not in html and "<link" not in html, name
        assert "sourceMappingURL" not in html, name


def test_same_input_gives_byte_identical_pages(graph_path, seed_maps):
    again = generate_maps(load_graph(graph_path))
    assert again.pages == seed_maps.pages


def test_node_data_matches_the_selection_and_links_findings(seed_maps):
    for info in seed_maps.maps:
        data = _data(seed_maps.pages[info.filename])
        assert len(data["nodes"]) == info.nodes and len(data["edges"]) == info.edges
    findings = _data(seed_maps.pages["findings.html"])["nodes"]
    linked = [n for n in findings if "href" in n]
    assert linked
    for node in linked:
        assert re.fullmatch(r"sources/[a-z0-9-]+\.html#s-\d+-\d+", node["href"])
        page_name, anchor = node["href"].split("#")
        page = seed_maps.pages[page_name]
        if f'id="{anchor}"' in page:
            continue
        # A quote of two sentences has no single anchor: the page's script
        # highlights the sentences it overlaps, so at least one must.
        start, end = map(int, anchor[2:].split("-"))
        spans = [
            (int(s), int(e)) for s, e in re.findall(r'data-start="(\d+)" data-end="(\d+)"', page)
        ]
        assert any(s < end and start < e for s, e in spans), node["href"]


def test_labels_follow_the_language(graph_path):
    dutch = generate_maps(load_graph(graph_path), kind="law", law="jeugdwet", lang="nl")
    english = generate_maps(load_graph(graph_path), kind="law", law="jeugdwet", lang="en")
    assert "<title>Wet: Jeugdwet</title>" in dutch.pages["law-jeugdwet.html"]
    assert "<title>Law: Youth Act</title>" in english.pages["law-jeugdwet.html"]


def test_max_nodes_caps_and_says_so(graph_path):
    maps = generate_maps(load_graph(graph_path), kind="voices", max_nodes=50)
    assert maps.maps[0].nodes == 50
    assert (
        "most central of" in maps.pages["voices.html"]
        and "(limit: 50)" in maps.pages["voices.html"]
    )


def test_unknown_names_are_usage_errors(graph_path):
    graph = load_graph(graph_path)
    with pytest.raises(UsageError, match="unknown municipality 'Atlantis'.*brunssum"):
        generate_maps(graph, kind="municipality", municipality="Atlantis")
    with pytest.raises(UsageError, match="unknown map kind"):
        generate_maps(graph, kind="galaxy")


def test_hostile_text_is_escaped_everywhere():
    maps = generate_maps(hostile_graph())
    for name, html in maps.pages.items():
        if name == "maps.json":  # data for the index, which escapes it (checked below)
            continue
        assert IMG not in html, name
        assert "<script>alert" not in html, name
        # only our own script blocks: data, vis-network and the page's (one on source pages)
        expected = 0 if name == "index.html" else 1 if name.startswith("sources/") else 3
        assert len(re.findall(r"<script\b", _without_vis(html))) == expected, name
    source = maps.pages["sources/evil.html"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in source
    tips = json.dumps(_data(maps.pages["findings.html"])["nodes"], ensure_ascii=False)
    assert "onerror=alert(1)" in tips and SCRIPT.replace('"', '\\"') in tips


def test_script_json_cannot_close_its_script():
    raw = script_json({"a": "</script><!--", "b": "\u2028"})
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    assert json.loads(raw) == {"a": "</script><!--", "b": "\u2028"}


def test_write_maps_writes_atomically_into_out(tmp_path, seed_maps, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "maps"
    written = write_maps(seed_maps, out)
    assert (out / "index.html").read_text(encoding="utf-8") == seed_maps.pages["index.html"]
    assert len(written) == len(seed_maps.pages)
    assert not (tmp_path / "lib").exists() and not (out / "lib").exists()
    assert not list(out.rglob("*.tmp"))


def test_edges_carry_the_ontology_labels_in_the_chosen_language(graph_path):
    graph = load_graph(graph_path)
    for lang, expected in (("en", "about municipality"), ("nl", "over gemeente")):
        page = generate_maps(graph, kind="municipality", municipality="brunssum", lang=lang)
        edges = _data(next(iter(page.pages.values())))["edges"]
        titles = {e["title"].split(" × ")[0] for e in edges}
        assert expected in titles
        assert not any(re.fullmatch(r"[a-z]+[A-Z]\w*", t) for t in titles), titles


def test_focus_base_and_entity_links_travel_with_the_map(seed_maps):
    data = _data(seed_maps.pages["municipality-brunssum.html"])
    focus = "https://w3id.org/kg-decentralisatie/id/municipality/brunssum"
    assert data["focus"] == focus and data["nodes"][-1]["id"] == focus
    assert data["base"] == "https://w3id.org/kg-decentralisatie/"
    entities = [n for n in data["nodes"] if not n["style"].startswith("finding")]
    linked = [n for n in entities if "href" in n]
    assert len(linked) > len(entities) / 2  # offline, an entity opens its first finding's sentence


def test_the_legend_draws_each_style_in_its_own_shape(seed_maps):
    from kg.maps.styles import style_of

    html = seed_maps.pages["municipality-brunssum.html"]
    for style, shape in re.findall(
        r'data-style="([^"]+)"><svg class="kg-swatch" data-shape="([^"]+)"', html
    ):
        assert style_of(style).shape == shape
    assert style_of("problem").shape != style_of("finding-negative").shape
