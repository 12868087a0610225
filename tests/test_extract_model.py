"""kg.extract.model: frozen records whose closed-set fields keep to kg.vocab's sets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.document import parse_profile
from kg.extract import Lexicon, extract
from kg.extract.model import Entity, Extraction, Relation
from kg.loading import read_profile
from kg.ontology import known_headings, load_ontology
from kg.vocab import ENTITY_KINDS, POLARITIES, RELATION_TYPES

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def extractions():
    ontology = load_ontology()
    lexicon = Lexicon.from_graph(ontology)
    headings = known_headings(ontology)
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        source = read_profile(path)
        out.append(extract(parse_profile(source.text, source.name, headings), lexicon))
    return out


def test_records_are_frozen():
    entity = Entity("urn:x", "law", "Jeugdwet")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.kind = "role"  # type: ignore[misc]
    relation = Relation("member-of", "urn:a", "urn:b", 0, 1, 0)
    assert relation.extracted_by == "rules"


def test_each_extraction_owns_its_lists():
    a, b = (
        Extraction(Entity("urn:a", "municipality", "A")),
        Extraction(Entity("urn:b", "municipality", "B")),
    )
    a.findings.append(None)  # type: ignore[arg-type]
    assert b.findings == []


def test_closed_set_fields_keep_to_the_vocabulary(extractions):
    assert extractions
    for extraction in extractions:
        assert extraction.municipality.kind == "municipality"
        assert {e.kind for e in extraction.entities.values()} <= set(ENTITY_KINDS)
        assert {m.kind for m in extraction.mentions} <= set(ENTITY_KINDS)
        assert {f.polarity for f in extraction.findings} <= set(POLARITIES)
        assert {r.type for r in extraction.relations} <= set(RELATION_TYPES)
