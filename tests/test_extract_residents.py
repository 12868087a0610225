"""Tests for kg.extract.residents: a count of people that lives in the place."""

import pytest

from kg.extract.residents import lives_here


def _at(sentence: str, figure: str, noun: str) -> bool:
    start = sentence.index(figure)
    noun_start = sentence.index(noun, start)
    return lives_here(sentence, start, noun_start, noun_start + len(noun), 0)


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        ("In de gemeente wonen 47.000 mensen.", "47.000", "mensen"),
        ("Er wonen ruim 12.000 personen in de gemeente.", "ruim", "personen"),
        ("In Teststad woonden in 2015 bijna 30.000 mensen.", "bijna", "mensen"),
        ("Ongeveer 45.000 mensen wonen in de gemeente.", "45.000", "mensen"),
        ("In de kernen wonen 8.500 bewoners.", "8.500", "bewoners"),
    ],
)
def test_a_count_of_people_beside_wonen_is_the_population(sentence, figure, noun):
    assert _at(sentence, figure, noun)


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        ("In de gemeente wonen 3.000 mensen met een beperking.", "3.000", "mensen"),
        ("In de gemeente wonen 2.500 mensen die mantelzorg geven.", "2.500", "mensen"),
        ("Er wonen 4.000 mensen alleen.", "4.000", "mensen"),
        ("In de gemeente wonen 1.200 mensen in een instelling.", "1.200", "mensen"),
        ("In de gemeente wonen 2.000 mensen in armoede.", "2.000", "mensen"),
        ("Op de wachtlijst staan 200 mensen.", "200", "mensen"),
        ("In de gemeente wonen 900 statushouders.", "900", "statushouders"),
        ("Het team helpt 1.200 mensen per jaar.", "1.200", "mensen"),
    ],
)
def test_a_narrowed_group_or_another_verb_is_not(sentence, figure, noun):
    assert not _at(sentence, figure, noun)
