"""kg.terms: the term model, its N-Triples text, engine conversions, the term makers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef

from kg.namespaces import DEFAULT_BASE
from kg.terms import (
    XSD,
    NTriplesTerms,
    RdflibTerms,
    Term,
    escape_string,
    from_oxigraph,
    from_rdflib,
    rdflib_to_oxigraph,
    sorted_nodes,
    to_oxigraph,
    to_rdflib,
)
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


@given(st.text())
def test_any_string_round_trips_through_ntriples(value):
    term = Term.literal(value)
    (parsed,) = ox.parse(
        f"<http://e/s> <http://e/p> {term.n3()} .".encode(), format=ox.RdfFormat.N_TRIPLES
    )
    assert parsed.object.value == value


@pytest.mark.parametrize(
    "bad", ["http://e/a>b", "http://e/a b", 'http://e/"', "http://e/{x}", "relative", ""]
)
def test_invalid_iris_are_refused(bad):
    with pytest.raises(ValueError):
        Term.iri(bad)


def test_json_form():
    assert Term.literal("x", lang="NL").to_json() == {
        "type": "literal",
        "value": "x",
        "xml:lang": "nl",
    }
    assert Term.literal("1", XSD + "integer").to_json()["datatype"] == XSD + "integer"
    assert Term.literal("x", XSD + "string").to_json() == {"type": "literal", "value": "x"}
    assert Term.from_json(
        {"type": "typed-literal", "value": "1", "datatype": XSD + "integer"}
    ) == Term("literal", "1", XSD + "integer")
    with pytest.raises(ValueError):
        Term.from_json({"type": "triple", "value": "x"})


def test_python_values():
    assert Term.literal("42", XSD + "integer").python() == 42
    assert Term.literal("2.50", XSD + "decimal").python() == Decimal("2.50")
    assert Term.literal("true", XSD + "boolean").python() is True
    assert Term.literal("2015-01-01", XSD + "date").python() == dt.date(2015, 1, 1)
    assert Term.literal("not a number", XSD + "integer").python() == "not a number"
    assert Term.iri("http://e/a").python() == "http://e/a"
    assert Term("bnode", "b0").python() == "_:b0"


@pytest.mark.parametrize(
    "term",
    [
        Term.iri("http://e/a"),
        Term.literal("x"),
        Term.literal("x", lang="nl"),
        Term.literal("1", XSD + "integer"),
    ],
)
def test_engine_round_trips(term):
    assert from_oxigraph(to_oxigraph(term)) == term
    assert from_rdflib(to_rdflib(term)) == term


@given(st.text())
def test_escaped_strings_parse_back_in_oxigraph(value):
    line = f'<http://e/s> <http://e/p> "{escape_string(value)}" .'
    (parsed,) = ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES)
    assert parsed.object.value == value


@pytest.mark.parametrize(
    "term",
    [URIRef("http://e/a"), Literal("x"), Literal("x", lang="nl"), Literal(3), BNode("b1")],
)
def test_rdflib_to_oxigraph_agrees_with_the_term_model(term):
    direct = rdflib_to_oxigraph(term)
    assert from_oxigraph(direct) == from_rdflib(term)
    assert str(direct) == str(to_oxigraph(from_rdflib(term)))


def test_rdflib_to_oxigraph_refuses_other_values():
    with pytest.raises(TypeError):
        rdflib_to_oxigraph("http://e/a")
