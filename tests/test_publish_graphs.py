"""Partition of the graph into named graphs (shared by TriG and push)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef

from kg.graphfile import load_graph
from kg.namespaces import DEFAULT_BASE, KG
from kg.publish.graphs import detect_base, graph_iri, partition

ID = DEFAULT_BASE + "id/"


@pytest.fixture(scope="module")
def parts(graph):
    return partition(graph)


def test_union_of_named_graphs_is_the_whole_graph(graph, parts):
    union = {t for triples in parts.values() for t in triples}
    assert union == set(graph)


def test_one_graph_per_document_plus_ontology_and_entities(graph, parts):
    names = {str(n) for n in parts}
    assert names == {
        DEFAULT_BASE + "graph/document/brunssum",
        DEFAULT_BASE + "graph/document/bunschoten",
        DEFAULT_BASE + "graph/ontology",
        DEFAULT_BASE + "graph/entities",
    }


def test_document_graph_holds_its_findings_and_quotes(parts):
    brunssum = parts[graph_iri("document", slug="brunssum")]
    subjects = {str(s) for s, _, _ in brunssum}
    assert ID + "document/brunssum" in subjects
    assert any(s.startswith(ID + "finding/brunssum/") for s in subjects)
    assert any(s.startswith(ID + "document/brunssum/sentence/") for s in subjects)
    assert not any("bunschoten" in s for s in subjects if "/finding/" in s)


def test_direct_relation_triples_go_with_the_document_that_states_them(parts):
    brunssum, maastricht = (
        URIRef(ID + "municipality/brunssum"),
        URIRef(ID + "municipality/maastricht"),
    )
    triple = (brunssum, URIRef(KG + "cooperatesWith"), maastricht)
    holders = [str(name) for name, triples in parts.items() if triple in triples]
    assert holders == [DEFAULT_BASE + "graph/document/brunssum"]


def test_gazetteer_and_vocabularies_are_in_the_ontology_graph(parts):
    onto = parts[graph_iri("ontology")]
    assert (URIRef(ID + "organisation/uwv"), RDF.type, URIRef(KG + "Organisation")) in onto
    assert (URIRef(KG + "Finding"), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in onto


def test_reference_municipalities_are_in_the_entities_graph(parts):
    # generated from kg/data/reference at build time, not part of ontology/*.ttl
    entities = parts[graph_iri("entities")]
    assert (URIRef(ID + "municipality/brunssum"), RDF.type, URIRef(KG + "Municipality")) in entities


def test_measures_are_in_the_ontology_graph_not_minted(parts):
    # The extractor no longer mints measures: they come from ontology/measures.ttl.
    measure = URIRef(KG + "Measure")
    assert any(o == measure for _, p, o in parts[graph_iri("ontology")] if p == RDF.type)
    assert not any(o == measure for _, p, o in parts[graph_iri("entities")] if p == RDF.type)


def test_partition_is_sorted_and_leaves_graph_untouched(graph):
    before = len(graph)
    first, second = partition(graph), partition(graph)
    assert first == second
    assert list(first) == sorted(first)
    assert len(graph) == before


def test_rebased_graph_is_partitioned_under_its_base(build_result):
    from kg.namespaces import rebase_graph

    base = "https://example.org/kg/"
    rebased = rebase_graph(build_result.graph, base)
    assert detect_base(rebased) == base
    names = {str(n) for n in partition(rebased)}
    assert base + "graph/document/brunssum" in names
    assert base + "graph/ontology" in names


def test_detect_base_defaults_without_ontology_header():
    assert detect_base(Graph()) == DEFAULT_BASE


def test_load_graph_reports_unparseable_file(tmp_path):
    from kg.errors import DataError

    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(DataError, match="bad.ttl: cannot parse graph"):
        load_graph(bad)
