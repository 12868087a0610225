"""Topic labels in their lemma form (kg/extract/topiclemmas.py)."""

from __future__ import annotations

from kg.extract.topiclemmas import agree, topic_form, topic_lemma


def test_topic_lemma_singularises_the_head():
    assert topic_lemma("Eigen bijdragen") == "eigen bijdrage"


def test_a_coordination_with_a_shared_head_is_singular_in_its_head():
    assert topic_lemma("dak- en thuislozen") == "dak- en thuisloze"
    assert topic_lemma("overbelasting van mantelzorgers") == "overbelasting van mantelzorgers"


def test_an_adjective_is_bare_before_a_neuter_noun_only():
    assert agree("regionale budgetmodel", frozenset({"budgetmodel"})) == "regionaal budgetmodel"
    assert agree("kwetsbare oudere", frozenset({"budgetmodel"})) == "kwetsbare oudere"


def test_a_label_whose_head_comes_first_keeps_its_words():
    assert agree("reserve sociaal domein", frozenset({"domein"})) == "reserve sociaal domein"


def test_a_vocabulary_label_as_a_topic_label():
    assert topic_form("Sociale wijkteams") == "sociaal wijkteam"


def test_a_fixed_term_with_a_bare_participle_keeps_it_bare():
    from kg.extract.topiclemmas import topic_lemma

    assert topic_lemma("verwarde personen") == "verward persoon"
    assert topic_lemma("verwarde ouders") == "verwarde ouder"  # no term: declined as written
