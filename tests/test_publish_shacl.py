"""The compiled SHACL engine names the same violations as pySHACL (the reference).

Each broken copy of a seed document's triples carries several independent
faults on distinct nodes, so one pySHACL run (~1.5 s) checks many of them; the
set of (focus, path) pairs must be equal between the engines, and every fault
must be found.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef

from kg.build import Resources, parse_seed
from kg.namespaces import DEFAULT_BASE, KG, OA
from kg.publish.shacl import CompiledShapes, UnsupportedShapes, Validator
from kg.publish.validate import (
    PyShaclDocuments,
    document_validator,
    load_shapes,
    validate_graph,
)
from kg.rdf import document_triples
from tests.conftest import ONTOLOGY, SEEDS

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ID = DEFAULT_BASE + "id/"
CONCEPT = DEFAULT_BASE + "concept/"


def k(name: str) -> str:
    return f"<{KG}{name}>"


def oa(name: str) -> str:
    return f"<{OA}{name}>"


def integer(n: int | str) -> str:
    return f'"{n}"^^<{XSD}integer>'


@pytest.fixture(scope="module")
def context():
    return Resources.create(ONTOLOGY)


@pytest.fixture(scope="module")
def fast(context):
    validator = context.shapes
    assert isinstance(validator, Validator)
    return validator


@pytest.fixture(scope="module")
def reference(context):
    return PyShaclDocuments(
        load_shapes(ONTOLOGY / "shapes.ttl", context.base), context.ontology_lines(), ""
    )


@pytest.fixture(scope="module")
def seed_triples(context):
    source, doc, extraction = parse_seed(SEEDS / "brunssum.txt", context.lexicon, context.headings)
    return frozenset(document_triples(doc, source, extraction, context.terms))


class Doc:
    """A mutable copy of a document's triples, with lookups by type and property."""

    def __init__(self, triples) -> None:  # noqa: ANN001
        self.triples = set(triples)

    def of_type(self, cls: str) -> list[str]:
        return sorted(s for s, p, o in self.triples if p == TYPE and o == cls)

    def values(self, s: str, p: str) -> list[str]:
        return sorted(o for s2, p2, o in self.triples if s2 == s and p2 == p)

    def remove(self, s: str, p: str) -> None:
        self.triples -= {t for t in self.triples if t[0] == s and t[1] == p}

    def replace(self, s: str, p: str, o: str) -> None:
        self.remove(s, p)
        self.triples.add((s, p, o))


def pairs(violations) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(v.focus, v.path) for v in violations}


def compare(fast, reference, doc: Doc, faults: list[str]) -> set[tuple[str, str]]:  # noqa: ANN001
    found, expected = fast.validate(doc.triples), reference.validate(doc.triples)
    assert pairs(found) == pairs(expected)
    with_message = {(v.focus, v.path, v.message) for v in expected if not v.message[:1].isupper()}
    assert with_message <= {(v.focus, v.path, v.message) for v in found}
    named = {v.focus for v in found}
    missed = [f for f in faults if f.strip("<>") not in named]
    assert not missed, f"faults not reported: {missed}"
    return pairs(found)


def test_seed_document_conforms_in_both_engines(fast, reference, seed_triples):
    assert fast.validate(seed_triples) == []
    assert reference.validate(seed_triples) == []


def test_seed_graph_conforms_with_the_fast_engine(graph):
    report = validate_graph(graph, engine="fast")
    assert (report.engine, report.conforms, report.violations) == ("fast", True, [])


