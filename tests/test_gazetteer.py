"""RDF generated from the reference data (kg.gazetteer)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.gazetteer import described_codes, municipality_iri, reference_triples, region_iri
from kg.namespaces import DCTERMS, ID, KG, ORG
from kg.reference import default_reference
from kg.terms import NTriplesTerms, RdflibTerms


def graph_for(*slugs: str) -> Graph:
    g = Graph()
    iris = [f"{ID}municipality/{slug}" for slug in slugs]
    for triple in reference_triples(default_reference(), iris, RdflibTerms()):
        g.add(triple)
    return g


def k(name: str) -> URIRef:
    return URIRef(KG + name)


def test_iris_follow_the_cbs_name():
    ref = default_reference()
    assert municipality_iri(ref.by_code["GM0899"]) == ID + "municipality/brunssum"
    assert municipality_iri(ref.by_code["GM0893"]) == ID + "municipality/bergen-l"
    assert municipality_iri(ref.by_code["GM1900"]) == ID + "municipality/sudwest-fryslan"
    region = ref.region_of["GM0899"]
    assert region_iri(region) == ID + "region/arbeidsmarktregio-zuid-limburg"


def test_municipality_has_code_tooi_iri_labels_and_province():
    g = graph_for("bergen-l")
    m = URIRef(ID + "municipality/bergen-l")
    assert (m, RDF.type, k("Municipality")) in g
    assert (m, k("cbsCode"), Literal("GM0893")) in g
    assert (m, URIRef(DCTERMS + "identifier"), Literal("GM0893")) in g
    assert (m, OWL.sameAs, URIRef("https://identifier.overheid.nl/tooi/id/gemeente/gm0893")) in g
    assert set(g.objects(m, SKOS.prefLabel)) == {
        Literal("Bergen", lang="nl"),
        Literal("Bergen", lang="en"),
    }
    assert (m, SKOS.altLabel, Literal("Bergen (L.)", lang="nl")) in g
    province = g.value(m, k("province"))
    assert (province, RDF.type, k("Province")) in g
    assert (province, SKOS.prefLabel, Literal("Limburg", lang="nl")) in g


def test_merger_links_both_municipalities():
    g = graph_for("onderbanken")
    old, new = URIRef(ID + "municipality/onderbanken"), URIRef(ID + "municipality/beekdaelen")
    assert (old, k("mergedInto"), new) in g
    assert (old, k("validToYear"), Literal(2018)) in g
    assert (new, RDF.type, k("Municipality")) in g
    assert (new, k("cbsCode"), Literal("GM1954")) in g
    assert (new, k("validFromYear"), Literal(2019)) in g
    assert (new, k("mergedInto"), None) not in g


def test_labour_market_region_with_named_members_and_central_municipality():
    g = graph_for("brunssum", "landgraaf")
    region = URIRef(ID + "region/arbeidsmarktregio-zuid-limburg")
    heerlen = URIRef(ID + "municipality/heerlen")
    assert (region, RDF.type, k("LabourMarketRegion")) in g
    assert (region, RDF.type, k("Region")) in g
    assert (region, SKOS.prefLabel, Literal("arbeidsmarktregio Zuid-Limburg", lang="nl")) in g
    assert (region, k("leadMunicipality"), heerlen) in g
    assert (heerlen, k("cbsCode"), Literal("GM0917")) in g
    members = set(g.objects(region, k("hasMember")))
    assert members == {
        URIRef(ID + f"municipality/{s}") for s in ("brunssum", "landgraaf", "heerlen")
    }
    assert set(g.objects(region, URIRef(ORG + "hasMember"))) == members
    for member in members:
        assert (member, k("memberOf"), region) in g


def test_a_region_named_without_its_members_is_described_through_its_central():
    # "Tiel valt onder de arbeidsmarktregio Stedendriehoek en Noordwest Veluwe": the
    # region is named, none of its members is; without a description of its own the
    # shapes would refuse the finding that concerns it
    region = ID + "region/arbeidsmarktregio-stedendriehoek-en-noordwest-veluwe"
    g = Graph()
    for triple in reference_triples(default_reference(), [region], RdflibTerms()):
        g.add(triple)
    node, apeldoorn = URIRef(region), URIRef(ID + "municipality/apeldoorn")
    assert (node, RDF.type, k("Region")) in g
    assert (node, RDF.type, k("LabourMarketRegion")) in g
    assert (node, k("leadMunicipality"), apeldoorn) in g
    assert (apeldoorn, RDF.type, k("Municipality")) in g


def test_municipality_founded_after_2015_has_no_region():
    g = graph_for("beekdaelen")
    assert not list(g.subjects(RDF.type, k("LabourMarketRegion")))


def test_unknown_iris_give_nothing():
    assert len(graph_for("zuiderwolde")) == 0
    assert described_codes(default_reference(), [ID + "body/isd-bol"]) == []


@pytest.mark.parametrize("slug", ["brunssum", "sudwest-fryslan", "s-gravenhage"])
def test_ntriples_and_rdflib_terms_give_the_same_graph(slug):
    iris = [f"{ID}municipality/{slug}"]
    nt = reference_triples(default_reference(), iris, NTriplesTerms())
    lines = "\n".join(f"{s} {p} {o} ." for s, p, o in sorted(nt))
    assert Graph().parse(data=lines, format="nt").isomorphic(graph_for(slug))
