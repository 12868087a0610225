"""Tests for kg.extract.problemasides: a source inserted inside a clause."""

from __future__ import annotations

import pytest

from kg.extract.problemasides import asides
from kg.extract.problemclauses import clause_problems


def _problems(sentence: str) -> list[str]:
    return [p.rsplit("/", 1)[-1] for p, _, _ in clause_problems(sentence)]


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("de tarieven zijn, volgens de aanbieders, fors verlaagd.", ", volgens de aanbieders,"),
        ("de tarieven zijn, zo meldt de controller, verlaagd.", ", zo meldt de controller,"),
        ("de tarieven werden, aldus de wethouder, verlaagd.", ", aldus de wethouder,"),
        ("de tarieven zijn, zeggen de aanbieders, verlaagd.", ", zeggen de aanbieders,"),
        ("de tarieven zijn, naar eigen zeggen, verlaagd.", ", naar eigen zeggen,"),
        ("dat heeft, geven ambtenaren toe, een keerzijde.", ", geven ambtenaren toe,"),
        ("de tarieven zijn, in de ogen van de raad, te laag.", ", in de ogen van de raad,"),
    ],
)
def test_asides_are_found_with_their_commas(sentence: str, aside: str) -> None:
    assert [sentence[a:b] for a, b in asides(sentence)] == [aside]


@pytest.mark.parametrize(
    "sentence",
    [
        "de tarieven zijn, net als vorig jaar, verlaagd.",  # a comparison, not a source
        "de tarieven zijn verlaagd, zegt de controller.",  # one comma: no aside
        "in 2015, 2016 en 2017 zijn de tarieven verlaagd.",  # a list
    ],
)
def test_other_commas_are_no_aside(sentence: str) -> None:
    assert asides(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # main clause, present tense, "volgens" aside
        ("Het budget voor de Wmo is, volgens de controller, opnieuw gekort.", "budget-pressure"),
        # past tense, inverted verb of saying as the aside, plural subject
        ("De budgetten werden, meldde de wethouder, in 2016 verlaagd.", "budget-pressure"),
        # subordinate clause, verb last, "aldus" aside
        ("Ze merken dat gezinnen, aldus de huisartsen, maanden wachten.", "waiting-lists"),
        # inversion after a fronted adverbial, "zo" and a verb of saying
        ("Daar wachten kinderen, zo vertellen de scholen, een half jaar op hulp.", "waiting-lists"),
        # passive perfect, "naar" aside
        ("De tarieven zijn, naar het oordeel van de raad, te fors verlaagd.", "budget-pressure"),
    ],
)
def test_a_clause_states_its_problem_across_an_aside(sentence: str, problem: str) -> None:
    assert problem in _problems(sentence)


def test_a_comma_that_is_no_aside_still_parts_the_clause() -> None:
    assert _problems("De tarieven zijn, net als het jaar ervoor, verlaagd.") == []


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # present tense, "met" adjunct, separable verb last in a subordinate clause
        ("Ze zeggen dat de opvang, met twintig bedden, in de winter vol zit.", "capacity-shortage"),
        # perfect tense, "sinds" adjunct
        ("De doorlooptijd is, sinds de zomer van 2016, flink opgelopen.", "waiting-lists"),
        # passive past, "ondanks" adjunct
        ("De tarieven werden, ondanks de bezwaren van de aanbieders, verlaagd.", "budget-pressure"),
        # plural subject, "in" adjunct, inversion after a fronted adverbial
        ("In de winter zitten de bedden, in alle drie de locaties, vaak vol.", "capacity-shortage"),
    ],
)
def test_a_clause_states_its_problem_across_an_adjunct(sentence: str, problem: str) -> None:
    assert problem in _problems(sentence)


def test_a_long_phrase_between_commas_is_no_adjunct() -> None:
    s = "de tarieven zijn, in het eerste jaar na de overgang van de awbz naar de wmo, verlaagd."
    assert asides(s) == []
