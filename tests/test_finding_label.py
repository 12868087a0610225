"""A finding's name, computed from the graph, is the label the build used to write."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.build import Resources, parse_seed
from kg.build.summary import finding_counts
from kg.finding_label import finding_labels, finding_name, rdflib_reader, store_reader
from kg.namespaces import KG, OA, RDF, RDFS
from kg.publish.explorer.graphdata import GraphData
from tests.conftest import ONTOLOGY, ROOT, SEEDS

PROFILES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "devset").glob("*.txt"))


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.create(ONTOLOGY, validate=False)


def _profile(path: Path, resources: Resources) -> tuple[str, dict[tuple[int, int], dict]]:
    """The profile's N-Triples and, per finding span, the labels the build once wrote."""
    from kg.rdf import document_triples

    source, doc, extraction = parse_seed(path, resources.lexicon, resources.headings)
    triples = document_triples(doc, source, extraction, resources.terms, resources.reference)
    triples.update(finding_counts(triples))
    expected = {}
    for f in extraction.findings:
        first = f.sentences[0] if f.sentences else 0
        expected[(f.start, f.end)] = {
            "nl": f"Bevinding {doc.title} {first}",
            "en": f"Finding {doc.title} {first}",
        }
    return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(triples)), expected


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_the_name_is_the_label_the_build_wrote(path, resources):
    text, expected = _profile(path, resources)
    graph = Graph().parse(data=text, format="nt")
    store = ox.Store()
    store.load(text.encode(), ox.RdfFormat.N_TRIPLES)
    findings = sorted(str(s) for s in graph.subjects(RDF_TYPE, FINDING))
    assert len(findings) == len(expected) > 50
    assert not [s for s in findings if list(graph.objects(_ref(s), RDFS_LABEL))], "no labels"
    data = GraphData(store, "https://w3id.org/kg-decentralisatie/")
    for finding in findings:
        quote = str(graph.value(_ref(finding), _ref(KG + "quote")))
        span = tuple(int(graph.value(_ref(quote), _ref(OA + p))) for p in ("start", "end"))
        want = expected[span]
        assert finding_labels(finding, *rdflib_reader(graph)) == want
        assert finding_labels(finding, *store_reader(store)) == want
        assert (data.label(finding, "nl"), data.label(finding, "en")) == (want["nl"], want["en"])


def test_a_quote_over_two_sentences_is_named_by_its_first():
    """The span names no sentence: the last one of the section starting at or before it."""
    g = Graph().parse(
        data="""
        @prefix kg: <https://w3id.org/kg-decentralisatie/def#> .
        @prefix oa: <http://www.w3.org/ns/oa#> .
        <urn:f> a kg:Finding ; kg:inDocument <urn:d> ; kg:inSection <urn:s> ; kg:quote <urn:q> .
        <urn:d> <http://purl.org/dc/terms/title> "Epe" .
        <urn:q> oa:start 120 ; oa:end 260 .
        <urn:s4> kg:order 4 ; oa:start 0 ; kg:inSection <urn:s> .
        <urn:s5> kg:order 5 ; oa:start 118 ; kg:inSection <urn:s> .
        <urn:s6> kg:order 6 ; oa:start 200 ; kg:inSection <urn:s> .
        """,
        format="turtle",
    )
    assert finding_labels("urn:f", *rdflib_reader(g))["en"] == "Finding Epe 5"
    g.remove((_ref("urn:f"), _ref(KG + "inSection"), None))  # no section: the document's
    for s in ("urn:s4", "urn:s5", "urn:s6"):
        g.add((_ref(s), _ref(KG + "inDocument"), _ref("urn:d")))
    assert finding_labels("urn:f", *rdflib_reader(g))["nl"] == "Bevinding Epe 5"


def test_not_a_finding_has_no_name():
    g = Graph().parse(data="<urn:x> a <urn:Thing> .", format="turtle")
    assert finding_labels("urn:x", *rdflib_reader(g)) == {}
    assert finding_name("Epe", 0, "de") == "Finding Epe 0"


def _ref(iri: str):  # noqa: ANN202
    from rdflib import URIRef

    return URIRef(iri)


RDF_TYPE = _ref(RDF + "type")
RDFS_LABEL = _ref(RDFS + "label")
FINDING = _ref(KG + "Finding")
