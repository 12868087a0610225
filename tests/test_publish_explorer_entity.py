"""kg.publish.explorer.entity: an entity's page: labels, types, statements, formats."""

from __future__ import annotations

import pyoxigraph as ox

from kg.publish.explorer.entity import MAX_LITERAL, entity_page, term_html
from kg.publish.explorer.findings import FindingsIndex
from kg.publish.explorer.graphdata import GraphData, detect_store_base

BASE = "https://example.org/kg/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def n(path: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + path)


def data() -> GraphData:
    store = ox.Store()
    town, region = n("id/municipality/a"), n("id/region/r")
    quads = [
        (n("def"), TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")),
        (
            n("def#Municipality"),
            ox.NamedNode(SKOS + "prefLabel"),
            ox.Literal("Gemeente", language="nl"),
        ),
        (town, TYPE, n("def#Municipality")),
        (town, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Aadorp <oost>", language="nl")),
        (town, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("East Aadorp", language="en")),
        (town, n("def#memberOf"), region),
        (region, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Regio", language="nl")),
    ]
    for s, p, o in quads:
        store.add(ox.Quad(s, p, o))
    return GraphData(store, detect_store_base(store))


def test_term_html_links_local_iris_and_shortens_long_literals():
    graph = data()
    assert term_html(graph, n("id/region/r"), "nl") == '<a href="/id/region/r">Regio</a>'
    outside = term_html(graph, ox.NamedNode("http://other.example/x"), "nl")
    assert ">http://other.example/x</a>" in outside
    long = term_html(graph, ox.Literal("x" * (MAX_LITERAL + 5), language="nl"), "nl")
    assert "…" in long and long.endswith('<span class="kg-lang">@nl</span>')


def test_the_page_shows_both_labels_the_type_and_the_statements():
    page = entity_page(
        data(), FindingsIndex([]), BASE + "id/municipality/a", "/id/municipality/a", "nl"
    )
    text = page.decode()
    assert "<h1>Aadorp &lt;oost&gt;</h1>" in text and "East Aadorp" in text
    assert ">Gemeente</a>" in text.split("<h1>")[0]  # the type, above the title
    assert '<a href="/id/region/r">Regio</a>' in text
    for fmt in ("ttl", "jsonld", "nt"):
        assert f'href="/id/municipality/a?format={fmt}"' in text
    assert 'hreflang="en"' in text
