"""Rule gates: the rules a span opens are those whose key words its lower case holds."""

from __future__ import annotations

import re

from conftest import SEEDS
from extract_helpers import _lexicon_and_headings

from kg.document import Sentence, parse_profile
from kg.extract import comparisons, contrasts, extract, rulegates
from kg.extract.gates import KeyWords
from kg.extract.rulegates import KeyGate, RuleGates, SentenceGates
from kg.extract.sentencecache import clear
from kg.loading import read_profile

_RULES = [
    (("hoog", "laag", "hoger"), "level"),
    (("hoogste", "laagste"), "top"),
    ((" onder", "t.o.v"), "against"),
    (("af van",), "deviates"),
]


def _by_search(rules, text: str, start: int, end: int) -> list[str]:
    """What a pattern per rule, searched in the span's lower case, opens."""
    low = text[start:end].lower()
    return [r for words, r in rules if re.search("|".join(map(re.escape, words)), low)]


def _spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?:[^.]|\.(?=\S))+\.?", text)]


def test_the_rules_opened_are_those_a_search_per_rule_opens():
    sentences = [
        "Het gebruik is HOOG t.o.v. de regio.",
        "De kosten liggen onder de norm.",
        "Wijkt nauwelijks af van het gemiddelde.",
        "Het laagste aandeel.",
        "Niets hier.",
    ]
    text = " ".join(sentences)
    spans = [(text.index(s), text.index(s) + len(s)) for s in sentences]
    gates = RuleGates(_RULES)
    clear()
    for start, end in spans:
        assert gates.open(text, start, end) == _by_search(_RULES, text, start, end)
    opened = [gates.open(text, s, e) for s, e in spans]
    assert opened == [["level", "against"], ["against"], ["deviates"], ["level", "top"], []]


def test_a_key_word_cut_by_the_span_end_opens_nothing():
    text = "De wachttijd is hoog"
    gates = RuleGates(_RULES)
    clear()
    assert gates.open(text, 0, len(text) - 1) == []  # "hoo" only
    assert gates.open(text, 0, len(text)) == ["level"]


def test_a_rule_without_key_words_is_always_open():
    gates = RuleGates([((), "any"), (("hoog",), "level")])
    clear()
    assert gates.open("Niets.", 0, 6) == ["any"]


def test_a_text_str_lower_reads_apart_from_a_pattern_opens_every_rule():
    # "İ" lowers to two characters (the lower case's offsets shift after it), a pattern
    # matches "ſ" as "s" where str.lower keeps it, a capital sigma lowers by its neighbours
    texts = ("İİİ het is hoog. De kosten zijn laag.", "Het ſteeg. Niets.", "ΣΣ het HOOGSTE. Niets.")
    for text in texts:
        gates = RuleGates(_RULES)
        clear()
        for start, end in _spans(text):
            assert gates.open(text, start, end) == [rule for _, rule in _RULES]
    text = "Het aantal ſtijgt."  # a rule's pattern finds what the lower case does not hold
    assert re.search("stijgt", text, re.IGNORECASE) and "stijgt" not in text.lower()
    assert RuleGates([(("stijgt",), "rise"), (("daalt",), "fall")]).open(text, 0, 18) == [
        "rise",
        "fall",
    ]


def test_contrasts_open_the_rules_their_key_words_name():
    text = "Het zorggebruik is hoog in vergelijking met het landelijk beeld. Niets."
    clear()
    opened = contrasts._RULE_GATES.open(text, 0, 64)
    assert contrasts._levels_against in opened and contrasts._deviations not in opened
    assert contrasts._RULE_GATES.open(text, 65, len(text)) == []


def test_key_occurrences_are_every_str_find_of_every_key_word():
    # the seeds' lower case, read once for the whole vocabulary, finds what str.find finds
    clear()
    for path in sorted(SEEDS.glob("*.txt")):
        low = path.read_text(encoding="utf-8").lower()
        by_find = set()
        for word in rulegates._VOCABULARY:
            at = low.find(word)
            while at >= 0:
                by_find.add((at, at + len(word), word))
                at = low.find(word, at + 1)
        found = rulegates.key_occurrences(low)
        assert found == sorted(found) and set(found) == by_find
        assert len(found) > 300


