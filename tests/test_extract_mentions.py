"""The lexicon matcher's fast paths give what the plain definitions give."""

from __future__ import annotations

from conftest import SEEDS
from extract_helpers import _lexicon_and_headings

from kg.extract import Lexicon
from kg.extract.mentions import Matcher, _token_index, tokens
from kg.extract.model import Entity
from kg.ontology import LexiconEntry

TEXT = (SEEDS / "brunssum.txt").read_text(encoding="utf-8")


def test_token_spans_equal_splitting_the_span_itself():
    index = _token_index(TEXT)
    # word boundaries, mid-word cuts and empty spans alike
    for start in range(0, 3000, 37):
        for length in (0, 1, 5, 80, 400):
            toks, info = index.span(start, start + length)
            assert toks == tokens(TEXT, start, start + length), (start, length)
            assert [i[0] for i in info] == [t[2] for t in toks]


def test_extended_matcher_equals_a_rebuilt_one():
    entries = [
        LexiconEntry("ambtenaren", "urn:x:cs", "role", "prefLabel"),
        LexiconEntry("ISD BOL", "urn:x:isd", "body", "prefLabel"),
    ]
    extra = [
        LexiconEntry("Brunssum", "urn:x:b", "municipality", "hiddenLabel"),
        LexiconEntry("ambtenaren van Brunssum", "urn:x:cs-b", "role", "hiddenLabel"),
    ]
    base = Matcher(entries)
    base.find(TEXT)  # fill the shared candidate cache first
    extended = base.extended(extra)
    rebuilt = Matcher(entries + extra)
    assert extended.find(TEXT) == rebuilt.find(TEXT)
    assert {m.entity for m in extended.find(TEXT)} >= {"urn:x:b", "urn:x:isd"}
    assert "urn:x:b" not in {m.entity for m in base.find(TEXT)}  # the base is unchanged


def test_lexicon_with_entities_equals_a_rebuilt_lexicon():
    lexicon, _ = _lexicon_and_headings()
    town = Entity("urn:x:zuiderwolde", "municipality", "Zuiderwolde", minted=True)
    extra = [("Zuiderwolde", town), ("Zuiderwoldse", town), ("Brunssum", town)]
    fast = lexicon.with_entities(extra)
    slow = Lexicon(
        lexicon.entries + [LexiconEntry(label, e.iri, e.kind, "hiddenLabel") for label, e in extra]
    )
    slow.entities[town.iri] = town
    assert fast.entries == slow.entries
    assert fast.entities == slow.entities
    for name in ("Zuiderwolde", "brunssum", "Bunschoten", "Nergenshuizen"):
        assert fast.resolve(name, "municipality") == slow.resolve(name, "municipality")
    assert fast.matcher.find(TEXT) == slow.matcher.find(TEXT)
    assert lexicon.resolve("Zuiderwolde", "municipality") is None  # the base is unchanged


def test_a_verb_form_does_not_name_the_interviewees():
    """ "betrokkenen" lemmatises to "betrekken": the verb and the adjective name no group."""
    m = Matcher([LexiconEntry("betrokkenen", "urn:x:iv", "role", "altLabel")])
    text = "Betrokken ouders willen de buurt betrekken. Volgens betrokkenen werkt het."
    assert [x.text for x in m.find(text)] == ["betrokkenen"]


def test_a_role_named_in_the_plural_matches_its_singular():
    m = Matcher([LexiconEntry("jeugdverpleegkundigen", "urn:x:yd", "role", "altLabel")])
    text = "De jeugdverpleegkundige en twee jeugdverpleegkundigen."
    assert [x.text for x in m.find(text)] == ["jeugdverpleegkundige", "jeugdverpleegkundigen"]


def test_a_compound_ending_in_a_person_noun_names_a_kind_of_the_role():
    m = Matcher(
        [
            LexiconEntry("bewoners", "urn:x:res", "role", "altLabel"),
            LexiconEntry("bestuurders", "urn:x:board", "role", "altLabel"),
            LexiconEntry("medewerkers", "urn:x:cs", "role", "hiddenLabel"),
        ]
    )
    text = "Buurtbewoners, zorgbestuurders en thuiszorgmedewerkers."
    # governors of another body and hidden labels head no compound
    assert [(x.text, x.entity) for x in m.find(text)] == [("Buurtbewoners", "urn:x:res")]


def test_staff_compounds_and_modifiers_resolve_to_the_group():
    from extract_helpers import extract_text, key

    _doc, ex = extract_text(
        "De wijkteammedewerkers en de geïnterviewde ambtenaren vertellen dat het druk is."
    )
    roles = [(m.text, key(m.entity)) for m in ex.mentions if m.kind == "role"]
    assert roles == [
        ("wijkteammedewerkers", "role/social-team"),
        ("ambtenaren", "role/civil-servants"),
    ]
