"""Metamorphic: rename Brunssum in its profile to another reference municipality."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from kg.build import build_graph
from kg.namespaces import ID, KG
from tests.conftest import ONTOLOGY, SEEDS

LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)


@pytest.fixture(scope="module", params=[("Hof van Twente", "GM1735"), ("Venray", "GM0984")])
def renamed(request, tmp_path_factory):
    name, code = request.param
    seeds = tmp_path_factory.mktemp("renamed")
    text = (SEEDS / "brunssum.txt").read_text(encoding="utf-8")
    assert "Brunssum" in text
    (seeds / "profile.txt").write_text(text.replace("Brunssum", name), encoding="utf-8")
    return name, code, build_graph(seeds, ONTOLOGY, curation=False)


def test_the_graph_names_the_new_municipality_with_its_code(renamed):
    name, code, result = renamed
    g = result.graph
    doc = URIRef(ID + "document/profile")
    muni = g.value(doc, URIRef(KG + "describes"))
    assert (muni, URIRef(KG + "cbsCode"), Literal(code)) in g
    assert (
        muni,
        OWL.sameAs,
        URIRef(f"https://identifier.overheid.nl/tooi/id/gemeente/{code.lower()}"),
    ) in g
    assert (muni, SKOS.prefLabel, Literal(name, lang="nl")) in g
    _, _, ex = result.documents[0]
    mentions = [m for m in ex.mentions if m.entity == str(muni)]
    assert len(mentions) >= 10


def test_no_iri_or_label_names_brunssum(renamed):
    _, _, result = renamed
    g = result.graph
    for s, p, o in g:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert "brunssum" not in str(term).lower(), (s, p, o)
        if p in LABELS:
            assert "brunssum" not in str(o).lower(), (s, p, o)