def test_a_key_word_inside_another_is_found_as_well():
    gates = RuleGates([(("voor", "oor", "vooruit", "uit"), "x")])
    clear()
    low = "het gaat vooruit."
    mine = [o for o in rulegates.key_occurrences(low) if o[2] in {"voor", "oor", "vooruit", "uit"}]
    assert mine == [(9, 13, "voor"), (9, 16, "vooruit"), (10, 13, "oor"), (13, 16, "uit")]
    assert gates.open(low, 0, 13) == ["x"]


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(i + 1, a, b, None, 1) for i, (a, b) in enumerate(_spans(text))]


def test_sentence_gates_mark_what_key_words_mark():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("Het ſteeg. Het daalt. Niets hier. De cijfers STIJGEN (sterk). DİT is hoger.")
    for text in texts:
        clear()
        sentences = _sentences(text)
        found = comparisons._SENTENCE_GATES.sentences(text, sentences)
        key_words = KeyWords(text, sentences)
        assert found == {n: key_words.sentences(w) for n, w in comparisons._GATES.items()}
    assert found["trend"] == {1, 2, 4} and found["paren"] == {4}


def test_a_key_word_across_a_sentence_boundary_marks_both_sentences():
    text = "aaa hoger"
    sentences = [Sentence(1, 0, 6, None, 1), Sentence(2, 6, 9, None, 1)]
    clear()
    assert SentenceGates({"cmp": ("hoger",)}).sentences(text, sentences) == {"cmp": {1, 2}}


def test_extraction_is_the_same_with_every_gate_open(monkeypatch):
    lexicon, headings = _lexicon_and_headings()
    sources = [read_profile(path) for path in sorted(SEEDS.glob("*.txt"))]
    docs = [parse_profile(source.text, source.name, headings) for source in sources]
    gated = [extract(doc, lexicon) for doc in docs]

    def every_sentence(self, text, sentences):
        return {name: {s.index for s in sentences} for name in self.gates}

    monkeypatch.setattr(SentenceGates, "sentences", every_sentence)
    every_rule = lambda self, text, start, end: (1 << len(self.rules)) - 1  # noqa: E731
    monkeypatch.setattr(RuleGates, "mask", every_rule)
    monkeypatch.setattr(KeyGate, "holds", lambda self, text, start, end: True)
    assert [extract(doc, lexicon) for doc in docs] == gated
    assert sum(len(x.indicators) for x in gated) > 50


def test_a_key_gate_opens_the_spans_a_case_insensitive_search_opens():
    words = ("stijgende", "dalende", "krimpende")
    pattern = re.compile("|".join(words), re.IGNORECASE)
    gate = KeyGate(words)
    for text in (
        "Een STIJGENDE vraag. Niets. Een dalend aantal. De krimpende bevolking.",
        "Een ſtijgende vraag. Niets hier.",
        "İİ een dalende vraag. Niets.",
    ):
        clear()
        for start, end in _spans(text):
            assert gate.holds(text, start, end) >= bool(pattern.search(text, start, end))
    clear()
    text = "Een STIJGENDE vraag. Niets. Een dalend aantal. De krimpende bevolking."
    assert [gate.holds(text, a, b) for a, b in _spans(text)] == [True, False, False, True]
    assert gate.holds("Een ſtijgende vraag. Niets hier.", 21, 32)  # an odd letter: all open


def test_key_occurrences_are_every_start_of_every_key_word():
    gates = RuleGates([(("hoog", "hoogste", "ogs", "(", " om "), "x"), (("laag",), "y")])
    assert gates.rules == ("x", "y")
    low = "het hoogste (laag) om  om hoogste."
    words = sorted(rulegates._VOCABULARY)
    expected = sorted(
        (at, at + len(w), w) for w in words for at in range(len(low)) if low.startswith(w, at)
    )
    assert rulegates.key_occurrences(low) == expected
