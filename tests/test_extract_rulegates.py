"""Rule gates: the rules a span opens are those whose key words its lower case holds."""

from __future__ import annotations

import re

from kg.extract import contrasts
from kg.extract.rulegates import RuleGates
from kg.extract.sentencecache import clear

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


def test_a_text_whose_lower_case_changes_length_is_read_span_by_span():
    # "İ" lowers to two characters: offsets of the whole text's lower case shift after it
    for text in ("İİİ het is hoog. De kosten zijn laag.", "ΣΣ het HOOGSTE. Niets."):
        gates = RuleGates(_RULES)
        clear()
        for start, end in _spans(text):
            assert gates.open(text, start, end) == _by_search(_RULES, text, start, end)


def test_contrasts_open_the_rules_their_key_words_name():
    text = "Het zorggebruik is hoog in vergelijking met het landelijk beeld. Niets."
    clear()
    opened = contrasts._RULE_GATES.open(text, 0, 64)
    assert contrasts._levels_against in opened and contrasts._deviations not in opened
    assert contrasts._RULE_GATES.open(text, 65, len(text)) == []
