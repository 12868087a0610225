"""kg.extract.comparisons: observations without a figure, beside the figures of a sentence."""

from __future__ import annotations

from decimal import Decimal

from tests.extract_helpers import extract_text


def observations(sentence):
    doc, ex = extract_text(sentence)
    return [(doc.text[i.start : i.end], i.value, i.measure, i.comparison) for i in ex.indicators]


def test_a_balance_whose_figure_the_sentence_states_is_one_observation():
    assert observations("Het tekort is 6 ton.") == [("6 ton", Decimal(600000), "deficit", None)]


def test_a_balance_without_its_figure_stays():
    found = observations("Het tekort bedraagt € 2 miljoen, het overschot op de Wmo is klein.")
    assert [(m, v is None) for _, v, m, _ in found] == [("deficit", False), ("surplus", True)]


def test_a_comparison_of_its_own_stays_beside_the_figure_of_the_same_measure():
    found = observations(
        "Bunschoten telt net zo weinig niet-westerse allochtonen als andere kleine gemeenten "
        "(4% tegenover 12% landelijk)."
    )
    assert sorted((v is None, c) for _, v, _, c in found) == [(False, "lower"), (True, "equal")]


def test_a_direction_a_figure_next_to_it_states_is_the_figures():
    found = observations("Tussen 2014 en 2016 daalde het aantal jongeren met jeugdhulp met 8%.")
    assert found == [("8%", Decimal(8), "share-youth-care", "lower")]


def test_a_direction_in_another_clause_stays():
    found = observations(
        "Er kwamen bijna drie keer zoveel meldingen als voorzien; het team kampt met een hoge "
        "caseload."
    )
    assert sorted((v is None, c) for _, v, _, c in found) == [(False, "higher"), (True, "higher")]
