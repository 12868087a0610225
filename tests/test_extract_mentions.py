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


def _every_candidate(matcher: Matcher, text: str) -> list[tuple[str, int, int]]:
    """The plain definition: at each token every pattern it opens is tried, longest wins,
    and a match of two words or more gives way to a longer name (capitalised) that opens
    at its second word and runs past it."""
    toks, info = _token_index(text).span(0, len(text))

    def longest(i: int) -> tuple[int, set[str]]:
        ones, longer = matcher._opening(info[i][1], info[i][2])
        candidates = longer[3] + ones  # every pattern it opens, longest first
        best_n, best = 0, set()
        for compiled in candidates:
            if compiled.n >= best_n and i + compiled.n <= len(toks) and compiled.matches(info, i):
                best_n = compiled.n
                best.add(compiled.pattern.entry.iri)
        return best_n, best

    found, i = [], 0
    while i < len(toks):
        best_n, best = longest(i)
        if best_n > 1 and i + 1 < len(toks) and info[i + 1][0][:1].isupper():
            next_n, _ = longest(i + 1)
            if next_n > 1 and next_n > best_n - 1:
                i += 1
                continue
        found += [(iri, toks[i][0], toks[i + best_n - 1][1]) for iri in sorted(best)]
        i += best_n or 1
    return found


def test_a_longer_name_opening_inside_a_match_wins():
    """Leftmost-longest alone would read "de raad" and leave "voor de Kinderbescherming";
    a longer label opening at the match's second word and running past it wins."""
    entries = [
        LexiconEntry("de raad", "urn:x:council", "role", "altLabel"),
        LexiconEntry("Raad voor de Kinderbescherming", "urn:x:rvdk", "organisation", "prefLabel"),
        LexiconEntry("Kinderbescherming", "urn:x:rvdk", "organisation", "altLabel"),
        LexiconEntry("de gemeente", "urn:x:m", "role", "altLabel"),
    ]
    matcher = Matcher(entries)
    text = "De Raad voor de Kinderbescherming en de raad spreken de gemeente aan."
    got = [(m.entity, m.text) for m in matcher.find(text)]
    assert got == [
        ("urn:x:rvdk", "Raad voor de Kinderbescherming"),
        ("urn:x:council", "de raad"),
        ("urn:x:m", "de gemeente"),
    ]
    assert [(m.entity, m.start, m.end) for m in matcher.find(text)] == _every_candidate(
        matcher, text
    )


def test_second_word_refusal_keeps_every_match():
    """A pattern of two words or more is tried only where its second word can stand:
    plurals, singulars, lemmas and acronyms of the second word still match."""
    entries = [
        LexiconEntry("sociaal team", "urn:x:st", "body", "prefLabel"),
        LexiconEntry("de raad", "urn:x:r", "body", "altLabel"),
        LexiconEntry("op de goede weg", "urn:x:w", "cue", "prefLabel"),
        LexiconEntry("ISD BOL", "urn:x:isd", "body", "prefLabel"),
        LexiconEntry("team", "urn:x:t", "body", "hiddenLabel"),
    ]
    matcher = Matcher(entries)
    text = (
        "De sociaal teams en het sociaal team zijn op de goede weg; de raden en de raad "
        "vragen de ISD BOL, niet de isd bol, om een team."
    )
    expected = _every_candidate(matcher, text)
    assert [(m.entity, m.start, m.end) for m in matcher.find(text)] == expected
    assert {iri for iri, _, _ in expected} == {
        "urn:x:st",
        "urn:x:r",
        "urn:x:w",
        "urn:x:isd",
        "urn:x:t",
    }


def test_a_span_of_a_document_reads_as_the_span_alone():
    """On a span of a document :meth:`Matcher.find` visits only the tokens whose step
    is live (found once per document); a span that cuts a token is read on its own.
    Either way the answer is that of the span cut out and read as a text of its own."""
    lexicon, _ = _lexicon_and_headings()
    for start in range(0, 6000, 53):
        for length in (1, 40, 300):
            end = start + length
            got = lexicon.matcher.find(TEXT, start, end)
            alone = lexicon.matcher.find(TEXT[start:end])
            assert [(m.entity, m.start - start, m.end - start) for m in got] == [
                (m.entity, m.start, m.end) for m in alone
            ], (start, length)
    assert lexicon.matcher.find(TEXT)  # the document names entities
