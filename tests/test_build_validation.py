"""`kg build` validates before publishing and writes void.ttl beside kg.ttl."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import RDF, Graph, URIRef

from kg.build import write_build
from kg.errors import DataError
from kg.namespaces import KG


def test_build_writes_graph_and_void(built_dir):
    assert (built_dir / "kg.ttl").is_file()
    void = Graph().parse(built_dir / "void.ttl")
    assert (None, RDF.type, URIRef("http://rdfs.org/ns/void#Dataset")) in void


def test_non_conforming_graph_is_not_written(build_result, tmp_path):
    write_build(build_result, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.ttl")}
    bad = Graph()
    bad += build_result.graph
    finding = sorted(bad.subjects(RDF.type, URIRef(KG + "Finding")))[0]
    bad.remove((finding, URIRef(KG + "speaker"), None))
    turtle = bad.serialize(format="turtle", encoding="utf-8")
    broken = dataclasses.replace(build_result, turtle=turtle)
    with pytest.raises(DataError, match=r"does not conform.*nothing written.*kg:speaker"):
        write_build(broken, tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.glob("*.ttl")}
    assert after == before
    assert sorted(before) == ["kg.ttl", "void.ttl"]
