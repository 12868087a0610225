"""Noun or verb by the neighbouring word (kg/extract/topicforms.py)."""

from __future__ import annotations

import pytest

from kg.extract.dutchwords import tokens
from kg.extract.topicforms import (
    VERB_PREPOSITIONS,
    aan_verb,
    adverbial,
    after_kind,
    bare_infinitive,
    stopped_term,
)


@pytest.mark.parametrize(
    ("phrase", "k", "noun"),
    [
        ("van uitvoeren naar opdrachtgeven", 1, True),
        ("ondersteuning bij schoonmaken", 2, True),
        ("zonder afwachten", 1, True),
        ("zij willen uitvoeren", 2, False),
        ("van wachtlijsten", 1, False),
    ],
)
def test_an_infinitive_after_a_preposition_is_a_noun(phrase, k, noun):
    words = tokens(phrase)
    found = words[k - 1][2] in VERB_PREPOSITIONS and bare_infinitive(words[k][2].lower())
    assert found is noun


@pytest.mark.parametrize(
    ("phrase", "k", "verb"),
    [
        ("de problemen zijn ontstaan", 3, True),
        ("zorg blijft bestaan", 2, True),
        ("het bestaan", 1, False),
        ("een plan", 1, False),
    ],
)
def test_an_infinitive_in_aan_is_a_verb_without_a_determiner(phrase, k, verb):
    words = tokens(phrase)
    assert aan_verb(words, k, words[k][2].lower()) is verb


def test_a_noun_of_kind_makes_the_next_word_a_noun():
    words = tokens("allerlei soorten problemen en dat type aanbieders")
    assert after_kind(words, 2) and after_kind(words, 6) and not after_kind(words, 4)


def test_an_undeclined_adjective_alone_is_an_adverb():
    assert adverbial("regionaal", "regionaal") and adverbial("preventief", "preventief")
    assert not adverbial("regio", "regio") and not adverbial("regionaal", "regionaal overleg")


@pytest.mark.parametrize(
    ("phrase", "k", "label"),
    [
        ("de sociaaleconomische situatie", 2, "sociaaleconomische situatie"),
        ("voor kwetsbare groepen", 2, "kwetsbare groep"),
        ("de algemene middelen", 2, "algemene middelen"),
        ("een grote groep", 2, None),
        ("de situatie", 1, None),
    ],
)
def test_a_stop_word_ends_a_term_only_after_a_classifying_adjective(phrase, k, label):
    words = tokens(phrase)
    found = stopped_term(words, k, words[k][2].lower())
    assert (found[1] if found else None) == label


def test_a_compound_of_leven_is_no_verb():
    from kg.extract.topicforms import life_compound

    assert life_compound("dorpsleven") and life_compound("bedrijfsleven")
    assert not life_compound("naleven") and not life_compound("beleven")


def test_a_verb_between_het_and_van_is_a_verb_form():
    from kg.extract.dutchwords import tokens
    from kg.extract.topicforms import verb_form

    assert verb_form(tokens("het opvangen van statushouders"), 1, True, True)
    assert not verb_form(tokens("de opvang van statushouders"), 1, False, False)


def test_a_verb_stem_after_a_classifying_adjective_is_a_noun():
    from kg.extract.dutchwords import tokens
    from kg.extract.topicforms import activity, verb_form

    assert not verb_form(tokens("de sociale kaart"), 2, True, False)
    assert verb_form(tokens("Het college stuurt"), 2, True, False)
    assert activity(tokens("hulp bij het opvoeden"), 3)
    assert not activity(tokens("bij het toekennen van hulp"), 2)


def test_an_age_group_with_a_plus_sign_is_named_as_its_word():
    from kg.extract.topicforms import age_groups

    s = "Het aantal 65+'ers en 75+’ers groeit, niet 24/7+ of 18+."
    assert [label for _, label, _ in age_groups(s, 0, len(s))] == ["65-plusser", "75-plusser"]


def test_a_participle_form_is_told_from_nouns_in_ge():
    from kg.extract.topicforms import participle_form

    assert participle_form("geletterd") and participle_form("gehandicapt")
    assert not any(map(participle_form, ("geld", "gebied", "gezondheid", "gemeenschap")))
