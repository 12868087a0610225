"""Finite verbs spelled like plural nouns (kg/extract/topicverbs.py), on invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.dutchwords import tokens
from kg.extract.topicverbs import finite_verb, verb_reading


def _topics(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {ex.topics[t].label for t in finding.topics}


@pytest.mark.parametrize(
    ("low", "lemma", "verb"),
    [
        ("overleggen", "overleg", True),
        ("verschillen", "verschil", True),
        ("kosten", "kost", True),
        ("plannen", "plan", True),
        ("wachtlijsten", "wachtlijst", False),
        ("tarieven", "tarief", False),
        ("gesprekken", "gesprek", False),
    ],
)
def test_a_plural_is_also_a_verb_when_its_stem_conjugates_back_to_it(low, lemma, verb):
    assert verb_reading(low, lemma) is verb


def test_after_a_noun_a_pronoun_or_an_adverb_the_word_is_the_verb():
    s = "De teams overleggen; zij overleggen; men overlegt; zij overleggen regelmatig."
    ws = tokens(s)
    assert finite_verb(ws, 2, s, "overleg") and finite_verb(ws, 4, s, "overleg")
    s = "Dat de wethouders maandelijks overleggen, is bekend."
    assert finite_verb(tokens(s), 4, s, "overleg")


def test_after_an_article_a_quantity_or_a_declined_adjective_it_is_the_noun():
    s = "De overleggen, een aantal overleggen, tientallen overleggen en regionale overleggen."
    ws = tokens(s)
    at = [k for k, (_, _, w) in enumerate(ws) if w == "overleggen"]
    assert [finite_verb(ws, k, s, "overleg") for k in at] == [False] * 4


def test_after_a_singular_noun_only_the_verb_that_ends_its_clause():
    s = "Ambtenaren zeggen dat de uitgaven voor de jeugdhulp oplopen."
    assert finite_verb(tokens(s), 8, s, "oploop")
    s = "De jeugdhulp kosten veel geld in de wijk kosten."  # not the clause's end
    assert not finite_verb(tokens(s), 2, s, "kost")


def test_no_topic_is_read_off_a_finite_verb_in_a_claim():
    found = _topics(
        "Ambtenaren vertellen dat de consulenten wekelijks overleggen met de wijkteams."
    )
    assert "overleg" not in found and "wijkteam" in found
    found = _topics("Raadsleden zeggen dat de uitgaven aan jeugdhulp snel oplopen.")
    assert "oploop" not in found and {"uitgave", "jeugdhulp"} <= found
    found = _topics("Ambtenaren vertellen dat de regionale overleggen veel tijd kosten.")
    assert "regionaal overleg" in found or "regionale overleg" in found
