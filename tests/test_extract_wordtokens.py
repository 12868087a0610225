"""Tests of kg.extract.wordtokens: the one word tokeniser of the scope and gate rules."""

import re
import sys

from kg.document import Sentence
from kg.extract import negation, wordgate
from kg.extract.gates import KeyWords
from kg.extract.sentencecache import RUN, _read_whole, clear, whole
from kg.extract.wordtokens import (
    _WORD,
    FOLDS_APART,
    TOKEN,
    all_words,
    holds_word,
    lower_span,
    lowered,
    plain,
    words,
)


def test_words_keep_compounds_and_lower_case() -> None:
    text = "De Wmo-raad en cliënt’s zorg: 12 jongeren."
    assert [w for _, _, w in words(text, 0, len(text))] == [
        "de", "wmo-raad", "en", "cliënt’s", "zorg", "12", "jongeren",
    ]  # fmt: skip


def test_offsets_point_into_the_text_and_stay_in_the_span() -> None:
    text = "Het werkt niet goed, zegt men."
    found = words(text, 4, 19)
    assert [text[s:e].lower() for s, e, _ in found] == ["werkt", "niet", "goed"]
    assert all(4 <= s < e <= 19 for s, e, _ in found)


def test_negation_and_the_word_gates_read_the_same_tokens() -> None:
    assert negation.words is words  # bench_extract clears this one cache
    text = "Het X-valt mee."
    assert {w for _, _, w in words(text, 0, len(text))} <= wordgate.parts(text, 0, len(text))


def test_the_letters_folded_apart_are_those_the_unicode_tables_give() -> None:
    latin1 = re.compile("[\x00-\xff]", re.IGNORECASE)
    everything = [chr(c) for c in range(sys.maxunicode + 1)]
    # matched to a Latin-1 letter by a case-insensitive pattern, from outside Latin-1
    matched = {c for c in everything[0x100:] if latin1.match(c)}
    longer = {c for c in everything if len(c.lower()) != 1}
    by_neighbours = {c for c in everything if ("a" + c).lower() != "a" + c.lower()}
    assert set(FOLDS_APART) == matched | longer | by_neighbours
    assert len(FOLDS_APART) == len(set(FOLDS_APART))


def test_each_letter_folded_apart_is_read_otherwise_by_str_lower() -> None:
    for letter in "\u0131\u017f\u03bc\u039c":  # ı, ſ, μ, Μ: a pattern finds i, s, µ
        target = re.search(letter, "is\u00b5", re.IGNORECASE)
        assert target is not None and target.group() not in letter.lower()
    assert len("D\u0130T".lower()) == 4  # İ lowers to two characters
    assert "\u03a3\u03a3".lower() != "\u03a3".lower() * 2  # Σ lowers by its neighbours
    for letter in "\u0178\u1e9e\u212a\u212b":  # Ÿ, ẞ, K, Å: lower to ÿ, ß, k, å ...
        assert ord(letter.lower()) <= 0xFF
        assert words("x" + letter + "y", 0, 3) == ((0, 1, "x"), (2, 3, "y"))  # ... no word's
    assert not any(plain("Het " + letter + " is.") for letter in FOLDS_APART)


def test_a_plain_text_lowered_holds_a_word_where_a_pattern_finds_it() -> None:
    text = "Cliënten ZÉÉR Tevreden; ÆSOP, Øre en Straße: 5 µg, ‘zo’ — “dus” IJSSEL €."
    assert plain(text) and plain("ascii only") and plain("")
    low = text.lower()
    for word in ("cliënten", "zéér", "æsop", "øre", "straße", "µg", "ijssel", "s", "e"):
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        found = [m.start() for m in re.finditer(f"(?={re.escape(word)})", low)]
        assert found == [m.start() for m in pattern.finditer(text)], word


def test_a_documents_lower_case_is_made_once_and_shared_by_the_gates() -> None:
    clear()
    text = "De Raad zegt: het aantal CLIËNTEN stijgt."
    low = lowered(text)
    assert low == text.lower() and lowered(text) is low
    assert KeyWords(text, [Sentence(1, 0, len(text), None, 1)]).lower is low
    assert lowered("De raad \u017ftelt.") is None
    clear()
    assert lowered(text) == low and lowered(text) is not low  # made anew per document


def test_a_plain_texts_words_read_from_its_lower_case_are_its_own_words_lowered() -> None:
    # words() reads a plain text's shared lower case: each code point outside FOLDS_APART
    # lowers to one character, and a letter or joint of a word to one, anything else to none
    word_char = re.compile(r"[-’'0-9A-Za-zÀ-ÖØ-öø-ÿ]")
    for c in map(chr, range(sys.maxunicode + 1)):
        if c not in FOLDS_APART:
            low = c.lower()
            assert len(low) == 1 and bool(word_char.match(c)) == bool(word_char.match(low)), c
    clear()
    text = "Cliënt’s ZÉÉR-Tevreden; ÆSOP, Øre en Straße: 5 µg, IJSSEL’s X-valt."
    expected = tuple((m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))
    found, starts, ends = all_words(text)
    assert found == words(text, 0, len(text)) == expected
    assert (starts, ends) == ([s for s, _, _ in expected], [e for _, e, _ in expected])
    assert words(text, 3, 20) == tuple(
        (m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, 3, 20)
    )  # a span that cuts a word reads it on its own
    odd = "De raad \u017ftelt X-ſ."
    assert all_words(odd)[0] == tuple(
        (m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(odd)
    )


def test_all_tokens_are_the_tokens_read_from_the_text() -> None:
    """The tokens taken from the runs of word characters are those the pattern reads."""
    import random

    rng = random.Random(7)
    for letters in ("ab Zé9’'-_. xß", "a’' é", "a’'²μ_é\n Ÿ1"):
        for _ in range(3000):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
            clear()
            whole(RUN, text)  # the runs read first, as the document's are
            assert whole(TOKEN, text) == _read_whole(TOKEN, text, False), text


def test_all_words_are_the_words_read_from_the_lower_case() -> None:
    """The words taken from the runs of word characters are those the pattern reads."""
    import random

    rng = random.Random(11)
    for letters in ("ab Zé9’'-_. xß", "a’'- é", "a’'²μ_é\n Ÿ1-", "aB-’ "):
        for _ in range(3000):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
            clear()
            whole(RUN, text)  # the runs read first, as the document's are
            assert all_words(text) == _read_whole(_WORD, text, True), text


def test_holds_word_is_the_lower_case_of_the_span():
    """The shared lower case answers as lower-casing the span would, for every span, also
    for a text it does not read (a letter str.lower folds apart) and words at the ends."""
    keys = ("ouderen", "vergrij", "wet")
    for text in (
        "De OUDEREN en de Vergrijzing; wet.",
        "Ouderen \u017ftad Wet",
        "Ouderen \u0130 wet",
    ):
        clear()
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = any(k in text[start:end].lower() for k in keys)
                assert holds_word(text, start, end, keys) is expected, (text, start, end)


def test_lower_span_is_the_lower_case_of_the_span():
    """A slice of the shared lower case equals lower-casing the span, for every span, also
    in a text it does not read (a letter str.lower folds apart, İ lowering to two, a
    capital sigma lowered by its neighbours) and in an empty text."""
    for text in (
        "De OUDEREN en de Vergrijzing; cliënt’s WET.",
        "Ouderen \u017ftad Wet",
        "Ouderen \u0130 wet",
        "\u039f\u0394\u039f\u03a3 \u03a3X",
        "",
    ):
        clear()
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert lower_span(text, start, end) == text[start:end].lower(), (text, start, end)
