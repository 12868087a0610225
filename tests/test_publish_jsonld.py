"""kg.publish.jsonld: flattened, sorted JSON-LD with the published context; lossless."""

from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import DataError
from kg.namespaces import DEFAULT_BASE, ID, KG
from kg.publish.jsonld import context_path, jsonld_document, load_context, serialize_jsonld


def small_graph() -> Graph:
    g = Graph()
    a = URIRef(ID + "municipality/a")
    g.add((a, RDF.type, URIRef(KG + "Municipality")))
    g.add((a, URIRef(KG + "quote"), Literal("zorg", lang="nl")))
    g.add((a, URIRef(KG + "count"), Literal("3", datatype=XSD.integer)))
    g.add((a, URIRef(KG + "note"), Literal("plain")))
    return g


def test_the_context_maps_the_project_prefixes():
    context = load_context()
    assert context["kg"] == KG and context["id"] == ID


def test_the_context_moves_onto_another_base():
    context = load_context(base="http://example.org/")
    assert context["kg"] == KG.replace(DEFAULT_BASE, "http://example.org/")


def test_nodes_use_compact_iris_and_explicit_literals():
    (node,) = jsonld_document(small_graph())["@graph"]
    assert node["@id"] == "id:municipality/a" and node["@type"] == ["kg:Municipality"]
    assert node["kg:quote"] == [{"@value": "zorg", "@language": "nl"}]
    assert node["kg:count"] == [{"@value": "3", "@type": "xsd:integer"}]
    assert node["kg:note"] == [{"@value": "plain"}]
    assert list(node) == sorted(node, key=lambda k: (k not in ("@id", "@type"), k))


def test_the_export_parses_back_to_the_same_triples():
    g = small_graph()
    data = serialize_jsonld(g)
    assert data.endswith(b"\n") and data == serialize_jsonld(g)
    back = Graph().parse(data=data, format="json-ld")
    assert set(back) == set(g)


def test_a_missing_or_broken_context_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="not found"):
        load_context(tmp_path)
    context_path(tmp_path).write_text(json.dumps({"@context": []}), encoding="utf-8")
    with pytest.raises(DataError, match="not a JSON-LD context"):
        load_context(tmp_path)