def test_quotes_sections_and_the_document(fast, reference, seed_triples):
    d = Doc(seed_triples)
    sentences = d.of_type(k("Sentence"))
    mentions = d.of_type(k("Mention"))
    sections = d.of_type(k("Section"))
    (document,) = d.of_type(k("SourceDocument"))
    s = iter(sentences)
    no_document, plain_start, ill_typed, bad_exact, far_end, empty, literal_mention = (
        next(s) for _ in range(7)
    )
    d.remove(no_document, k("inDocument"))
    d.replace(plain_start, oa("start"), '"12"')
    # Not on oa:start/oa:end: pySHACL recurses without end comparing an ill-typed literal.
    d.replace(ill_typed, k("order"), integer("abc"))
    d.replace(bad_exact, oa("exact"), '"Dit staat niet in de tekst."')
    d.replace(far_end, oa("end"), integer(10_000_000))
    d.replace(empty, oa("start"), d.values(empty, oa("end"))[0])
    d.triples.add((literal_mention, k("mentions"), '"x"'))
    negative, literal_target = mentions[:2]
    d.replace(negative, oa("start"), integer(-1))
    d.replace(literal_target, k("refersTo"), '"Maastricht"')
    two_orders, level_zero, start_after_end, literal_theme = sections[:4]
    d.triples.add((two_orders, k("order"), integer(99)))
    d.replace(level_zero, k("level"), integer(0))
    d.replace(start_after_end, oa("start"), integer(10**9))
    d.replace(literal_theme, k("theme"), '"bestuur"')
    d.replace(document, k("sha256"), '"xyz"')
    d.replace(document, k("motto"), '"geen taal"')
    faults = [no_document, plain_start, ill_typed, bad_exact, far_end, empty, literal_mention]
    faults += [negative, literal_target, two_orders, level_zero, start_after_end, literal_theme]
    found = compare(fast, reference, d, [*faults, document])
    assert (bad_exact.strip("<>"), OA + "exact") in found
    assert (far_end.strip("<>"), OA + "end") in found


def test_findings_observations_and_relations(fast, reference, seed_triples):
    d = Doc(seed_triples)
    findings = d.of_type(k("Finding"))
    f = iter(findings)
    no_speaker, bad_polarity, two_nl, plain, magic, bad_org, bad_quote = (next(f) for _ in range(7))
    d.remove(no_speaker, k("speaker"))
    d.replace(bad_polarity, k("polarity"), f"<{CONCEPT}problem/bureaucracy>")
    # findings have no labels (named from their document and sentence); one they have
    # must be language-tagged, at most one per language
    d.triples.add((two_nl, RDFS_LABEL, '"Een label"@nl'))
    d.triples.add((two_nl, RDFS_LABEL, '"Nog een label"@nl'))
    d.triples.add((plain, RDFS_LABEL, '"Zonder taal"'))
    d.replace(magic, k("extractedBy"), '"magic"')
    d.triples.add((bad_org, k("concernsOrganisation"), f"<{CONCEPT}law/jeugdwet>"))
    d.replace(bad_quote, k("quote"), f"<{ID}municipality/brunssum>")
    observations = d.of_type(k("IndicatorObservation"))
    valued = [o for o in observations if d.values(o, k("value")) and d.values(o, k("unit"))]
    no_unit, says_nothing, text_value, furlongs = valued[:4]
    d.remove(no_unit, k("unit"))
    for prop in ("value", "unit", "comparison", "qualifier", "measure"):
        d.remove(says_nothing, k(prop))
    d.replace(text_value, k("value"), '"1,5"')
    d.replace(furlongs, k("unit"), '"furlongs"')
    relations = d.of_type(k("Relation"))
    assert len(relations) >= 2
    no_direct, concept_subject = relations[:2]
    subject = d.values(no_direct, k("relationSubject"))[0]
    obj = d.values(no_direct, k("relationObject"))[0]
    d.triples -= {t for t in d.triples if t[0] == subject and t[2] == obj}
    d.replace(concept_subject, k("relationSubject"), f"<{CONCEPT}role/alderman>")
    faults = [no_speaker, bad_polarity, two_nl, plain, magic, bad_org, bad_quote]
    faults += [no_unit, says_nothing, text_value, furlongs, no_direct, concept_subject]
    found = compare(fast, reference, d, faults)
    assert (no_unit.strip("<>"), KG + "unit") in found


def test_shared_entities_and_ontology_nodes(fast, reference, seed_triples):
    """Faults on nodes the ontology describes: only the document's triples change them."""
    d = Doc(seed_triples)
    brunssum = f"<{ID}municipality/brunssum>"
    d.replace(brunssum, k("cbsCode"), '"GM89"')
    d.triples.add((brunssum, f"<{SKOS}prefLabel>", '"Brunsum"@nl'))
    maastricht = f"<{ID}municipality/maastricht>"
    d.triples.add((maastricht, TYPE, k("Municipality")))
    d.triples.add(
        (
            maastricht,
            "<http://www.w3.org/2002/07/owl#sameAs>",
            "<https://identifier.overheid.nl/tooi/id/gemeente/gm0001>",
        )
    )
    jeugdwet = f"<{CONCEPT}law/jeugdwet>"
    d.triples.add(
        (jeugdwet, "<http://xmlns.com/foaf/0.1/page>", "<https://wetten.overheid.nl/BWBR0000001>")
    )
    alderman = f"<{CONCEPT}role/alderman>"
    d.triples.add((alderman, f"<{SKOS}prefLabel>", '"Nog een wethouder"@nl'))
    bureaucracy = f"<{CONCEPT}problem/bureaucracy>"
    d.triples.add((bureaucracy, TYPE, k("Section")))
    faults = [brunssum, maastricht, jeugdwet, alderman, bureaucracy]
    compare(fast, reference, d, faults)


