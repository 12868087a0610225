"""The explorer's HTML pieces escape graph text and never link to unsafe targets."""

from __future__ import annotations

import pyoxigraph as ox

from kg.publish.explorer.editor import editor_page
from kg.publish.explorer.entity import entity_page
from kg.publish.explorer.findings import Finding, FindingsIndex
from kg.publish.explorer.findings_html import findings_page, highlight, source_path
from kg.publish.explorer.graphdata import GraphData
from kg.publish.explorer.page import href, layout, link, query_string
from kg.query.library import make_query

BASE = "https://w3id.org/kg-decentralisatie/"
EVIL = '<img src=x onerror=alert(1)>"'


def test_links_are_local_or_http_only():
    assert href("javascript:alert(1)") is None and href("//evil.org/x") is None
    assert href("data:text/html,x") is None
    assert (
        link("javascript:alert(1)", EVIL) == "<span>&lt;img src=x onerror=alert(1)&gt;&quot;</span>"
    )
    assert 'href="/id/a%20b"' in link("/id/a b", "x")


def test_the_layout_loads_scripts_from_static_only():
    page = layout(EVIL, "<p>x</p>", scripts=("editor.js",)).decode()
    assert "<img" not in page and "<script>" not in page
    assert '<script src="/static/editor.js"></script>' in page


def test_query_strings_are_encoded():
    assert query_string({"q": ['a&b="c"']}) == "?q=a%26b%3D%22c%22"


def test_highlight_escapes_around_the_marks():
    assert highlight("<b>zorg</b>", ["zorg"]) == "&lt;b&gt;<mark>zorg</mark>&lt;/b&gt;"


def _data() -> tuple[GraphData, FindingsIndex, str]:
    store = ox.Store()
    town = ox.NamedNode(BASE + "id/municipality/evil")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    store.add(ox.Quad(town, label, ox.Literal(EVIL, language="en")))
    page = ox.NamedNode("http://xmlns.com/foaf/0.1/page")
    store.add(ox.Quad(town, page, ox.NamedNode("javascript:alert(1)")))
    finding = Finding(
        BASE + "id/finding/evil/0-5", EVIL, "evil", 0, 5, {"municipality": (town.value,)}
    )
    return GraphData(store, BASE), FindingsIndex([finding]), town.value


def test_entity_and_findings_pages_show_hostile_text_as_text():
    data, index, town = _data()
    for page in (
        entity_page(data, index, town, "/id/municipality/evil", "en").decode(),
        findings_page(data, index.search(""), "", {}, "en").decode(),
    ):
        assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
        assert 'href="javascript' not in page
    assert source_path(index.findings[0]) == "/source/evil#s-0-5"


def test_the_editor_lists_queries_escaped():
    page = editor_page([make_query("SELECT * {?s ?p ?o}", EVIL)], BASE).decode()
    assert "<img" not in page and 'data-base="https://w3id.org/kg-decentralisatie/"' in page
