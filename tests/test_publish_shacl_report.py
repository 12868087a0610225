"""Violations and the SHACL report graph made from them."""

from __future__ import annotations

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import SH

from kg.publish import validate
from kg.publish.shacl_report import Violation, report_graph


def test_violations_sort_by_focus_then_path():
    a = Violation("urn:b", "", "node")
    b = Violation("urn:a", "urn:q", "second")
    c = Violation("urn:a", "urn:p", "first")
    assert sorted([a, b, c]) == [c, b, a]


def test_the_report_lists_each_violation_with_its_parts():
    found = [
        Violation("urn:a", "urn:p", "missing", value=""),
        Violation("urn:b", "", "bad IRI", severity="Warning", value="https://example.org/x"),
        Violation("urn:c", "urn:q", "bad text", value="een tekst"),
    ]
    graph = report_graph(found)
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == Literal(False)
    results = list(graph.objects(report, SH.result))
    assert len(results) == 3
    by_focus = {graph.value(r, SH.focusNode): r for r in results}
    a, b, c = (by_focus[URIRef(f"urn:{x}")] for x in "abc")
    assert graph.value(a, SH.resultPath) == URIRef("urn:p")
    assert graph.value(a, SH.value) is None
    assert graph.value(b, SH.resultPath) is None
    assert graph.value(b, SH.resultSeverity) == SH.Warning
    assert graph.value(b, SH.value) == URIRef("https://example.org/x")
    assert graph.value(c, SH.value) == Literal("een tekst")


def test_an_empty_report_conforms():
    graph = report_graph([])
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == Literal(True)


def test_validate_reexports_the_same_class():
    assert validate.Violation is Violation
