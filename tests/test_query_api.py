"""The Python API for notebooks: connect, run with parameters, rows, DataFrame."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

from kg.errors import UsageError
from kg.query import connect, run_query
from tests.query_support import QUERIES, _query_cache_in_tmp  # noqa: F401


@pytest.fixture(scope="module")
def kg(graph_path):
    return connect(graph_path, queries=QUERIES, cache=False)  # module scope: no cache env yet


def test_run_named_query_with_keyword_params(kg):
    result = kg.run("problems-of-municipality", municipality="Bunschoten")
    rows = result.rows()
    assert rows and set(rows[0]) == {"_municipality_iri", "problem", "problemLabel", "findings"}
    assert all(r["_municipality_iri"].endswith("/bunschoten") for r in rows)
    assert isinstance(rows[0]["findings"], int)
    assert list(result) == rows
    assert result.column("findings") == [r["findings"] for r in rows]


def test_params_as_dict_and_ask(kg):
    params = {"municipality": "Brunssum", "problem": "problem:co-payment-debts"}
    assert kg.run("reports-problem", params).rows() == [{"answer": False}]


def test_graph_results_as_rows(kg):
    rows = kg.run("describe-entity", entity="ISD BOL").rows()
    assert {"subject", "predicate", "object"} == set(rows[0])


def test_sparql_text_with_parameters(kg):
    result = kg.sparql(
        "SELECT ?_m_iri ?code WHERE { ?_m_iri kg:cbsCode ?code }",
        m="Bunschoten",
    )
    assert result.column("code") == ["GM0313"]


def test_one_shot_run_query(graph_path):
    result = run_query(
        "indicators-vs-national-average",
        {"municipality": "Bunschoten"},
        graph=graph_path,
        queries=QUERIES,
    )
    assert any(v == Decimal(290) for v in result.column("value"))


def test_list_queries(kg):
    assert "shared-problems" in {q.name for q in kg.queries()}


def test_graph_and_endpoint_together_is_usage_error(graph_path):
    with pytest.raises(UsageError, match="not both"):
        connect(graph_path, endpoint="http://127.0.0.1:1/query")


def test_to_dataframe_without_pandas(kg, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ImportError, match="pip install pandas"):
        kg.run("shared-problems").to_dataframe()


def test_to_dataframe_with_pandas(kg):
    pd = pytest.importorskip("pandas")
    frame = kg.run("shared-problems").to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["problem", "problemLabel", "municipalities", "findings"]
