"""kg.extract: the lexicon from the ontology, the profile's municipality, one extraction."""

from __future__ import annotations

import pytest

from kg.document import parse_profile
from kg.extract import Lexicon, extract, municipality_of
from kg.extract.model import Entity
from kg.namespaces import ID
from kg.ontology import load_ontology


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon.from_graph(load_ontology())


def test_a_known_municipality_resolves_through_the_reference_data(lexicon):
    entity = municipality_of(parse_profile("Gemeente Heerlen\n\nTekst.\n", "heerlen"), lexicon)
    assert entity.kind == "municipality" and not entity.minted
    assert entity.iri == ID + "municipality/heerlen"


def test_an_unknown_title_is_minted(lexicon):
    entity = municipality_of(parse_profile("Nergensdorp\n\nTekst.\n", "x"), lexicon)
    assert entity == Entity(ID + "municipality/nergensdorp", "municipality", "Nergensdorp", True)


def test_with_entities_adds_names_without_changing_the_original(lexicon):
    minted = Entity("urn:role/x", "role", "dorpsverbinders", minted=True)
    local = lexicon.with_entities([("dorpsverbinders", minted)])
    assert local.resolve("dorpsverbinders", "role") is not None
    assert lexicon.resolve("dorpsverbinders", "role") is None
    assert "urn:role/x" in local.entities and "urn:role/x" not in lexicon.entities


def test_an_extraction_names_its_municipality_and_every_mentioned_entity(lexicon):
    text = (
        "Nergensdorp\n\nSamenwerking\n\n"
        "De gemeente Nergensdorp werkt samen met de gemeente Heerlen.\n"
        "Ambtenaren vertellen dat de Jeugdwet veel werk geeft.\n"
    )
    result = extract(parse_profile(text, "nergensdorp"), lexicon)
    assert result.municipality.label == "Nergensdorp" and result.municipality.minted
    assert {m.entity for m in result.mentions} <= set(result.entities)
    assert ID + "municipality/heerlen" in result.entities
    assert any(e.kind == "law" for e in result.entities.values())
