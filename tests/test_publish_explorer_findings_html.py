"""kg.publish.explorer.findings_html: finding items, highlighted words, CSV and JSON rows."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from kg.publish.explorer.findings import Finding
from kg.publish.explorer.findings_html import (
    COLUMNS,
    finding_item,
    finding_rows,
    findings_csv,
    findings_json,
    highlight,
    source_path,
)
from kg.publish.explorer.graphdata import GraphData, detect_store_base

BASE = "https://example.org/kg/"
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def data() -> GraphData:
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode(BASE + "def"), TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
        )
    )
    for path, nl in (("id/municipality/a", "Aadorp"), ("concept/polarity/negative", "negatief")):
        store.add(ox.Quad(ox.NamedNode(BASE + path), LABEL, ox.Literal(nl, language="nl")))
    return GraphData(store, detect_store_base(store))


FINDING = Finding(
    BASE + "id/finding/f1",
    "De zorg <kost> meer",
    "doc a",
    10,
    29,
    {"municipality": (BASE + "id/municipality/a",), "tone": (BASE + "concept/polarity/negative",)},
)


def test_highlight_marks_accent_and_case_insensitive_matches_and_escapes():
    assert highlight("Café <zorg> Zorg", ["cafe", "zorg"]) == (
        "<mark>Café</mark> &lt;<mark>zorg</mark>&gt; <mark>Zorg</mark>"
    )
    assert highlight("a<b", []) == "a&lt;b"


def test_source_path_quotes_the_document_and_anchors_the_sentence():
    assert source_path(FINDING) == "/source/doc%20a#s-10-29"
    assert source_path(Finding("x", "q", "", 0, 0)) is None


def test_a_finding_item_links_its_labels_and_escapes_its_quote():
    item = finding_item(data(), FINDING, "nl", ["zorg"])
    assert "<mark>zorg</mark> &lt;kost&gt;" in item
    assert ">Aadorp</a>" in item and ">negatief</a>" in item
    assert 'href="/source/doc%20a#s-10-29"' in item


def test_rows_become_csv_and_json_with_labels():
    rows = finding_rows(data(), [FINDING], "nl")
    assert rows[0]["municipality_label"] == "Aadorp" and rows[0]["source"].startswith("/source/")
    parsed = list(csv.DictReader(io.StringIO(findings_csv(rows).decode())))
    assert list(parsed[0]) == list(COLUMNS) and parsed[0]["quote"] == FINDING.quote
    assert json.loads(findings_json(rows, 7)) == {"total": 7, "rows": rows}
