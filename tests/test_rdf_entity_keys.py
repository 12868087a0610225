"""Mention and relation IRIs stay apart when two entities share a name."""

from __future__ import annotations

from rdflib import URIRef

from kg.build import build_graph
from kg.namespaces import KG
from kg.publish.validate import validate_graph
from kg.rdf import entity_keys
from tests.conftest import ONTOLOGY, SEEDS


def test_keys_are_the_last_segment_unless_two_clash():
    keys = entity_keys(
        ["http://x/law/jeugdwet", "http://x/municipality/jeugdwet", "http://x/law/wmo-2015"]
    )
    assert keys == {
        "http://x/law/jeugdwet": "law-jeugdwet",
        "http://x/municipality/jeugdwet": "municipality-jeugdwet",
        "http://x/law/wmo-2015": "wmo-2015",
    }


def test_a_profile_titled_with_a_law_name_conforms_to_the_shapes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = (SEEDS / "bunschoten.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (seeds / "jeugdwet.txt").write_text(" Jeugdwet \n" + body, encoding="utf-8")
    result = build_graph(seeds, ONTOLOGY)
    report = validate_graph(result.graph)
    assert report.conforms, report
    refers = URIRef(KG + "refersTo")
    for mention in set(result.graph.subjects(refers, None)):
        assert len(list(result.graph.objects(mention, refers))) == 1, mention
