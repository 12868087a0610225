"""SHACL validation: the seed graph conforms; broken graphs are caught and named.

One broken copy of the seed graph carries several independent faults, each on
its own node, so one validation run checks them all (pySHACL takes ~2 s per run).
"""

from __future__ import annotations

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.errors import DataError
from kg.namespaces import DEFAULT_BASE, KG, OA
from kg.publish.validate import (
    PyShaclDocuments,
    prepared_queries,
    require_conformance,
    validate_graph,
)

ID = DEFAULT_BASE + "id/"
OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")


def k(name: str) -> URIRef:
    return URIRef(KG + name)


def oa(name: str) -> URIRef:
    return URIRef(OA + name)


def sentence(n: int) -> URIRef:
    return URIRef(f"{ID}document/brunssum/sentence/{n}")


def replace(graph: Graph, s, p, o) -> None:  # noqa: ANN001
    graph.remove((s, p, None))
    graph.add((s, p, o))


@pytest.fixture(scope="module")
def seed_report(graph):
    return validate_graph(graph)


@pytest.fixture(scope="module")
def broken(graph):
    """A copy of the seed graph with one fault per node; returns (graph, faults, report)."""
    bad = Graph()
    bad += graph
    findings = sorted(bad.subjects(RDF.type, k("Finding")))
    no_speaker, bad_polarity = findings[0], findings[1]
    bad.remove((no_speaker, k("speaker"), None))
    replace(bad, bad_polarity, k("polarity"), URIRef(DEFAULT_BASE + "concept/problem/bureaucracy"))
    bad.add((bad_polarity, k("aboutMunicipality"), URIRef(ID + "municipality/maastricht")))
    replace(bad, sentence(5), oa("start"), Literal("12"))  # a string, not xsd:integer
    replace(bad, sentence(6), oa("exact"), Literal("Dit staat niet in de tekst."))
    replace(bad, sentence(7), oa("end"), Literal(10_000_000, datatype=XSD.integer))
    end = bad.value(sentence(8), oa("end"))
    replace(bad, sentence(8), oa("start"), Literal(int(end), datatype=XSD.integer))
    brunssum = URIRef(ID + "municipality/brunssum")
    replace(
        bad, brunssum, OWL_SAME_AS, URIRef("https://identifier.overheid.nl/tooi/id/gemeente/gm0935")
    )
    observations = sorted(bad.subjects(RDF.type, k("IndicatorObservation")))
    says_nothing, no_unit = observations[0], observations[1]
    for prop in ("value", "unit", "comparison", "qualifier", "measure"):
        bad.remove((says_nothing, k(prop), None))
    bad.remove((no_unit, k("unit"), None))
    faults = {
        "says_nothing": str(says_nothing),
        "no_unit": str(no_unit),
        "no_speaker": str(no_speaker),
        "bad_polarity": str(bad_polarity),
        "brunssum": str(brunssum),
    }
    return bad, faults, validate_graph(bad)


def results_for(report, focus: str) -> list:  # noqa: ANN001
    return [v for v in report.violations if v.focus == focus]


def test_seed_graph_conforms(seed_report):
    assert seed_report.conforms, "\n".join(seed_report.lines()[:10])
    assert seed_report.violations == []


def test_validation_does_not_touch_the_callers_graph(graph, broken):
    bad, _, _ = broken
    assert len(bad) != 0
    before = set(graph)
    validate_graph(graph)
    assert set(graph) == before


def test_broken_graph_does_not_conform_and_only_faulty_nodes_are_named(broken):
    _, faults, report = broken
    assert not report.conforms
    expected = set(faults.values()) | {str(sentence(n)) for n in (5, 6, 7, 8)}
    assert {v.focus for v in report.violations} == expected


def test_missing_speaker(broken):
    _, faults, report = broken
    found = results_for(report, faults["no_speaker"])
    assert [v.path for v in found] == [KG + "speaker"]
    assert "speaker" in found[0].message


def test_polarity_outside_the_scheme_and_two_municipalities(broken):
    _, faults, report = broken
    paths = {v.path for v in results_for(report, faults["bad_polarity"])}
    assert paths == {KG + "polarity", KG + "aboutMunicipality"}


def test_observation_must_say_something_and_a_value_needs_a_unit(broken):
    _, faults, report = broken
    assert [v.message for v in results_for(report, faults["says_nothing"])] == [
        "needs a kg:value, a kg:comparison, a kg:qualifier or a kg:measure"
    ]
    found = results_for(report, faults["no_unit"])
    assert [(v.path, v.message) for v in found] == [(KG + "unit", "a kg:value needs a kg:unit")]


def test_wrong_datatype(broken):
    _, _, report = broken
    assert {v.path for v in results_for(report, str(sentence(5)))} == {OA + "start"}


