"""Output formats: table, csv, tsv, W3C JSON, Markdown, Turtle."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import UsageError
from kg.query.formats import render, shorten
from kg.query.result import QueryResult
from kg.terms import XSD, Term

KG_ID = "https://w3id.org/kg-decentralisatie/id/"
ROWS = QueryResult(
    "SELECT",
    variables=["m", "label", "n", "note"],
    bindings=[
        {
            "m": Term.iri(KG_ID + "municipality/brunssum"),
            "label": Term.literal("Brunssum", lang="nl"),
            "n": Term.literal("12", XSD + "integer"),
            "note": Term.literal('a "quoted" | piped\nline, with comma'),
        },
        {"m": Term.iri("http://example.org/x"), "n": Term.literal("3", XSD + "integer")},
    ],
    name="demo",
)
GRAPH = QueryResult(
    "CONSTRUCT",
    triples=[
        (
            Term.iri(KG_ID + "municipality/brunssum"),
            Term.iri("https://w3id.org/kg-decentralisatie/def#cbsCode"),
            Term.literal("GM0899"),
        )
    ],
)


def test_table_aligns_shortens_and_cuts():
    text = render(ROWS, "table")
    lines = text.splitlines()
    assert lines[0].split() == ["m", "label", "n", "note"]
    assert lines[2].startswith("id:municipality/brunssum  Brunssum")
    assert "line, with comma" in lines[2]  # line break folded into one line
    assert lines[3].startswith("http://example.org/x")
    assert lines[2].index("12") + 2 == lines[3].index("3") + 1  # numbers right-aligned
    long = QueryResult("SELECT", ["t"], [{"t": Term.literal("x" * 100)}])
    assert render(long, "table").splitlines()[2] == "x" * 59 + "…"


def test_csv_is_w3c_csv():
    text = render(ROWS, "csv")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["m", "label", "n", "note"]
    assert rows[1] == [
        KG_ID + "municipality/brunssum",
        "Brunssum",
        "12",
        'a "quoted" | piped\nline, with comma',
    ]
    assert rows[2] == ["http://example.org/x", "", "3", ""]


def test_tsv_is_w3c_tsv():
    lines = render(ROWS, "tsv").splitlines()
    assert lines[0] == "?m\t?label\t?n\t?note"
    assert lines[1].split("\t") == [
        f"<{KG_ID}municipality/brunssum>",
        '"Brunssum"@nl',
        "12",
        '"a \\"quoted\\" | piped\\nline, with comma"',
    ]
    assert lines[2].split("\t") == ["<http://example.org/x>", "", "3", ""]


def test_json_is_w3c_results_json_and_reads_back():
    text = render(ROWS, "json")
    data = json.loads(text)
    assert data["head"]["vars"] == ["m", "label", "n", "note"]
    assert data["results"]["bindings"][0]["label"] == {
        "type": "literal",
        "value": "Brunssum",
        "xml:lang": "nl",
    }
    assert "label" not in data["results"]["bindings"][1]
    parsed = list(ox.parse_query_results(text.encode(), format=ox.QueryResultsFormat.JSON))
    assert parsed[0]["n"] == ox.Literal("12", datatype=ox.NamedNode(XSD + "integer"))
    ask = json.loads(render(QueryResult("ASK", boolean=False), "json"))
    assert ask == {"head": {}, "boolean": False}


def test_markdown_escapes_pipes():
    lines = render(ROWS, "md").splitlines()
    assert lines[0] == "| m | label | n | note |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert "piped line" in lines[2] and "\\|" in lines[2]


def test_turtle_for_graph_results():
    text = render(GRAPH)
    assert "@prefix kg: <https://w3id.org/kg-decentralisatie/def#> ." in text
    assert "kg:cbsCode" in text
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE))) == 1


def test_ask_as_table():
    assert render(QueryResult("ASK", boolean=True)) == "answer\n------\ntrue\n"


def test_formats_that_do_not_fit_are_refused():
    with pytest.raises(UsageError, match="CONSTRUCT gives triples: use the ttl format"):
        render(GRAPH, "csv")
    with pytest.raises(UsageError, match="SELECT gives rows"):
        render(ROWS, "ttl")
    with pytest.raises(UsageError, match="unknown format 'xml'"):
        render(ROWS, "xml")


def test_output_is_deterministic():
    assert render(ROWS, "json") == render(ROWS, "json")
    assert render(GRAPH, "ttl") == render(GRAPH, "ttl")


def test_shorten():
    assert shorten("https://w3id.org/kg-decentralisatie/concept/law/jeugdwet") == "law:jeugdwet"
    assert shorten("http://example.org/x") == "http://example.org/x"
