"""A service cut back in the clause after its name (invented claims)."""

from __future__ import annotations

from extract_helpers import polarity_of

from kg.extract.resumedcuts import resumed_cuts
from kg.extract.toneframes import Cue


def _cut_words(sentence: str, name: str) -> list[str]:
    at = sentence.index(name)
    cue = Cue(at, at + len(name), -1, problem=True, subject=True)
    found = resumed_cuts(sentence, 0, len(sentence), [cue])
    return [sentence[c.start : c.end] for c in found[1:]]


def test_a_cut_after_a_relative_clause_is_read():
    s = "De dagbesteding, die sinds 2015 door twee stichtingen wordt geboden, werd afgebouwd."
    assert _cut_words(s, "dagbesteding") == ["afgebouwd"]


def test_a_cut_in_the_relative_clause_is_read():
    s = "Ook de dagbesteding, die in 2016 werd afgebouwd, vraagt veel tijd van het team."
    assert _cut_words(s, "dagbesteding") == ["afgebouwd"]


def test_a_denied_cut_or_no_cut_is_not_read():
    s = "De dagbesteding, die in 2016 niet werd afgebouwd, vraagt veel tijd van het team."
    assert _cut_words(s, "dagbesteding") == []
    s = "De dagbesteding, die sinds 2015 door twee stichtingen wordt geboden, werd uitgebreid."
    assert _cut_words(s, "dagbesteding") == []


def test_a_name_not_closing_its_clause_is_left_to_its_clause():
    s = "De dagbesteding voor ouderen, die in 2016 werd afgebouwd, vraagt veel tijd."
    assert _cut_words(s, "dagbesteding") == []


def test_a_resumed_cut_of_a_service_is_negative():
    s = (
        "De huishoudelijke hulp, die sinds 2015 door twee thuiszorgorganisaties wordt geleverd,"
        " werd in 2016 teruggebracht van vier naar drie uur per week."
    )
    assert polarity_of(s) == "negative"