def test_quote_not_matching_the_text(broken):
    _, _, report = broken
    found = results_for(report, str(sentence(6)))
    assert [v.path for v in found] == [OA + "exact"]
    assert "cleaned text" in found[0].message


def test_end_past_the_text(broken):
    _, _, report = broken
    messages = [v.message for v in results_for(report, str(sentence(7)))]
    assert any("past the end" in m for m in messages)


def test_start_not_before_end(broken):
    _, _, report = broken
    assert OA + "start" in {v.path for v in results_for(report, str(sentence(8)))}


def test_municipality_with_mismatched_tooi_link(broken):
    _, faults, report = broken
    messages = [v.message for v in results_for(report, faults["brunssum"])]
    assert messages and "GM0899" in messages[0]


def test_lines_are_one_per_violation_with_compact_iris(broken):
    from kg.namespaces import prefixes_for

    _, faults, report = broken
    lines = report.lines(prefixes_for(DEFAULT_BASE))
    assert len(lines) == len(report.violations)
    speaker = faults["no_speaker"].replace(ID, "id:")
    assert (
        f"{speaker} kg:speaker: needs at least one kg:speaker, "
        "an actor role or a named organisation" in lines
    )


def test_report_turtle_is_rdf(broken):
    _, _, report = broken
    report_graph = Graph().parse(data=report.turtle(), format="turtle")
    assert (None, RDF.type, URIRef("http://www.w3.org/ns/shacl#ValidationResult")) in report_graph


def test_require_conformance_names_the_first_violations(broken):
    bad, _, report = broken
    with pytest.raises(DataError, match=rf"does not conform.*{len(report.violations)} violations"):
        require_conformance(bad)


def test_rebased_graph_validates_against_rebased_shapes(build_result):
    from kg.namespaces import rebase_graph

    base = "https://example.org/kg/"
    rebased = rebase_graph(build_result.graph, base)
    finding = sorted(rebased.subjects(RDF.type, URIRef(base + "def#Finding")))[0]
    rebased.remove((finding, URIRef(base + "def#speaker"), None))
    report = validate_graph(rebased)
    assert [(v.focus, v.path) for v in report.violations] == [(str(finding), base + "def#speaker")]


def test_broken_shapes_file_is_a_data_error(graph, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <broken", encoding="utf-8")
    with pytest.raises(DataError, match="shapes.ttl: cannot parse SHACL shapes"):
        validate_graph(graph, shapes)


_SPARQL_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:S> sh:targetClass <urn:C> ; sh:sparql [
    sh:message "has urn:p" ;
    sh:select "SELECT $this WHERE { $this <urn:p> ?o }" ] .
"""


def test_parsed_sparql_lives_in_the_callers_cache_not_the_process():
    shapes = Graph().parse(data=_SPARQL_SHAPES, format="turtle")
    data = Graph().parse(data="<urn:a> a <urn:C> ; <urn:p> 1 .", format="turtle")
    mine, other = prepared_queries(), prepared_queries()
    report = validate_graph(data, shapes, "pyshacl", mine)
    assert [v.focus for v in report.violations] == ["urn:a"]
    (text,) = mine.keys()
    assert "<urn:p>" in text and len(other) == 0
    parsed = mine.get(text)
    validate_graph(data, shapes, "pyshacl", mine)
    assert mine.keys() == [text] and mine.get(text) is parsed  # parsed once, reused
    validate_graph(data, shapes, "pyshacl")  # a cache of its own, dropped afterwards
    assert len(other) == 0


def test_each_pyshacl_document_validator_owns_its_cache():
    shapes = Graph().parse(data=_SPARQL_SHAPES, format="turtle")
    first = PyShaclDocuments(shapes, [], "test")
    second = PyShaclDocuments(shapes, [], "test")
    assert first.prepared is not second.prepared
    found = first.validate([("<urn:a>", f"<{RDF.type}>", "<urn:C>"), ("<urn:a>", "<urn:p>", '"x"')])
    assert [v.focus for v in found] == ["urn:a"]
    assert len(first.prepared) == 1 and len(second.prepared) == 0


def test_a_municipality_may_be_member_of_an_unnamed_joint_body_but_not_of_a_finding(graph):
    # the gold keys the unnamed werkgeversservicepunt by its role: a member of it conforms;
    # a member of something that is neither a party nor a place does not
    brunssum = URIRef(ID + "municipality/brunssum")
    desk = URIRef(DEFAULT_BASE + "concept/role/werkgeversservicepunt")
    ok = Graph()
    ok += graph
    ok.add((desk, RDF.type, k("ActorRole")))
    ok.add((brunssum, k("memberOf"), desk))
    assert not results_for(validate_graph(ok), str(brunssum))
    bad = Graph()
    bad += graph
    finding = sorted(bad.subjects(RDF.type, k("Finding")))[0]
    bad.add((brunssum, k("memberOf"), finding))
    assert results_for(validate_graph(bad), str(brunssum))
