"""The cue words named before a figure (:mod:`kg.extract.namedcues`), on invented text."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.measures import load_measures
from kg.extract.namedcues import named_before
from kg.extract.numberform import Number


def _named(text: str, figure: str, start: int = 0) -> tuple[list[str], list[str]]:
    at = text.index(figure)
    number = Number(at, at + len(figure), Decimal(1), "count", "digits")
    return named_before(load_measures(), text, start, number, 0)


def test_the_subject_of_the_clause_names_the_measure_nearest_first():
    assert _named("Het aantal bijstandsgerechtigden in de wijk is 300.", "300") == (
        [],
        ["bijstandsgerechtigden"],
    )


def test_a_figure_that_is_the_amount_of_a_cue_ranks_it_first():
    first, _ = _named("De gemeente had een tekort van 300.", "300")
    assert first == ["tekort"]


def test_a_quantity_of_its_own_cuts_off_what_is_named_before_it():
    text = "Een aanbieder van jeugdhulp zegt dat de tarieven met 10 zijn verlaagd."
    assert _named(text, "10") == ([], [])


def test_a_label_before_a_colon_names_the_measure():
    assert _named("Werkloosheid: ruim 5", "5", 14)[1] == ["werkloosheid"]
