"""Word gates: a pattern is searched in a span only when one of its opening words stands there."""

import re
from pathlib import Path

import pytest

from kg.extract import implied, negation, speakers, wordgate
from kg.extract.sentencecache import clear
from kg.extract.wordgate import may_match, opening_words, parts

ROOT = Path(__file__).resolve().parent.parent


def test_opening_words_follow_groups_alternatives_and_optional_endings():
    pattern = re.compile(r"\b(?:sta(?:at|an)|stond(?:en)?)\s+centraal|\bspeelt\b", re.I)
    assert opening_words(pattern) == {"staat", "staan", "stond", "stonden", "speelt"}


def test_a_non_letter_before_the_word_bounds_it():
    assert opening_words(re.compile(r"(?:\(te\)|\bte)\s+(\w+)")) == {"te"}
    assert opening_words(re.compile(r"(?:^|[,;:]\s*)\W*voor\s+")) == {"voor"}


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


def test_a_text_with_a_folding_character_is_always_searched():
    clear()
    grows = re.compile(r"\bstijgt\b", re.I)
    text = "Het aantal ſtijgt."  # the long s matches "s" when case is ignored
    assert grows.search(text)
    assert may_match(grows, text, 0, len(text))


def _gated_patterns():
    found = []
    for module in (implied, negation, speakers):
        for _name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and opening_words(value) is not None:
                found.append(value)
    return found


def test_no_match_of_a_rule_pattern_is_gated_away_in_the_profiles():
    # every clause and sentence of the seeds and the dev set: where a gated pattern of the
    # scope and tone rules matches, the gate lets it be searched
    patterns = _gated_patterns()
    assert len(patterns) >= 10
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "devset").glob("*.txt")
    ):
        clear()
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[^.!?\n]+", text):
            spans = [(m.start(), m.end()), *negation.clauses(text, m.start(), m.end())]
            for a, b in spans:
                for pattern in patterns:
                    if pattern.search(text, a, b):
                        assert may_match(pattern, text, a, b), (pattern.pattern, text[a:b])
    clear()


def test_gates_are_kept_per_pattern():
    pattern = re.compile(r"\bwil\s+graag\b")
    assert opening_words(pattern) == {"wil"}
    assert wordgate._OPENINGS[id(pattern)][0] is pattern
