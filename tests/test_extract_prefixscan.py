"""Prefix scans give exactly the matches of running the pattern at every position."""

import random
import re
from pathlib import Path

import pytest

from kg.extract import changes, numbers, sentencecache, speakergroups
from kg.extract.prefixscan import finditer, finditer_in, may_hold, prefixes, search, search_in

TEXT = (
    "Ambtenaren vertellen dat de wachttijd hoger is dan landelijk. Volgens de raad is het "
    "aantal klachten gestegen; aldus ouders. Het gebruik neemt toe, de gemeente meent dat "
    "het beter gaat dan vorig jaar. DE RAAD ZEGT: lager dan gemiddeld. Een toename van de "
    "lasten, steeds meer ouderen. Door de wethouder wordt gezegd dat het t.o.v. 2015 "
    "ongunstiger is. Vanuit het veld wordt aangegeven dat het zo is. Jongeren zien meer."
)
#: Characters re.IGNORECASE matches to i or s although str.lower does not lower them to it.
ODD = "Hij zeı dat. İs het zo? De ſtad zegt het, volgens ouders."
#: Numbered labels, one after a paragraph sign (a prefix that opens with no word character).
LABELS = "Zie § 3.2 en artikel 4, lid 2; in fase 1 en stap 2 - 3, tabel 5a. Het beleid§ 7 of §8."

PATTERNS = [
    *speakergroups._SPEAKER_SLOTS,
    changes._THANREF,
    changes._MORE_THAN,
    changes._CHANGE_WORD,
    changes._SPLIT_VERB,
    changes._ATTRIBUTIVE,
    re.compile(r"t\.o\.v\.\s+\d+"),
    re.compile(r"(?:hoger|lager)\s+dan", re.IGNORECASE),
    numbers._LABEL,
]


