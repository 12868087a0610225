"""kg.query.result: one answer shape for SELECT, ASK and graph queries, as Python values."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

from kg.query.result import QueryResult
from kg.terms import XSD, Term

A, P = Term.iri("http://e/a"), Term.iri("http://e/p")


def select() -> QueryResult:
    return QueryResult(
        "SELECT",
        ["s", "n"],
        [{"s": A, "n": Term.literal("2.5", XSD + "decimal")}, {"s": Term("bnode", "b1")}],
    )


def test_select_rows_hold_python_values_and_none_for_unbound():
    result = select()
    assert len(result) == 2 and not result.is_graph
    assert result.rows() == [{"s": "http://e/a", "n": Decimal("2.5")}, {"s": "_:b1", "n": None}]
    assert list(result) == result.rows()
    assert result.column("n") == [Decimal("2.5"), None]


def test_an_unknown_column_names_the_variables():
    with pytest.raises(KeyError, match=r"\['s', 'n'\]"):
        select().column("x")


def test_ask_is_one_row():
    result = QueryResult("ASK", boolean=False)
    assert len(result) == 1 and result.rows() == [{"answer": False}]


def test_graph_results_are_triples():
    result = QueryResult("CONSTRUCT", triples=[(A, P, Term.literal("7", XSD + "integer"))])
    assert result.is_graph and len(result) == 1
    assert result.rows() == [{"subject": "http://e/a", "predicate": "http://e/p", "object": 7}]


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        select().to_dataframe()
