"""RDF terms: N-Triples escaping, JSON form, Python values, engine round trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.query.terms import XSD, Term, from_oxigraph, from_rdflib, to_oxigraph, to_rdflib


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
