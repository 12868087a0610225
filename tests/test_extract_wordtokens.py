"""Tests of kg.extract.wordtokens: the one word tokeniser of the scope and gate rules."""

from kg.extract import negation, wordgate
from kg.extract.wordtokens import words


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
