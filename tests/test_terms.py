"""kg.terms: N-Triples and rdflib term makers give the same terms; rdflib's node order."""

from __future__ import annotations

from decimal import Decimal

from rdflib import BNode, Literal, URIRef

from kg.namespaces import DEFAULT_BASE
from kg.terms import NTriplesTerms, RdflibTerms, sorted_nodes
from kg.turtle import term_nt


def test_both_term_makers_agree():
    nt, rd = NTriplesTerms(), RdflibTerms()
    iri = DEFAULT_BASE + "id/municipality/brunssum"
    pairs = [
        (nt.iri(iri), rd.iri(iri)),
        (nt.node(iri), rd.node(iri)),
        (nt.literal("zorg", "nl"), rd.literal("zorg", "nl")),
        (nt.literal("plain"), rd.literal("plain")),
        (nt.integer(42), rd.integer(42)),
        (nt.boolean(True), rd.boolean(True)),
        (nt.boolean(False), rd.boolean(False)),
        (nt.decimal(Decimal("2.50")), rd.decimal(Decimal("2.50"))),
    ]
    for text, term in pairs:
        assert text == term_nt(term)


def test_iris_under_the_default_base_move_to_the_configured_base():
    terms = NTriplesTerms("http://example.org/kg/")
    assert terms.iri(DEFAULT_BASE + "id/x") == "<http://example.org/kg/id/x>"
    assert terms.node(DEFAULT_BASE + "id/y") == "<http://example.org/kg/id/y>"
    assert terms.iri("http://other.org/z") == "<http://other.org/z>"  # other IRIs stay


def test_sorted_nodes_is_rdflibs_order():
    nodes = [Literal(10), URIRef("urn:b"), Literal(9), URIRef("urn:a"), BNode("x")]
    assert sorted_nodes(nodes) == sorted(nodes)
    assert [str(n) for n in sorted_nodes([Literal(10), Literal(9)])] == ["9", "10"]
