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


def test_a_province_in_brackets_after_the_name_is_no_part_of_it(lexicon):
    doc = parse_profile("Gouda (Zuid-Holland)\n\nTekst.\n", "gouda")
    assert municipality_of(doc, lexicon).iri == ID + "municipality/gouda"


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


def _merged_by_definition(lexical, places, strong):
    """_merge_mentions as its docstring states it, mention by mention."""
    kept_places = [
        p
        for p in places
        if (p.start, p.end) in strong
        or not any(m.start <= p.start and p.end <= m.end for m in lexical)
    ]
    kept = [m for m in lexical if not any(m.start < p.end and p.start < m.end for p in kept_places)]
    return sorted(kept + kept_places, key=lambda m: (m.start, m.end, m.entity))


def test_merge_mentions_keeps_what_covers_and_drops_what_overlaps():
    import random

    from kg.extract import _merge_mentions
    from kg.extract.model import SentenceMention

    rng = random.Random(7)
    for _ in range(300):
        spans = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 30) for _ in range(8))]
        lexical = [
            SentenceMention(f"urn:l{i}", "role", s, e, "x", 1) for i, (s, e) in enumerate(spans)
        ]
        places = [
            SentenceMention(f"urn:p{i}", "municipality", s, s + rng.randint(1, 8), "x", 1)
            for i, s in enumerate(rng.randint(0, 30) for _ in range(rng.randint(0, 5)))
        ]
        strong = {(p.start, p.end) for p in places if rng.random() < 0.3}
        assert _merge_mentions(lexical, places, strong) == _merged_by_definition(
            lexical, places, strong
        )
    # "Den Haag" as the national government covers the municipality; after "gemeente" not
    gov = SentenceMention("urn:gov", "organisation", 0, 8, "Den Haag", 1)
    city = SentenceMention("urn:denhaag", "municipality", 0, 8, "Den Haag", 1)
    assert _merge_mentions([gov], [city], set()) == [gov]
    assert _merge_mentions([gov], [city], {(0, 8)}) == [city]


def test_a_body_a_heading_gives_the_floor_to_is_an_entity_of_the_extraction(lexicon):
    # a heading mints no mention: the body named only there still speaks as an entity
    text = (
        "Teststad\n\nBestuur\n\nDe gemeente heeft een klein college.\n\nUWV\n\n"
        "De samenwerking met de gemeente verloopt moeizaam.\n"
    )
    ex = extract(parse_profile(text, "teststad"), lexicon)
    uwv = ID + "organisation/uwv"
    assert [f.speakers for f in ex.findings][-1] == (uwv,)
    assert ex.entities[uwv].kind == "organisation"
    assert all(m.entity != uwv for m in ex.mentions)  # named in the heading alone


def test_a_role_that_speaks_is_not_added_to_the_entities(lexicon):
    text = "Teststad\n\nBestuur\n\nDe gemeente heeft een klein college.\n"
    ex = extract(parse_profile(text, "teststad"), lexicon)
    assert all(s.endswith("role/authors") for f in ex.findings for s in f.speakers)
    assert not any(iri.endswith("role/authors") for iri in ex.entities)
