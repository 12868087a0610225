"""Oxigraph and rdflib's own SPARQL engine give the same answers to every library query.

rdflib parses the same graph file and evaluates each query with the same
parameters (``initBindings``). Answers are compared as multisets of
normalised values (numbers by value, so "2.0" and "2" agree), and as lists
when the query has an ORDER BY.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

import pytest

from kg.namespaces import PREFIXES
from kg.query.api import execute
from kg.query.lexer import inspect_query
from kg.query.library import list_queries
from kg.query.params import resolve_params
from kg.terms import XSD, Term, from_rdflib, to_rdflib
from tests.query_support import QUERIES, _query_cache_in_tmp, query_graph  # noqa: F401

_NUMBERS = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long")}


def normalise(term: Term | None) -> tuple:
    """A comparable form of a term: numbers by value, everything else as written."""
    if term is None:
        return ("unbound",)
    if term.kind == "literal" and term.datatype in _NUMBERS:
        try:
            return ("number", Decimal(term.value).normalize())
        except InvalidOperation:
            pass
    return (term.kind, term.value, term.datatype or "", term.lang or "")


@pytest.fixture(scope="module")
def rdflib_graph(graph_path):
    from rdflib import Graph

    graph = Graph()
    graph.parse(graph_path, format="turtle")
    return graph


def rdflib_answer(graph, spec, bindings) -> object:
    result = graph.query(
        spec.text,
        initBindings={var: to_rdflib(term) for var, term in bindings.items()},
        initNs=PREFIXES,
    )
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Counter(tuple(normalise(from_rdflib(t)) for t in triple) for triple in result)
    variables = [str(v) for v in result.vars]
    return variables, [
        tuple(normalise(from_rdflib(row[v]) if row[v] is not None else None) for v in variables)
        for row in result
    ]


def oxigraph_answer(result) -> object:
    if result.form == "ASK":
        return bool(result.boolean)
    if result.is_graph:
        return Counter(tuple(normalise(t) for t in triple) for triple in result.triples)
    return result.variables, [
        tuple(normalise(row.get(v)) for v in result.variables) for row in result.bindings
    ]


@pytest.mark.slow
@pytest.mark.parametrize("spec", list_queries(QUERIES), ids=lambda s: s.name)
def test_oxigraph_and_rdflib_agree(query_graph, rdflib_graph, spec):  # noqa: F811
    bindings = resolve_params(spec, {}, query_graph)
    ours = oxigraph_answer(execute(query_graph, spec, {}))
    theirs = rdflib_answer(rdflib_graph, spec, bindings)
    if isinstance(ours, bool | Counter):
        assert ours == theirs
        return
    (our_vars, our_rows), (their_vars, their_rows) = ours, theirs
    assert our_vars == their_vars
    assert our_rows, f"{spec.name} returned no rows"
    if "ORDER" in inspect_query(spec.text).keywords:
        assert our_rows == their_rows
    else:
        assert Counter(our_rows) == Counter(their_rows)
