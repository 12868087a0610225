"""The indexed data the compiled checks run on, and a shape's evaluation on it."""

from __future__ import annotations

from kg.publish.shacl_data import Data, Index, evaluate, subclass_closure
from kg.publish.shacl_shapes import RDF_TYPE, Shape, count_check

SUB = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


def test_the_index_groups_objects_by_subject_and_predicate():
    index = Index(
        [
            ("<urn:a>", "<urn:p>", '"1"'),
            ("<urn:a>", "<urn:p>", '"2"'),
            ("<urn:a>", RDF_TYPE, "<urn:C>"),
        ]
    )
    assert index.spo["<urn:a>"]["<urn:p>"] == ['"1"', '"2"']
    assert index.by_type == {"<urn:C>": ["<urn:a>"]}


def test_data_merges_a_node_described_by_both_indexes_without_duplicates():
    base = Index([("<urn:a>", "<urn:p>", '"1"')])
    doc = Index([("<urn:a>", "<urn:p>", '"1"'), ("<urn:a>", "<urn:p>", '"2"')])
    data = Data(base, doc, {})
    assert data.values("<urn:a>", "<urn:p>") == ['"1"', '"2"']
    assert base.spo["<urn:a>"]["<urn:p>"] == ['"1"']  # the ontology index is not changed
    assert data.props("<urn:none>") == {}


def test_subclass_closure_is_transitive_and_reflexive():
    closure = subclass_closure([("<urn:B>", "<urn:A>"), ("<urn:C>", "<urn:B>")])
    assert closure["<urn:A>"] == {"<urn:A>", "<urn:B>", "<urn:C>"}
    assert closure["<urn:B>"] == {"<urn:B>", "<urn:C>"}
    assert "<urn:C>" not in closure


def test_has_class_follows_subclasses_and_refuses_literals():
    doc = Index([("<urn:x>", RDF_TYPE, "<urn:C>")])
    data = Data(Index([]), doc, subclass_closure([("<urn:C>", "<urn:A>")]))
    assert data.has_class("<urn:x>", "<urn:A>")
    assert not data.has_class("<urn:x>", "<urn:Z>")
    assert not data.has_class('"x"', "<urn:A>")


def test_evaluate_names_the_failing_property_shape():
    prop = Shape("p", path="<urn:p>", checks=[count_check(1, None, "f->p")])
    node = Shape("S", properties=[prop])
    data = Data(Index([]), Index([("<urn:a>", "<urn:q>", '"1"')]), {})
    assert evaluate(node, "<urn:a>", data) == [(prop, None, "Less than 1 values on f->p")]
    assert data.conforms(node, "<urn:a>") is False
    ok = Data(Index([]), Index([("<urn:a>", "<urn:p>", '"1"')]), {})
    assert evaluate(node, "<urn:a>", ok) == [] and ok.conforms(node, "<urn:a>")
