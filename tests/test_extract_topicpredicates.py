"""Tests for kg.extract.topicpredicates: bare predicative nouns of function."""

from kg.extract.dutchwords import tokens
from kg.extract.topicpredicates import predicative_compound


def test_a_bare_predicate_noun_before_voor_or_van():
    heads = frozenset({"gemeente"})
    assert predicative_compound(tokens("Teststad is centrumgemeente voor de opvang."), 2, heads)
    assert not predicative_compound(
        tokens("Teststad is verantwoordelijk voor de opvang."), 2, heads
    )
    assert not predicative_compound(
        tokens("De centrumgemeente voor de opvang."), 1, heads
    )  # no copula


def test_a_bare_predicate_noun_at_its_clause_end_or_before_a_closing_copula():
    heads = frozenset({"gemeente"})
    s = "Alkmaar is daarvan centrumgemeente."
    assert predicative_compound(tokens(s), 3, heads, s)
    assert not predicative_compound(tokens(s), 3, heads)  # without the text: only before voor/van
    s = "De regio, waarin Breda centrumgemeente is, koopt zorg in."
    assert predicative_compound(tokens(s), 4, heads, s)
    s = "Breda is groot."
    assert not predicative_compound(tokens(s), 2, heads, s)  # no noun of the heads