def _windows(text: str, count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        start = rnd.randrange(len(text))
        yield start, min(len(text), start + rnd.randrange(len(text)))


@pytest.mark.parametrize("text", [TEXT, ODD, LABELS])
def test_finditer_and_search_equal_the_patterns_own(text):
    sentencecache.clear()
    for pattern in PATTERNS:
        for start, end in [(0, len(text)), *_windows(text, 120, 3)]:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
            got = [(m.span(), m.groups()) for m in finditer(pattern, text, start, end)]
            assert got == expected, (pattern.pattern[:40], start, end)
            first = pattern.search(text, start, end)
            found = search(pattern, text, start, end)
            assert (found and found.span()) == (first and first.span())


def test_finditer_in_reads_a_cut_out_stretch_as_a_text_of_its_own():
    sentencecache.clear()
    for pattern in PATTERNS:
        for start, end in _windows(TEXT, 120, 4):
            piece = TEXT[start:end]
            expected = [m.span() for m in pattern.finditer(piece)]
            assert [m.span() for m in finditer_in(pattern, piece, TEXT, start)] == expected


def test_a_stretch_cut_inside_a_word_is_read_from_its_cut():
    sentencecache.clear()
    pattern = re.compile(r"\b(?:aantal|vertellen)\b", re.IGNORECASE)
    start = TEXT.index("tellen")  # "vertellen" cut after "ver": no word "vertellen" left
    piece = TEXT[start - 3 :]
    assert [m.group() for m in finditer_in(pattern, piece, TEXT, start - 3)][:1] == ["vertellen"]
    piece = TEXT[start:]
    assert [m.group() for m in finditer_in(pattern, piece, TEXT, start)][:1] == ["aantal"]


def test_a_stretch_cut_at_any_place_finds_what_the_pattern_finds_in_it():
    # the cut may fall inside a word, where "\\b" stands in the stretch but not in the text
    sentencecache.clear()
    at_runs = re.compile(r"\b(?:volgens|aldus|tellen|ouders|raad)\b", re.IGNORECASE)
    for pattern in [*PATTERNS, at_runs]:
        for start in range(len(TEXT)):
            piece = TEXT[start : start + 60]
            expected = [m.span() for m in pattern.finditer(piece)]
            assert [m.span() for m in finditer_in(pattern, piece, TEXT, start)] == expected
            first = pattern.search(piece)
            found = search_in(pattern, piece, TEXT, start)
            assert (found and found.span()) == (first and first.span()), (pattern, start)
    assert finditer_in(at_runs, TEXT[TEXT.index("tellen") :], TEXT, TEXT.index("tellen"))


def test_prefixes_follow_alternatives_optional_parts_and_character_sets():
    assert prefixes(re.compile(r"\b(?:volgens|aldus)\s+de\b", re.IGNORECASE)) == (
        "aldus",
        "volgens",
    )
    assert prefixes(re.compile(r"(?:be)?mer(?:kt|ken)")) == (
        "bemerken",
        "bemerkt",
        "merken",
        "merkt",
    )
    assert prefixes(re.compile(r"[Dd]e\s+(\w+)")) == ("de",)
    # a shorter prefix covers the longer ones it begins
    assert prefixes(re.compile(r"zie(?:t|n)?\b")) == ("zie",)


def test_a_pattern_that_may_open_with_no_literal_has_no_prefixes():
    assert prefixes(re.compile(r"\w+\s+dan")) is None
    assert prefixes(re.compile(r"(?:de\s+)?\w+")) is None
    assert prefixes(re.compile(r"(?:^|,\s*)[A-Z]\w+")) is None
    assert prefixes(re.compile(r"[^,]+ dan")) is None


def test_heads_begin_every_match():
    from kg.extract.prefixscan import heads

    assert heads(numbers._WORDS) is not None
    for pattern in [*PATTERNS, numbers._WORDS]:
        found = heads(pattern)
        if found is None:
            continue
        assert all(len(h) <= 3 for h in found)
        for text in (TEXT, LABELS, "Twintig of honderdvijftig, ÉÉN keer; één plan."):
            for m in pattern.finditer(text):
                assert m.group().lower().startswith(found), (pattern.pattern[:40], m.group())


def test_may_hold_is_false_only_when_no_case_of_a_word_stands_in_the_text():
    words = ("volgens", "uit")
    assert may_hold("VOLGENS de raad", words) and may_hold("Uitvoering", words)
    assert not may_hold("De raad zegt het.", words)
    # letters str.lower and re.IGNORECASE fold apart: the text may hold the word
    for odd in ("volgenſ", "uıt", "UİT"):
        assert may_hold(odd, words)
        assert re.search("|".join(words), odd, re.IGNORECASE)


def test_search_runs_finds_what_search_finds_in_pieces_of_the_profiles():
    from kg.extract import speakers, speakerslots, speechcues
    from kg.extract.prefixscan import search_runs

    patterns = [speechcues.REPORTING, speakers.PRONOUN_REPORT, speakerslots._BEFORE_INVERTED]
    root = Path(__file__).resolve().parent.parent
    rng = random.Random(11)
    for path in (
        sorted((root / "seeds").glob("*.txt"))[:1]
        + sorted((root / "tests" / "devset").glob("*.txt"))[:2]
    ):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[^.!?\n]+", text):
            a = rng.randint(m.start(), m.end())
            for piece in (m.group(), text[a : a + 60], text[max(0, a - 60) : a]):
                for pattern in patterns:
                    want, got = pattern.search(piece), search_runs(pattern, piece)
                    assert (want and want.span()) == (got and got.span()), (pattern, piece)


def test_search_runs_searches_a_piece_with_a_letter_folded_apart():
    from kg.extract.prefixscan import search_runs

    p = re.compile(r"\bzegt\s+zij\b", re.IGNORECASE)
    assert search_runs(p, "Dat zegt ſij niet.") is None  # "ſ" is no "z"
    assert search_runs(p, "Dat ZEGT zij niet.").start() == 4
    q = re.compile(r"\bis\s+het\b", re.IGNORECASE)
    assert search_runs(q, "Dat iſ het.").group() == "iſ het"  # the long s folds to "s"


def test_a_pattern_at_runs_is_tried_at_every_run_its_head_begins_in_any_case():
    sentencecache.clear()
    text = "De deur, DEELS dee de Dé-Deel; de_den deed: ΔE de2 dE. Één één eensgezind."
    for pattern in (
        re.compile(r"\b(?:de|dee)\w*", re.IGNORECASE),
        re.compile(r"\b(?:één|een)s?\b", re.IGNORECASE),
        re.compile(r"\bde\b"),
    ):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer(pattern, text, 0, len(text))] == expected


def test_may_hold_in_reads_only_the_span_and_opens_on_odd_letters() -> None:
    from kg.extract.prefixscan import may_hold_in

    text = "De samenwerking loopt. Het aanbod is mager."
    assert may_hold_in(text, 0, 22, ("samenwerk",))
    assert not may_hold_in(text, 23, len(text), ("samenwerk",))
    assert not may_hold_in(text, 0, len(text), ("wachtlijst", "plan"))
    # "ſ" folds to "s" in a case-insensitive pattern, not in str.lower: may hold anything
    assert may_hold_in("De ſamenwerking loopt.", 0, 22, ("samenwerk",))


def test_a_look_around_before_the_boundary_still_begins_at_runs() -> None:
    from kg.extract import prefixscan
    from kg.extract.sentencecache import clear

    clear()
    pattern = re.compile(r"(?<!volgens )\b(?:raad|raden)\s+\w+", re.IGNORECASE)
    assert prefixscan._at_run(pattern)
    text = "Volgens raad x. De Raad vindt, de wijkraad zegt, raden menen."
    found = [m.span() for m in prefixscan.finditer(pattern, text, 0, len(text))]
    assert found == [m.span() for m in pattern.finditer(text)] == [(19, 29), (49, 60)]
    assert prefixscan.positions(pattern, text) == [8, 19, 49]
