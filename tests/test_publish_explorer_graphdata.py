"""GraphData: labels, IRI ↔ path mapping under any base, descriptions, source texts."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.publish.explorer.graphdata import GraphData, detect_store_base, source_document

BASE = "https://example.org/kg/"
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def n(path: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + path)


@pytest.fixture()
def data() -> GraphData:
    store = ox.Store()
    town, region = n("id/municipality/a"), n("id/region/r")
    quads = [
        (n("def"), TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")),
        (n("def#Municipality"), TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Class")),
        (town, TYPE, n("def#Municipality")),
        (town, LABEL, ox.Literal("Aadorp", language="nl")),
        (town, RDFS_LABEL, ox.Literal("A-village", language="en")),
        (town, n("def#memberOf"), region),
        (region, LABEL, ox.Literal("Regio", language="nl")),
    ]
    for s, p, o in quads:
        store.add(ox.Quad(s, p, o))
    return GraphData(store, detect_store_base(store))


def test_the_base_comes_from_the_ontology_header(data):
    assert data.base == BASE and data.kg == BASE + "def#"


def test_labels_prefer_the_language_then_the_other(data):
    town = BASE + "id/municipality/a"
    assert data.label(town, "nl") == "Aadorp"
    assert data.label(town, "en") == "A-village"
    assert data.label(BASE + "id/region/r", "en") == "Regio"
    assert data.label(BASE + "id/unknown/thing-x", "en") == "thing-x"


def test_paths_map_to_iris_and_back(data):
    town = BASE + "id/municipality/a"
    assert data.local_path(town) == "/id/municipality/a"
    assert data.iri_for_path("/id/municipality/a") == town
    assert data.iri_for_path("/kg/id/municipality/a") == town  # with the base's own path
    assert data.local_path(BASE + "def#Municipality") == "/def#Municipality"
    assert data.iri_for_path("/def") == BASE + "def"
    assert data.local_path("https://elsewhere.org/id/x") is None
    assert data.iri_for_path("/findings") is None and data.iri_for_path("/id/") is None


def test_a_description_holds_both_directions_and_the_labels_of_neighbours(data):
    region = BASE + "id/region/r"
    triples = {
        (s.subject.value, s.predicate.value, str(s.object)) for s in data.description(region)
    }
    assert (BASE + "id/municipality/a", BASE + "def#memberOf", f"<{region}>") in triples
    assert any(t[0] == BASE + "id/municipality/a" and "Aadorp" in t[2] for t in triples)
    assert data.exists(region) and not data.exists(BASE + "id/region/none")


def test_the_ontology_description_lists_its_terms(data):
    subjects = {s.subject.value for s in data.description(BASE + "def")}
    assert BASE + "def#Municipality" in subjects


def test_source_documents_are_read_from_the_store(graph_path):
    store = ox.Store()
    store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    data = GraphData(store, detect_store_base(store))
    document = source_document(data, "brunssum")
    assert document is not None and len(document.spans) > 50
    start, end = document.spans[0]
    assert document.text[start:end].strip()
    assert source_document(data, "atlantis") is None


@pytest.mark.parametrize("rest", ["id/a b", "id/%ZZ", "id/a|b", 'id/x"y', "id/<x>", "id/a\\b"])
def test_a_path_that_is_no_iri_names_nothing(data, rest):
    iri = data.iri_for_path("/" + rest)
    assert iri is not None and not data.exists(iri)
