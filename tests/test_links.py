"""Links to public identifiers: only the ones in shared/reference/identifiers.md.

The allow-list below is copied from that file (TOOI IRIs, CBS codes, BWB ids).
An identifier not in it (for example a BWB id someone looked up elsewhere) must
not be in the ontology; when the reference file is beside the repository, the
test also checks the allow-list against it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, SKOS

from kg.namespaces import KG
from kg.ontology import load_ontology

MUNICIPALITIES = {
    "brunssum": "GM0899",
    "bunschoten": "GM0313",
    "amersfoort": "GM0307",
    "baarn": "GM0308",
    "soest": "GM0342",
    "maastricht": "GM0935",
    "landgraaf": "GM0882",
    "onderbanken": "GM0881",
    "heerlen": "GM0917",
}
MINISTRIES = {"mnre1025", "mnre1073", "mnre1034"}
LAWS = {"BWBR0035362", "BWBR0034925", "BWBR0015703", "BWBR0008903"}
TOOI = "https://identifier.overheid.nl/tooi/id/"
WETTEN = "https://wetten.overheid.nl/"

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "identifiers.md"


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_every_public_identifier_is_in_the_reference(ontology):
    allowed_iris = {f"{TOOI}gemeente/{code.lower()}" for code in MUNICIPALITIES.values()}
    allowed_iris |= {f"{TOOI}ministerie/{m}" for m in MINISTRIES}
    allowed_iris |= {WETTEN + bwb for bwb in LAWS}
    used = {
        str(o)
        for p in (OWL.sameAs, SKOS.exactMatch, FOAF.page)
        for o in ontology.objects(None, p)
        if str(o).startswith((TOOI, WETTEN))
    }
    assert used <= allowed_iris, sorted(used - allowed_iris)
    law_ids = {
        str(o)
        for s in ontology.subjects(RDF.type, URIRef(KG + "Law"))
        for o in ontology.objects(s, DCTERMS.identifier)
    }
    assert law_ids <= LAWS, sorted(law_ids - LAWS)


def test_known_entities_are_linked(ontology):
    from rdflib import Graph

    from kg.gazetteer import reference_triples
    from kg.reference import default_reference
    from kg.terms import RdflibTerms

    base = "https://w3id.org/kg-decentralisatie/"
    # municipalities are generated from the reference data, not typed in the ontology
    iris = [f"{base}id/municipality/{slug}" for slug in MUNICIPALITIES]
    generated = Graph()
    for triple in reference_triples(default_reference(), iris, RdflibTerms()):
        generated.add(triple)
    for slug, code in MUNICIPALITIES.items():
        muni = URIRef(f"{base}id/municipality/{slug}")
        assert str(generated.value(muni, URIRef(KG + "cbsCode"))) == code
        assert generated.value(muni, OWL.sameAs) == URIRef(f"{TOOI}gemeente/{code.lower()}")
    for law, bwb in (
        ("wmo-2015", "BWBR0035362"),
        ("jeugdwet", "BWBR0034925"),
        ("participatiewet", "BWBR0015703"),
        ("wsw", "BWBR0008903"),
    ):
        concept = URIRef(f"{base}concept/law/{law}")
        assert str(ontology.value(concept, DCTERMS.identifier)) == bwb
        assert ontology.value(concept, FOAF.page) == URIRef(WETTEN + bwb)
    ministries = {str(o) for o in ontology.objects(None, OWL.sameAs) if "/ministerie/" in str(o)}
    assert ministries == {f"{TOOI}ministerie/{m}" for m in MINISTRIES}


@pytest.mark.skipif(not REFERENCE.is_file(), reason=f"{REFERENCE} not beside the repository")
def test_allow_list_matches_the_reference_file():
    text = REFERENCE.read_text(encoding="utf-8")
    for code in MUNICIPALITIES.values():
        assert code in text
    for value in MINISTRIES | LAWS:
        assert value in text
