"""The extractor follows the text: rename a municipality and change its numbers."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.build import build_graph
from kg.namespaces import ID, KG
from tests.conftest import ONTOLOGY, SEEDS

NEW = URIRef(ID + "municipality/zuiderwolde")
OLD = URIRef(ID + "municipality/brunssum")
DOC = URIRef(ID + "document/brunssum")


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    """Brunssum's profile as 'Zuiderwolde' with other numbers, built without curation."""
    seeds = tmp_path_factory.mktemp("renamed")
    text = (SEEDS / "brunssum.txt").read_text(encoding="utf-8")
    for old, new in [
        ("Brunssumse", "Zuiderwoldse"),
        ("Brunssum", "Zuiderwolde"),
        ("30.000", "41.000"),
        ("60%", "55%"),
        ("€  850,-", "€  910,-"),  # two spaces in the raw PDF text
        ("8 ton", "9 ton"),
    ]:
        assert old in text
        text = text.replace(old, new)
    (seeds / "brunssum.txt").write_text(text, encoding="utf-8")
    shutil.copyfile(SEEDS / "bunschoten.txt", seeds / "bunschoten.txt")
    return build_graph(seeds, ONTOLOGY, curation=False)


def values(graph, area):
    q = """SELECT ?v ?u WHERE { ?o a kg:IndicatorObservation ; kg:refArea ?a ;
           kg:inDocument ?d ; kg:value ?v ; kg:unit ?u }"""
    rows = graph.query(q, initNs={"kg": KG}, initBindings={"a": area, "d": DOC})
    return {(Decimal(str(r.v)), str(r.u)) for r in rows}


def test_new_name_is_the_municipality(renamed):
    g = renamed.graph
    assert (NEW, SKOS.prefLabel, Literal("Zuiderwolde", lang="nl")) in g
    assert (DOC, URIRef(KG + "describes"), NEW) in g
    about = set(g.objects(None, URIRef(KG + "aboutMunicipality")))
    assert NEW in about and OLD not in about


def test_adjective_of_the_new_name_is_a_mention(renamed):
    _, doc, ex = next(d for d in renamed.documents if d[1].name == "brunssum")
    texts = {m.text for m in ex.mentions if m.entity == str(NEW)}
    assert {"Zuiderwolde", "Zuiderwoldse"} <= texts


def test_new_numbers_present_old_ones_absent(renamed):
    got = values(renamed.graph, NEW)
    for new in [
        (Decimal(41000), "count"),
        (Decimal(55), "percent"),
        (Decimal(910), "EUR per inhabitant"),
        (Decimal(900000), "EUR"),
    ]:
        assert new in got
    for old in [
        (Decimal(30000), "count"),
        (Decimal(60), "percent"),
        (Decimal(850), "EUR per inhabitant"),
        (Decimal(800000), "EUR"),
    ]:
        assert old not in got
    assert values(renamed.graph, OLD) == set()


def test_old_name_absent_from_the_document_data(renamed):
    g = renamed.graph
    data = [
        (s, p, o)
        for s, p, o in g
        if str(s).startswith(ID + "document/brunssum") or (s, URIRef(KG + "inDocument"), DOC) in g
    ]
    assert data
    for s, p, o in data:
        assert "Brunssum" not in str(o), (s, p)
        assert o != OLD


def test_renamed_build_is_deterministic(renamed, tmp_path):
    seeds = tmp_path / "again"
    seeds.mkdir()
    text = (SEEDS / "brunssum.txt").read_text(encoding="utf-8").replace("Brunssum", "Zuiderwolde")
    (seeds / "brunssum.txt").write_text(text, encoding="utf-8")
    first = build_graph(seeds, ONTOLOGY, curation=False).turtle
    second = build_graph(seeds, ONTOLOGY, curation=False).turtle
    assert first == second
