"""VoID + DCAT description of the dataset."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, VOID

from kg.namespaces import DEFAULT_BASE, KG
from kg.publish.void import describe_dataset, void_turtle, write_void

DATASET = URIRef(DEFAULT_BASE + "dataset")
SPDX = "http://spdx.org/rdf/terms#"


@pytest.fixture(scope="module")
def void(graph):
    return describe_dataset(graph)


def test_dataset_is_void_and_dcat_with_bilingual_title(void):
    assert (DATASET, RDF.type, VOID.Dataset) in void
    assert (DATASET, RDF.type, DCAT.Dataset) in void
    langs = {o.language for o in void.objects(DATASET, DCTERMS.title)}
    assert langs == {"nl", "en"}
    assert {o.language for o in void.objects(DATASET, DCTERMS.description)} == {"nl", "en"}
    assert void.value(DATASET, DCTERMS.license) is not None


def test_publisher_is_a_clearly_marked_placeholder(void):
    publisher = void.value(DATASET, DCTERMS.publisher)
    labels = [
        str(o)
        for o in void.objects(publisher, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    ]
    assert any(label.startswith("PLACEHOLDER") for label in labels)


def test_sources_carry_their_sha256(graph, void):
    for doc in graph.subjects(RDF.type, URIRef(KG + "SourceDocument")):
        sha = graph.value(doc, URIRef(KG + "sha256"))
        assert (DATASET, DCTERMS.source, doc) in void
        assert (doc, URIRef(KG + "sha256"), sha) in void
        checksum = void.value(doc, URIRef(SPDX + "checksum"))
        assert str(void.value(checksum, URIRef(SPDX + "checksumValue"))) == str(sha)


def test_counts_match_the_graph(graph, void):
    assert void.value(DATASET, VOID.triples) == Literal(len(graph))
    findings = len(set(graph.subjects(RDF.type, URIRef(KG + "Finding"))))
    partitions = {
        void.value(p, VOID["class"]): p for p in void.objects(DATASET, VOID.classPartition)
    }
    assert int(void.value(partitions[URIRef(KG + "Finding")], VOID.entities)) == findings


def test_vocabularies_examples_and_links(void):
    vocabularies = {str(v) for v in void.objects(DATASET, VOID.vocabulary)}
    assert {KG, "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#"} <= vocabularies
    examples = {str(e) for e in void.objects(DATASET, VOID.exampleResource)}
    assert DEFAULT_BASE + "id/document/brunssum" in examples
    linksets = list(void.objects(DATASET, VOID.subset))
    predicates = {str(void.value(ls, VOID.linkPredicate)) for ls in linksets}
    assert "http://www.w3.org/2002/07/owl#sameAs" in predicates


def test_endpoint_only_when_served(graph, void):
    assert void.value(DATASET, VOID.sparqlEndpoint) is None
    served = describe_dataset(graph, "http://127.0.0.1:8000/query")
    assert served.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://127.0.0.1:8000/query")


def test_no_blank_nodes_and_deterministic_turtle(graph, void):
    from rdflib import BNode

    assert not any(isinstance(term, BNode) for triple in void for term in triple)
    first = void_turtle(graph)
    assert first == void_turtle(graph)
    parsed = {q.triple for q in ox.parse(first, format=ox.RdfFormat.TURTLE)}
    assert len(parsed) == len(void)


def test_write_void(graph, tmp_path):
    path = write_void(graph, tmp_path)
    assert path.name == "void.ttl"
    assert len(Graph().parse(path)) > 0
