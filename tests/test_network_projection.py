"""The networkx projection is read from the RDF graph and typed."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from kg.errors import DataError
from kg.namespaces import KG
from kg.network import find_node, load_graph, project

TOWN = "https://w3id.org/kg-decentralisatie/id/municipality/"
PROBLEM = "https://w3id.org/kg-decentralisatie/concept/problem/"


@pytest.fixture(scope="module")
def projection(graph_path):
    return project(load_graph(graph_path))


def test_nodes_are_typed_with_both_labels(projection):
    brunssum = projection.nodes[TOWN + "brunssum"]
    assert brunssum["type"] == "municipality"
    assert brunssum["label_nl"] == "Brunssum" and brunssum["label_en"] == "Brunssum"
    law = projection.nodes["https://w3id.org/kg-decentralisatie/concept/law/jeugdwet"]
    assert law["type"] == "law" and law["label_en"] != law["label_nl"]
    types = {t for _, t in projection.nodes(data="type")}
    assert {
        "municipality",
        "actor",
        "law",
        "problem",
        "theme",
        "finding",
        "region",
        "body",
    } <= types


def test_relations_from_the_profiles(projection):
    edges = set(projection.edges(keys=True))
    assert (
        TOWN + "bunschoten",
        "https://w3id.org/kg-decentralisatie/id/region/eemland",
        "memberOf",
    ) in edges
    assert (
        "https://w3id.org/kg-decentralisatie/id/region/eemland",
        TOWN + "amersfoort",
        "leadMunicipality",
    ) in edges
    assert (TOWN + "brunssum", TOWN + "maastricht", "cooperatesWith") in edges
    assert (
        TOWN + "brunssum",
        "https://w3id.org/kg-decentralisatie/id/body/isd-bol",
        "memberOf",
    ) in edges


def test_findings_carry_quote_speaker_section_and_offsets(projection, graph):
    texts = {
        str(graph.value(doc, DCTERMS.identifier)): str(body)
        for doc, body in graph.subject_objects(URIRef(KG + "cleanedText"))
    }
    findings = [n for n, t in projection.nodes(data="type") if t == "finding"]
    assert findings
    for node in findings:
        data = projection.nodes[node]
        assert data["quote"] and data["document"] and data["section"]
        assert data["speaker_labels_en"]
        assert 0 <= data["start"] < data["end"]
        assert node.endswith(f"/{data['start']}-{data['end']}")
        assert texts[data["document"]][data["start"] : data["end"]] == data["quote"]


def test_both_profiles_report_privacy_rules_and_care_avoiders(projection):
    for problem in ("privacy-rules", "care-avoiders"):
        towns = {
            v
            for f, _, r in projection.in_edges(PROBLEM + problem, data="relation")
            if r == "concernsProblem"
            for _, v, r2 in projection.out_edges(f, data="relation")
            if r2 == "aboutMunicipality"
        }
        assert {TOWN + "brunssum", TOWN + "bunschoten"} <= towns


def test_unused_lexicon_concepts_are_left_out(projection):
    for node, data in projection.nodes(data=True):
        if data["type"] != "finding":
            assert projection.degree(node) > 0, node


def test_projection_does_not_mutate_the_graph(graph):
    before = len(graph)
    project(graph)
    assert len(graph) == before


def test_find_node_by_slug_label_or_iri(projection):
    assert find_node(projection, "brunssum", "municipality") == TOWN + "brunssum"
    assert find_node(projection, "BRUNSSUM") == TOWN + "brunssum"
    assert find_node(projection, "Jeugdwet", "law").endswith("/law/jeugdwet")
    with pytest.raises(KeyError, match="known: .*brunssum"):
        find_node(projection, "atlantis", "municipality")


def test_load_graph_errors_name_the_file(tmp_path):
    missing = tmp_path / "nope.ttl"
    with pytest.raises(DataError, match="nope.ttl"):
        load_graph(missing)
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <<<", encoding="utf-8")
    with pytest.raises(DataError, match="broken.ttl: cannot parse graph"):
        load_graph(broken)
