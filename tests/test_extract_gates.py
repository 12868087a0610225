"""Key-word gates skip sentences without changing what the extractors find."""

from __future__ import annotations

import re

from conftest import SEEDS
from extract_helpers import _lexicon_and_headings

from kg.document import Sentence, parse_profile
from kg.extract import extract
from kg.extract.gates import KeyWords
from kg.loading import read_profile


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [Sentence(i + 1, s, e, None, 1) for i, (s, e) in enumerate(spans)]


def test_gate_agrees_with_a_case_insensitive_regex_even_for_odd_letters():
    # re.IGNORECASE matches ſ to s and ı/İ to i; str.lower does not
    text = "Het ſteeg. Het daalt. Niets hier. De cijfers STIJGEN. DİT."
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    sentences = _sentences(text, spans)
    words = ["steeg", "stijgen", "dit"]
    pattern = re.compile("|".join(words), re.IGNORECASE)
    expected = {s.index for s in sentences if pattern.search(text, s.start, s.end)}
    assert KeyWords(text, sentences).sentences(words) == expected == {1, 4, 5}


def test_a_word_across_a_sentence_boundary_marks_both_sentences():
    text = "aaa hoo gbbb"
    sentences = _sentences(text, [(0, 6), (6, 12)])
    assert KeyWords(text.replace(" g", "g"), sentences).sentences(["hoog"]) == {1, 2}


def test_an_odd_text_marks_every_occurrence_as_a_plain_one_does():
    # "gerst" begins inside "hoge" and ends in the next sentence: one search of the words
    # together would find "hoge" and go on after it; each word is looked up on its own
    words = ["hoge", "gerst"]
    spans = [(0, 10), (10, 13)]
    for text in ("Het ſ hogerst", "Het s hogerst"):
        assert KeyWords(text, _sentences(text, spans)).sentences(words) == {1, 2}, text
    assert KeyWords("Het ſ hogerst", _sentences("Het ſ hogerst", spans)).lower is None


def test_extraction_is_the_same_with_every_gate_open(monkeypatch):
    lexicon, headings = _lexicon_and_headings()
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        source = read_profile(path)
        docs.append(parse_profile(source.text, source.name, headings))
    gated = [extract(doc, lexicon) for doc in docs]
    monkeypatch.setattr(
        KeyWords, "sentences", lambda self, words: {s.index for s in self.sentence_list}
    )
    assert [extract(doc, lexicon) for doc in docs] == gated
    assert sum(len(x.indicators) for x in gated) > 50
