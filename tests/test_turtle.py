"""kg.turtle: N-Triples text of terms, and the deterministic Turtle writer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.turtle import (
    TurtleFormatter,
    decimal_lexical,
    escape_string,
    split_nt,
    term_nt,
    triple_nt,
    unescape_string,
)


def test_escape_and_unescape_are_inverse_on_awkward_text():
    text = 'a "quote", a \\ backslash,\nnew line\ttab and é'
    escaped = escape_string(text)
    assert "\n" not in escaped and '"' not in escaped.replace('\\"', "")
    assert unescape_string(escaped) == text


def test_term_nt_parses_back_to_the_same_term():
    terms = [
        URIRef("http://e/a"),
        Literal("zin", lang="nl"),
        Literal(3),
        Literal('a "b"\n\\ c'),
    ]
    s, p = URIRef("http://e/s"), URIRef("http://e/p")
    for term in terms:
        graph = Graph().parse(data=triple_nt(s, p, term), format="nt")
        assert list(graph) == [(s, p, term)]
    assert term_nt(Literal(3)).endswith("<http://www.w3.org/2001/XMLSchema#integer>")


def test_xsd_string_is_written_as_a_simple_literal():
    assert term_nt(Literal("x", datatype=XSD.string)) == '"x"'


def test_split_nt_returns_subject_predicate_object():
    line = '<http://e/s> <http://e/p> "a b . c"@nl .'
    assert split_nt(line) == ("<http://e/s>", "<http://e/p>", '"a b . c"@nl')


def test_decimal_lexical_is_canonical_and_never_exponential():
    assert decimal_lexical(Decimal("2.50")) == "2.5"
    assert decimal_lexical(Decimal("3")) == "3.0"
    assert decimal_lexical(Decimal("1E+3")) == "1000.0"
    assert decimal_lexical(Decimal("1E-7")) == "0.0000001"


def test_the_same_triples_give_the_same_bytes_in_any_order_and_parse_back():
    formatter = TurtleFormatter({"ex": "http://example.org/"})
    triples = [
        ("<http://example.org/b>", "<http://example.org/p>", '"2"'),
        (
            "<http://example.org/a>",
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
            "<http://example.org/T>",
        ),
        ("<http://example.org/a>", "<http://example.org/p>", '"1"'),
        ("<http://example.org/a>", "<http://example.org/p>", '"0"'),
    ]
    text = formatter.block_triples(triples)
    assert text == formatter.block_triples(list(reversed(triples)))
    assert text.index("ex:a") < text.index("ex:b")  # subjects sorted
    assert "    a ex:T" in text  # rdf:type first, as "a"
    parsed = Graph().parse(data=formatter.header() + text, format="turtle")
    expected = Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in triples), format="nt")
    assert set(parsed) == set(expected)


def test_header_lists_prefixes_sorted():
    formatter = TurtleFormatter({"z": "http://z/", "a": "http://a/"})
    assert formatter.header() == "@prefix a: <http://a/> .\n@prefix z: <http://z/> .\n\n"


def test_blank_nodes_are_refused_the_project_mints_iris():
    with pytest.raises(ValueError, match="mint an IRI"):
        term_nt(BNode("b1"))
