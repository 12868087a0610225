"""Compiling shapes graphs: what is supported, what is refused, what the shapes become."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.publish.shacl_compile import CompiledShapes
from kg.publish.shacl_shapes import UnsupportedShapes

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <urn:ex:> .
"""


def compiled(turtle: str) -> CompiledShapes:
    return CompiledShapes(Graph().parse(data=PREFIXES + turtle, format="turtle"))


def test_targets_map_classes_to_their_shapes():
    shapes = compiled(
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ; "
        "sh:datatype xsd:string ] ."
    )
    ((cls, (shape,)),) = shapes.targets.items()
    assert cls == "<urn:ex:C>"
    (prop,) = shape.properties
    assert prop.path == "<urn:ex:p>"
    assert len(prop.checks) == 2  # the count and the datatype
    assert shapes.depth == 0


def test_class_and_nested_shapes_deepen_what_a_verdict_depends_on():
    shapes = compiled(
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:T ] .\n"
        "ex:T sh:property [ sh:path ex:q ; sh:class ex:D ] ."
    )
    assert shapes.depth == 2


def test_messages_and_severity_are_kept():
    shapes = compiled(
        'ex:S sh:targetClass ex:C ; sh:severity sh:Warning ; sh:message "b" , "a" ; '
        "sh:nodeKind sh:IRI ."
    )
    (shape,) = shapes.targets["<urn:ex:C>"]
    assert (shape.severity, shape.messages) == ("Warning", ["a", "b"])


def test_a_deactivated_shape_is_left_out():
    shapes = compiled("ex:S sh:targetClass ex:C ; sh:deactivated true ; sh:nodeKind sh:IRI .")
    assert shapes.targets == {}


@pytest.mark.parametrize(
    "turtle",
    [
        "ex:S sh:targetClass ex:C ; sh:closed true .",
        "ex:S sh:targetNode ex:a .",
        "ex:S a sh:NodeShape , <http://www.w3.org/2000/01/rdf-schema#Class> .",
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
        "ex:S sh:targetClass ex:C ; sh:node ex:S .",
        "ex:S sh:targetClass ex:C ; sh:nodeKind sh:Nothing .",
    ],
)
def test_an_unsupported_feature_is_refused_at_compile_time(turtle):
    with pytest.raises(UnsupportedShapes):
        compiled(turtle)


def test_a_sparql_constraint_projects_this_and_declares_its_prefixes():
    shapes = compiled(
        "ex:P sh:declare [ sh:prefix 'ex' ; sh:namespace 'urn:ex:'^^xsd:anyURI ] .\n"
        'ex:S sh:targetClass ex:C ; sh:sparql [ sh:prefixes ex:P ; sh:message "m" ; '
        'sh:select "SELECT ?value WHERE { $this ex:p ?value }" ] .'
    )
    (shape,) = shapes.targets["<urn:ex:C>"]
    (constraint,) = shape.sparql
    assert constraint.head.splitlines()[0] == "PREFIX ex: <urn:ex:>"
    assert " ".join(constraint.head.split()[3:]) == "SELECT ?this ?value WHERE {"
    assert constraint.body.strip() == "$this ex:p ?value }"
    assert constraint.messages == ["m"]


@pytest.mark.parametrize("clause", ["LIMIT 1", "GROUP BY ?value"])
def test_sparql_that_values_would_not_honour_is_refused(clause):
    with pytest.raises(UnsupportedShapes, match="not supported"):
        compiled(
            'ex:S sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT ?value WHERE '
            f'{{ $this <urn:ex:p> ?value }} {clause}" ] .'
        )
