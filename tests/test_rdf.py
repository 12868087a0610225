"""kg.rdf: one writer, two term makers, the same triples; every closed set has its IRI."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.document import parse_profile
from kg.extract import Lexicon, extract
from kg.loading import read_profile
from kg.namespaces import KG, OA, RDF
from kg.ontology import load_ontology
from kg.rdf import (
    CLASS_OF_KIND,
    RELATION_TYPE,
    add_dataset_metadata,
    add_document,
    document_iri,
    document_triples,
    entity_keys,
)
from kg.terms import NTriplesTerms
from kg.turtle import term_nt
from kg.vocab import ENTITY_KINDS, RELATION_TYPES

PROFILE = """Gemeente Voorbeeld

Samenwerking

De gemeente Voorbeeld werkt samen met de gemeente Heerlen in de regio Parkstad.
Raadsleden geven aan dat de wachtlijsten in de jeugdzorg een knelpunt zijn.
"""


def read_and_extract(path, text: str):  # noqa: ANN001, ANN201
    """Write ``text`` to ``path`` and return its source, document and extraction."""
    path.write_text(text, encoding="utf-8")
    source = read_profile(path)
    doc = parse_profile(source.text, source.name)
    return source, doc, extract(doc, Lexicon.from_graph(load_ontology()))


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    return read_and_extract(tmp_path_factory.mktemp("rdf") / "voorbeeld.txt", PROFILE)


def test_every_closed_set_value_has_its_class_or_property():
    assert set(CLASS_OF_KIND) == set(ENTITY_KINDS)
    assert set(RELATION_TYPE) == set(RELATION_TYPES)


def test_document_iri_is_a_slug():
    assert document_iri("Hof van Twente").endswith("/id/document/hof-van-twente")


def test_entity_keys_add_the_kind_only_on_a_clash():
    keys = entity_keys(["http://x/law/a", "http://x/municipality/a", "http://x/role/b"])
    assert keys == {
        "http://x/law/a": "law-a",
        "http://x/municipality/a": "municipality-a",
        "http://x/role/b": "b",
    }


def test_both_term_makers_write_the_same_document(parsed):
    source, doc, extraction = parsed
    graph = Graph()
    add_document(graph, doc, source, extraction)
    as_text = {tuple(term_nt(t) for t in triple) for triple in graph}
    assert document_triples(doc, source, extraction, NTriplesTerms()) == as_text
    assert len(as_text) > 20


def test_every_quote_points_at_its_text(parsed):
    source, doc, extraction = parsed
    graph = Graph()
    add_document(graph, doc, source, extraction)
    text = str(graph.value(URIRef(document_iri("voorbeeld")), URIRef(KG + "cleanedText")))
    quotes = list(graph.subjects(URIRef(OA + "exact"), None))
    assert len(quotes) >= 2  # at least the two sentences
    for quote in quotes:
        start = graph.value(quote, URIRef(OA + "start"))
        end = graph.value(quote, URIRef(OA + "end"))
        exact = graph.value(quote, URIRef(OA + "exact"))
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert text[start.toPython() : end.toPython()] == str(exact)


def test_dataset_metadata_is_the_same_from_both_makers():
    graph = Graph()
    add_dataset_metadata(graph)
    lines: set[tuple[str, str, str]] = set()
    add_dataset_metadata(lines, NTriplesTerms())
    assert lines == {tuple(term_nt(t) for t in triple) for triple in graph}
    assert (None, URIRef(RDF + "type"), URIRef(KG + "IndicatorDataSet")) in graph


def _offsets(graph, node):
    return graph.value(node, URIRef(OA + "start")).toPython(), graph.value(
        node, URIRef(OA + "end")
    ).toPython()


def test_a_span_quote_names_the_sentence_that_holds_it(graph):
    """kg:inSentence on a span quote is exactly the sentence whose offsets enclose it."""
    kind, in_doc = URIRef(RDF + "type"), URIRef(KG + "inDocument")
    sentences: dict[object, list[tuple[int, int, object]]] = {}
    for sentence in graph.subjects(kind, URIRef(KG + "Sentence")):
        sentences.setdefault(graph.value(sentence, in_doc), []).append(
            (*_offsets(graph, sentence), sentence)
        )
    quotes = sorted(graph.subjects(kind, URIRef(KG + "Quote")))
    linked = 0
    for quote in quotes:
        start, end = _offsets(graph, quote)
        holders = [
            s for a, b, s in sentences[graph.value(quote, in_doc)] if a <= start and end <= b
        ]
        named = list(graph.objects(quote, URIRef(KG + "inSentence")))
        assert named == holders
        linked += len(named)
    assert linked > 20  # the seeds' figures stand in sentences


def test_findings_state_what_they_concern_once(graph):
    """No kg:concerns beside its sub-properties: the query path reads all four."""
    assert not list(graph.triples((None, URIRef(KG + "concerns"), None)))
    specific = [
        URIRef(KG + name)
        for name in ("concernsProblem", "concernsLaw", "concernsActor", "concernsOrganisation")
    ]
    assert all(list(graph.triples((None, prop, None))) for prop in specific)


def test_a_law_concerned_without_a_mention_is_concerned_as_a_law(tmp_path):
    # "werk en inkomen" names the Participatiewet's domain, not the law: the finding
    # concerns it with no mention of it among the extraction's entities
    source, doc, ex = read_and_extract(
        tmp_path / "tiel.txt",
        "Tiel\n\nSociaal team\n\n"
        "Het team voert de keukentafelgesprekken voor Wmo, jeugd en werk en inkomen.\n",
    )
    law = "https://w3id.org/kg-decentralisatie/concept/law/participatiewet"
    assert law in ex.findings[0].concerns and law not in ex.entities
    g = Graph()
    add_document(g, doc, source, ex)
    assert (None, URIRef(KG + "concernsLaw"), URIRef(law)) in g
    assert (None, URIRef(KG + "concernsOrganisation"), URIRef(law)) not in g


def test_one_figure_compared_with_two_places_is_one_observation_each(tmp_path):
    # "meer dan in Borsele en Kapelle": the extractor gives each place its own indicator
    # over the same span; each is its own observation with one kg:reference
    source, doc, ex = read_and_extract(
        tmp_path / "goes.txt",
        "Goes\n\nJeugd\n\n"
        "Ongeveer 11% van de jongeren krijgt jeugdhulp. Dat is meer dan in Borsele en Kapelle.\n",
    )
    assert sorted(i.reference for i in ex.indicators) == ["borsele", "kapelle"]
    g = Graph()
    add_document(g, doc, source, ex)
    observations = set(g.subjects(URIRef(RDF + "type"), URIRef(KG + "IndicatorObservation")))
    assert len(observations) == 2
    for obs in observations:
        assert len(list(g.objects(obs, URIRef(KG + "reference")))) == 1
