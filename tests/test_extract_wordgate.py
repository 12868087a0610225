"""Word gates: a pattern is searched in a span only when one of its opening words stands there."""

import re
from pathlib import Path

import pytest

from kg.extract import implied, negation, scarcity, speakergroups, speakers, speakerslots, wordgate
from kg.extract.sentencecache import clear
from kg.extract.wordgate import Gates, WordSets, may_match, opening_words, parts

ROOT = Path(__file__).resolve().parent.parent


def test_opening_words_follow_groups_alternatives_and_optional_endings():
    pattern = re.compile(r"\b(?:sta(?:at|an)|stond(?:en)?)\s+centraal|\bspeelt\b", re.I)
    assert opening_words(pattern) == {"staat", "staan", "stond", "stonden", "speelt"}


def test_a_non_letter_before_the_word_bounds_it():
    assert opening_words(re.compile(r"(?:\(te\)|\bte)\s+(\w+)")) == {"te"}
    assert opening_words(re.compile(r"(?:^|[,;:]\s*)\W*voor\s+")) == {"voor"}


def test_a_long_list_of_opening_words_still_gates():
    verbs = sorted({f"{a}{b}{c}" for a in "bdgkmpstvz" for b in "aeiou" for c in "klmnprst"})
    assert len(verbs) == 400
    pattern = re.compile(rf"\b(?:{'|'.join(verbs)})(?:t|en)?\s+dat\b", re.IGNORECASE)
    words = opening_words(pattern)
    assert words is not None and len(words) == 3 * 400  # each verb, with "t" and with "en"
    assert "bakt" in words and "zuten" in words
    assert may_match(pattern, "Zij bakken het.", 0, 15) is False  # "bakken" is no opening
    assert may_match(pattern, "Zij bakt dat.", 0, 13) is True


def test_look_arounds_are_passed_over():
    assert opening_words(re.compile(r"\b(?:be)?merkt(?!\s+niets)\s+")) == {"merkt", "bemerkt"}


@pytest.mark.parametrize(
    "source",
    [
        r"\bte\w*",  # the word may go on
        r"te\s+laat",  # no boundary before: "te" may end a longer word ("grote laat")
        r"\b[a-z]+\s+nodig",  # no literal word
        r"\b(?:zou)?\s*moeten",  # an optional opening
        r"\bpas",  # the word may go on after the pattern
        r"\W*in\s+",  # nothing bounds the word: "\\W*" may match no character
    ],
)
def test_patterns_without_plain_opening_words_have_no_gate(source):
    assert opening_words(re.compile(source, re.I)) is None


def test_an_ascii_pattern_has_no_gate():
    # under re.ASCII "é" is no word character, so "\\b" may stand inside a word
    assert opening_words(re.compile(r"\bte\b", re.ASCII)) is None


def test_parts_hold_the_words_and_the_parts_of_joined_words():
    clear()
    text = "De Wmo-raad is tevreden."
    assert parts(text, 0, len(text)) == {"de", "wmo-raad", "wmo", "raad", "is", "tevreden"}


def test_a_span_without_an_opening_word_is_not_searched():
    clear()
    late = re.compile(r"\bpas\s+(?:[a-z]+\s+)?later\b", re.I)
    text = "Hulp komt PAS veel later. Hulp komt snel."
    assert may_match(late, text, 0, 25)
    assert not may_match(late, text, 26, len(text))


def test_may_match_is_whether_an_opening_word_is_among_the_parts_of_the_span():
    # read from the document's words, the answer is that of the span's own parts
    patterns = [*speakergroups._SPEAKER_SLOTS, *_gated_patterns()[:20]]
    asked = 0
    for text, spans in _profile_spans():
        spans += [(a + 1, b - 1) for a, b in spans if b - a > 2]  # both ends cut a word
        for pattern in patterns:
            words = opening_words(pattern)
            for a, b in spans:
                expected = words is None or not words.isdisjoint(parts(text, a, b))
                assert may_match(pattern, text, a, b) == expected, (pattern.pattern, a, b)
                asked += not expected
    assert asked > 1000  # spans the gates close


def test_a_text_with_a_folding_character_is_always_searched():
    clear()
    grows = re.compile(r"\bstijgt\b", re.I)
    text = "Het aantal ſtijgt."  # the long s matches "s" when case is ignored
    assert grows.search(text)
    assert may_match(grows, text, 0, len(text))


def _gated_patterns():
    found = []
    for module in (implied, negation, speakers, speakerslots):
        for _name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and opening_words(value) is not None:
                found.append(value)
    return found


def test_no_match_of_a_rule_pattern_is_gated_away_in_the_profiles():
    # every clause and sentence of the seeds and the dev set: where a gated pattern of the
    # scope and tone rules matches, the gate lets it be searched
    patterns = _gated_patterns()
    assert len(patterns) >= 10
    for text, spans in _profile_spans():
        for a, b in spans:
            for pattern in patterns:
                if pattern.search(text, a, b):
                    assert may_match(pattern, text, a, b), (pattern.pattern, text[a:b])


def _profile_spans():
    """Per profile of the seeds and the dev set: its text and, per sentence, the sentence
    and its clauses (the caches emptied per profile)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "devset").glob("*.txt")
    ):
        clear()
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[^.!?\n]+", text):
            yield text, [(m.start(), m.end()), *negation.clauses(text, m.start(), m.end())]
    clear()


def test_gates_are_kept_per_pattern():
    pattern = re.compile(r"\bwil\s+graag\b")
    assert opening_words(pattern) == {"wil"}
    assert wordgate._OPENINGS[id(pattern)][0] is pattern


def _bits_of(sets, found):
    return sum(1 << i for i, words in enumerate(sets) if not found.isdisjoint(words))


def test_word_sets_give_what_the_parts_of_each_span_give():
    # every sentence, clause and window of up to 60 characters before a word (which cuts
    # a word at its start) in the seeds and the dev set
    sets = [negation.NEGATORS, {"zonder"}, scarcity.SCARCE_WORDS, {"raad", "wmo"}, {"de", "het"}]
    words = WordSets(sets)
    for text, spans in _profile_spans():
        spans += [(max(spans[0][0], a - 60), a) for a, _, _ in negation.words(text, *spans[0])]
        spans += [(a + 1, b - 1) for a, b in spans if b - a > 2]  # both ends cut a word
        for a, b in spans:
            assert words.present(text, a, b) == _bits_of(sets, parts(text, a, b)), text[a:b]


def test_word_sets_read_the_parts_of_joined_and_cut_words():
    clear()
    sets = WordSets([{"raad"}, {"wmo-raad"}, {"aad"}])
    text = "De Wmo-raad is er."
    assert sets.present(text, 0, len(text)) == 0b011
    assert sets.present(text, text.index("aad"), len(text)) == 0b100  # "aad" on its own
    assert sets.present(text, 0, text.index("aad")) == 0  # "De Wmo-r": no word of a set


def test_gates_close_the_patterns_whose_opening_words_are_absent():
    clear()
    late = re.compile(r"\bpas\s+later\b", re.I)
    soon = re.compile(r"\bbinnen\s+een\s+dag\b", re.I)
    free = re.compile(r"\w+\s+later")  # no opening word: never closed
    gates = Gates([late, soon, free])
    text = "Hulp komt PAS later. Hulp komt binnen een dag."
    assert gates.closed(text, 0, 20) == {id(soon)}
    assert gates.closed(text, 21, len(text)) == {id(late)}
    assert gates.closed(text, 0, 4) == {id(late), id(soon)}
    assert gates.closed("Het aantal ſtijgt pas later.", 0, 10) == frozenset()  # a folding letter
