"""The REST API's pieces: formats, the XML results writer, the OpenAPI document."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kg.publish.explorer.restapi import (
    api_page,
    error_status,
    library_listing,
    openapi_document,
    result_format,
    to_xml,
)
from kg.query.library import list_queries, make_query
from kg.query.result import QueryResult
from kg.terms import Term

NS = "{http://www.w3.org/2005/sparql-results#}"


def test_the_xml_results_parse_and_keep_every_kind_of_term():
    result = QueryResult(
        "SELECT",
        ["a", "b"],
        [
            {"a": Term.iri("https://e.org/x"), "b": Term.literal("<tag> & 'q'", lang="nl")},
            {"a": Term.literal("3", "http://www.w3.org/2001/XMLSchema#integer")},
        ],
    )
    root = ET.fromstring(to_xml(result))
    rows = root.findall(f"{NS}results/{NS}result")
    assert len(rows) == 2
    literal = rows[0].find(f"{NS}binding[@name='b']/{NS}literal")
    assert literal.text == "<tag> & 'q'"
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert rows[1].find(f"{NS}binding/{NS}literal").get("datatype").endswith("#integer")
    ask = ET.fromstring(to_xml(QueryResult("ASK", boolean=True)))
    assert ask.find(f"{NS}boolean").text == "true"


@pytest.mark.parametrize(
    ("accept", "requested", "graph", "fmt"),
    [
        ("text/tab-separated-values", None, False, "tsv"),
        ("application/sparql-results+xml", None, False, "xml"),
        ("text/html,*/*", None, False, "json"),
        ("application/ld+json", None, True, "jsonld"),
        ("text/csv", None, True, None),
        ("", "csv", False, "csv"),
        ("", "ttl", False, None),
    ],
)
def test_result_formats_follow_accept_and_the_form(accept, requested, graph, fmt):
    assert result_format(accept, requested, graph) == fmt


def test_openapi_has_one_typed_operation_per_library_query():
    queries = list_queries()
    doc = openapi_document(queries, "http://127.0.0.1:8000")
    operations = [p["get"]["operationId"] for k, p in doc["paths"].items() if k != "/api/queries"]
    assert sorted(operations) == sorted(q.name for q in queries)
    for query in queries:
        op = doc["paths"][f"/api/queries/{query.name}"]["get"]
        assert [p["name"] for p in op["parameters"]] == [p.name for p in query.params]
        assert op["summary"] and all(p["description"] for p in op["parameters"])
    typed = make_query("SELECT * WHERE { ?s ?p ?_n_integer . ?s ?p ?__d_date }", "t")
    params = openapi_document([typed], "")["paths"]["/api/queries/t"]["get"]["parameters"]
    assert [(p["schema"], p["required"]) for p in params] == [
        ({"type": "integer"}, True),
        ({"type": "string", "format": "date"}, False),
    ]


def test_the_listing_and_the_page_escape_query_text():
    hostile = make_query("#+ summary: <script>x</script>\nSELECT * WHERE { ?s ?p ?o }", "q")
    assert library_listing([hostile])[0]["summary"] == "<script>x</script>"
    page = api_page(openapi_document([hostile], "")).decode()
    assert "<script>x" not in page and "&lt;script&gt;x" in page


def test_errors_map_to_http_statuses():
    from kg.errors import DataError, QueryRefused, UsageError
    from kg.query.sandbox import MemoryLimitExceeded, QueryTimedOut

    assert [
        error_status(e)
        for e in (
            QueryTimedOut("t"),
            MemoryLimitExceeded("m"),
            QueryRefused("r"),
            UsageError("u"),
            DataError("d"),
        )
    ] == [503, 422, 403, 400, 400]
