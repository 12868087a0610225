"""The Python SHACL-SPARQL constraints decide exactly as their SPARQL text in pyoxigraph.

Each broken copy of a seed document is validated twice by the compiled engine:
with the Python implementations (the build's way) and with every constraint run
in pyoxigraph; the violations, messages included, must be equal. pySHACL
agreement of the whole engine is tested in ``tests/test_publish_shacl.py``.
"""

from __future__ import annotations

import pytest

from kg.build import Resources, parse_seed
from kg.namespaces import KG, OA
from kg.publish.shacl import CompiledShapes, Validator
from kg.publish.shacl_native import NATIVE, _integer, native_check, normalise
from kg.publish.validate import load_shapes
from kg.rdf import document_triples
from kg.turtle import split_nt
from tests.conftest import ONTOLOGY, SEEDS
from tests.test_publish_shacl import XSD, integer, k, oa

TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
FOAF_PAGE = "<http://xmlns.com/foaf/0.1/page>"
DEFAULT = "https://w3id.org/kg-decentralisatie/"


@pytest.fixture(scope="module")
def resources():
    return Resources.create(ONTOLOGY)


@pytest.fixture(scope="module")
def engines(resources):
    shapes = CompiledShapes(load_shapes(ONTOLOGY / "shapes.ttl", resources.base))
    ontology = [split_nt(line) for line in resources.ontology_lines()]
    return Validator(shapes, ontology), Validator(shapes, ontology, native=False)


@pytest.fixture(scope="module")
def seed(resources):
    path = SEEDS / "bunschoten.txt"
    source, doc, extraction = parse_seed(path, resources.lexicon, resources.headings)
    return frozenset(document_triples(doc, source, extraction, resources.terms))


def of_type(triples, cls: str) -> list[str]:  # noqa: ANN001
    return sorted(s for s, p, o in triples if p == TYPE and o == cls)


def replace(triples: set, s: str, p: str, o: str) -> None:
    triples -= {t for t in triples if t[0] == s and t[1] == p}
    triples.add((s, p, o))


def no_store(validator: Validator, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the pyoxigraph runs of ``validator``."""
    calls: list[int] = []
    real = validator._oxigraph

    def counted(triples, pending):  # noqa: ANN001, ANN202
        calls.append(len(pending))
        return real(triples, pending)

    monkeypatch.setattr(validator, "_oxigraph", counted)
    return calls


@pytest.mark.parametrize("base", [DEFAULT, "https://example.org/kg/"])
def test_every_sparql_constraint_of_the_shapes_runs_in_python(base: str):
    shapes = CompiledShapes(load_shapes(ONTOLOGY / "shapes.ttl", base))
    constraints = [c for s in shapes._compiled.values() for c in s.sparql]
    assert len(constraints) == len(NATIVE)
    assert all(c.native is not None for c in constraints)


def test_a_conforming_document_needs_no_store(engines, seed, monkeypatch):
    fast, _ = engines
    calls = no_store(fast, monkeypatch)
    assert fast.validate(seed) == []
    assert calls == []


def test_faults_found_in_python_equal_those_found_by_sparql(engines, seed, monkeypatch):
    fast, reference = engines
    triples = set(seed)
    quotes = of_type(triples, k("Sentence"))
    bad_exact, far_end = quotes[:2]
    replace(triples, bad_exact, oa("exact"), '"Niet uit de tekst."')
    replace(triples, far_end, oa("end"), integer(10**8))
    observations = [
        s
        for s in of_type(triples, k("IndicatorObservation"))
        if any(t[0] == s and t[1] == k("value") for t in triples)
    ]
    triples -= {t for t in triples if t[0] == observations[0] and t[1] == k("unit")}
    relation = of_type(triples, k("Relation"))[0]
    (subject,) = [o for s, p, o in triples if s == relation and p == k("relationSubject")]
    (obj,) = [o for s, p, o in triples if s == relation and p == k("relationObject")]
    triples -= {t for t in triples if t[0] == subject and t[2] == obj}
    municipality = of_type(triples, k("Municipality"))[0]
    replace(triples, municipality, SAME_AS, "<https://identifier.overheid.nl/tooi/id/gemeente/gm9>")
    triples.add(
        (f"<{DEFAULT}concept/law/jeugdwet>", FOAF_PAGE, "<https://wetten.overheid.nl/BWBR1>")
    )
    calls = no_store(fast, monkeypatch)
    found = fast.validate(triples)
    assert calls == []
    assert found == reference.validate(triples)
    paths = {(v.focus, v.path) for v in found}
    assert (bad_exact.strip("<>"), OA + "exact") in paths
    assert (far_end.strip("<>"), OA + "end") in paths
    assert (observations[0].strip("<>"), KG + "unit") in paths
    assert relation.strip("<>") in {v.focus for v in found}
    assert (municipality.strip("<>"), SAME_AS.strip("<>")) in paths
    assert (f"{DEFAULT}concept/law/jeugdwet", FOAF_PAGE.strip("<>")) in paths
    end_message = next(v.message for v in found if v.path == OA + "end")
    assert "100000000" in end_message and "{?" not in end_message


def test_unusual_terms_are_left_to_sparql(engines, seed, monkeypatch):
    """A plain-literal offset or a blank-node quote: pyoxigraph decides, as the text says."""
    fast, reference = engines
    triples = set(seed)
    plain, decimal, blank = of_type(triples, k("Sentence"))[:3]
    replace(triples, plain, oa("start"), '"0"')
    replace(triples, decimal, oa("end"), f'"12.0"^^<{XSD}decimal>')
    replace(triples, blank, oa("exact"), "_:quote")
    calls = no_store(fast, monkeypatch)
    found = fast.validate(triples)
    assert calls and calls[0] >= 1
    assert found == reference.validate(triples)
    assert {plain.strip("<>"), decimal.strip("<>")} <= {v.focus for v in found}


@pytest.mark.parametrize(
    "term, value",
    [
        (integer(12), 12),
        (integer(-3), -3),
        (integer(0), 0),
        (integer("012"), None),
        (integer("+1"), None),
        (integer("١"), None),
        ('"12"', None),
        (f'"12"^^<{XSD}int>', None),
    ],
)
def test_only_canonical_integers_are_read(term: str, value: int | None):
    assert _integer(term) == value


def test_a_changed_query_or_a_missing_prefix_has_no_python_check():
    (text,) = [t for t in NATIVE if "kg:unit" in t and "NOT EXISTS" in t]
    prefixes = {"kg": KG}
    assert native_check(text, prefixes) is not None
    assert native_check(text.replace("kg:value", "kg:amount"), prefixes) is None
    assert native_check(text, {}) is None
    assert normalise("  a\n\tb  ") == "a b"