def test_a_subclass_added_by_the_document_widens_the_targets(fast, reference, seed_triples):
    d = Doc(seed_triples)
    d.triples.add((k("Relation"), "<http://www.w3.org/2000/01/rdf-schema#subClassOf>", k("Quote")))
    relations = d.of_type(k("Relation"))
    found = compare(fast, reference, d, relations)
    assert {path for _, path in found} >= {OA + "exact", OA + "start", OA + "end"}


def test_whole_graph_equivalence(graph):
    bad = Graph()
    bad += graph
    finding = sorted(bad.subjects(RDF.type, URIRef(KG + "Finding")))[0]
    bad.remove((finding, URIRef(KG + "speaker"), None))
    bad.add((finding, URIRef(KG + "extractedBy"), Literal("twice")))
    fast_report = validate_graph(bad, engine="fast")
    reference_report = validate_graph(bad)
    assert (fast_report.engine, reference_report.engine) == ("fast", "pyshacl")
    assert pairs(fast_report.violations) == pairs(reference_report.violations)
    assert {(str(finding), KG + "speaker")} <= pairs(fast_report.violations)
    results = set(
        fast_report.graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#ValidationResult"))
    )
    assert len(results) == len(fast_report.violations)


# --- unsupported features ----------------------------------------------------------

SHAPE_HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
"""


@pytest.mark.parametrize(
    "body, feature",
    [
        ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxLength 3 ] .", "maxLength"),
        ("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "targetNode"),
        ("ex:S sh:targetClass ex:C ; sh:not [ sh:class ex:D ] .", "sh:not"),
        (
            "ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ] .",
            "inversePath",
        ),
        ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ] .", "IRI paths"),
        (
            "ex:S sh:targetClass ex:C ; "
            'sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o } LIMIT 1" ] .',
            "LIMIT",
        ),
    ],
)
def test_unsupported_features_raise_at_compile_time(body: str, feature: str):
    shapes = Graph().parse(data=SHAPE_HEAD + body, format="turtle")
    with pytest.raises(UnsupportedShapes, match=feature):
        CompiledShapes(shapes)


@pytest.fixture()
def strict_ontology(tmp_path):
    """A copy of the ontology whose shapes add sh:maxLength (unsupported) to municipalities."""
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, folder)
    shapes = folder / "shapes.ttl"
    shapes.write_text(
        shapes.read_text(encoding="utf-8")
        + "\nkgsh:StrictShape a sh:NodeShape ; sh:targetClass kg:Municipality ;\n"
        + "    sh:property [ sh:path kg:cbsCode ; sh:maxLength 2 ] .\n",
        encoding="utf-8",
    )
    return folder


def test_unsupported_shapes_fall_back_to_pyshacl(context, strict_ontology, graph):
    validator = document_validator(
        strict_ontology / "shapes.ttl", context.base, context.ontology_lines()
    )
    assert isinstance(validator, PyShaclDocuments)
    assert "maxLength" in validator.reason
    report = validate_graph(graph, strict_ontology / "shapes.ttl", engine="fast")
    assert report.engine == "pyshacl"
    assert (f"{ID}municipality/brunssum", KG + "cbsCode") in pairs(report.violations)
    assert {v.path for v in report.violations} == {KG + "cbsCode"}


def test_build_of_a_non_conforming_document_fails_and_writes_nothing(
    seeds_copy, strict_ontology, tmp_path
):
    from kg.cli import main

    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["build", "--seeds", str(seeds_copy), "--out", str(out), "--ontology", str(strict_ontology)]
        + ["-j", "1", "-q"],
    )
    assert result.exit_code == 1, result.output
    assert "does not conform to the SHACL shapes" in result.stderr
    assert "nothing written" in result.stderr and "kg:cbsCode" in result.stderr
    assert not (out / "kg.ttl").exists()
