"""kg.vocab: the closed sets are one source for the graph writer, curation and views."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from kg import rdf
from kg.extract import namegroups
from kg.ontology import ENTITY_TYPES
from kg.vocab import (
    ENTITY_KINDS,
    POLARITIES,
    RELATION_TYPES,
    UNITS,
    EntityKind,
    Polarity,
    RelationType,
    Unit,
    is_entity_kind,
    is_polarity,
    is_relation_type,
    is_unit,
)

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"


def test_the_tuples_are_the_literal_types():
    assert POLARITIES == get_args(Polarity) == ("positive", "negative", "mixed", "neutral")
    assert get_args(RelationType) == RELATION_TYPES
    assert get_args(EntityKind) == ENTITY_KINDS
    assert len(set(RELATION_TYPES)) == len(RELATION_TYPES)


def test_the_graph_writer_knows_every_kind_and_relation_type_and_no_other():
    assert set(rdf.CLASS_OF_KIND) == set(ENTITY_KINDS)
    assert set(rdf.RELATION_TYPE) == set(RELATION_TYPES)


def test_the_lexicon_and_minted_names_use_the_same_kinds():
    assert set(ENTITY_TYPES.values()) <= set(ENTITY_KINDS)
    assert set(namegroups.KIND_PATH) <= set(ENTITY_KINDS)


def test_the_guards_accept_members_only():
    assert all(map(is_polarity, POLARITIES)) and not is_polarity("Negative")
    assert all(map(is_relation_type, RELATION_TYPES)) and not is_relation_type("member")
    assert all(map(is_entity_kind, ENTITY_KINDS)) and not is_entity_kind(None)


def test_the_narrowing_functions_keep_members_and_refuse_the_rest():
    import pytest

    from kg.vocab import as_entity_kind, as_polarity, as_relation_type

    assert [as_entity_kind(k) for k in ENTITY_KINDS] == list(ENTITY_KINDS)
    assert [as_relation_type(t) for t in RELATION_TYPES] == list(RELATION_TYPES)
    assert [as_polarity(p) for p in POLARITIES] == list(POLARITIES)
    for narrow, bad in (
        (as_entity_kind, "finding"),
        (as_relation_type, "likes"),
        (as_polarity, ""),
    ):
        with pytest.raises(ValueError, match=repr(bad)):
            narrow(bad)


def test_the_extraction_model_is_typed_with_the_closed_sets():
    from typing import get_type_hints

    from kg.extract import model

    assert get_type_hints(model.Entity)["kind"] == EntityKind
    assert get_type_hints(model.SentenceMention)["kind"] == EntityKind
    assert get_type_hints(model.Finding)["polarity"] == Polarity
    assert get_type_hints(model.Relation)["type"] == RelationType
    assert get_type_hints(model.Indicator)["unit"] == Unit | None


def _shapes_units() -> list[str]:
    """The ``sh:in`` list of the shapes' ``kg:unit`` property."""
    from rdflib import RDF, Graph, Namespace
    from rdflib.collection import Collection

    sh = Namespace("http://www.w3.org/ns/shacl#")
    kg = Namespace("https://w3id.org/kg-decentralisatie/def#")
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl")
    lists = [
        [str(v) for v in Collection(shapes, shapes.value(node, sh["in"]))]
        for node in shapes.subjects(sh.path, kg.unit)
        if shapes.value(node, sh["in"]) is not None
    ]
    assert len(lists) == 1 and RDF.nil not in lists[0]
    return lists[0]


def test_the_shapes_allow_exactly_the_units():
    assert _shapes_units() == list(UNITS)
    assert get_args(Unit) == UNITS and len(set(UNITS)) == len(UNITS)


def test_the_unit_property_defines_every_unit_in_both_languages():
    from rdflib import Graph, Namespace

    kg = Namespace("https://w3id.org/kg-decentralisatie/def#")
    skos = Namespace("http://www.w3.org/2004/02/skos/core#")
    definitions = Graph().parse(ONTOLOGY / "kg.ttl").objects(kg.unit, skos.definition)
    for definition in definitions:
        missing = [unit for unit in UNITS if f"'{unit}'" not in str(definition)]
        assert missing == [], (definition.language, missing)


def test_curation_and_the_compare_report_know_every_unit():
    from kg.compare.i18n import UNITS as LABELS
    from kg.curation import UNITS as CURATED

    assert frozenset(UNITS) == CURATED
    for lang in ("en", "nl"):
        assert set(LABELS[lang]) == set(UNITS), lang


def test_the_unit_guard():
    assert is_unit("grade") and is_unit("rank") and not is_unit("gulden") and not is_unit(None)
