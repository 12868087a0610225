"""kg.extract.comparisonfigures: a comparison in words a figure carries, and funding levels."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kg.extract.comparisonfigures import (
    PER_INHABITANT_MEASURE,
    Figures,
    balance_named_again,
    funding_level,
    stated_by_figure,
)
from kg.extract.model import Indicator
from tests.extract_helpers import extract_text


def _comparison(text: str, phrase: str, comparison: str, sentence: int = 0) -> Indicator:
    start = text.index(phrase)
    return Indicator(
        start, start + len(phrase), sentence, None, phrase, None, None, comparison=comparison
    )


def test_a_figure_in_the_clause_states_the_change_in_the_same_sense():
    s = "Het aantal cliënten steeg met 30 procent."
    ind = _comparison(s, "Het aantal cliënten steeg", "more")
    assert stated_by_figure(s, ind, [(s.index("30"), "increase", None, 0, s.index("30") + 2)])
    assert not stated_by_figure(s, ind, [(s.index("30"), "decrease", None, 0, s.index("30") + 2)])
    assert not stated_by_figure(s, ind, [(s.index("30"), "increase", None, 1, s.index("30") + 2)])


def test_a_figure_beyond_a_clause_break_states_nothing_of_the_comparison():
    s = "Het aantal cliënten steeg; in 2016 waren het er 30 procent meer."
    ind = _comparison(s, "Het aantal cliënten steeg", "more")
    assert not stated_by_figure(s, ind, [(s.index("30"), "increase", None, 0, s.index("30") + 2)])


def test_the_figures_carry_a_measure_they_state_and_a_subject_pointing_back():
    s = "Het tekort is 6 ton. Dat ligt boven het gemiddelde."
    fig = Indicator(0, 19, 0, "deficit", "tekort", Decimal(600000), "EUR")
    balance = Indicator(0, 10, 0, "deficit", "Het tekort", None, None)
    assert Figures.of([fig]).carry(s, balance)
    assert not Figures.of([]).carry(s, balance)
    back = _comparison(s, "Dat ligt boven het gemiddelde", "higher", sentence=0)
    back = replace(back, measure_label="Dat")
    assert Figures.of([fig]).carry(s, back)
    assert not Figures.of([fig]).carry(s, replace(back, sentence=1))


def test_a_definite_balance_points_back_only_to_an_amount_before_it_nearby():
    s = "Er was een tekort van 7 ton. Het tekort is geen toeval."
    fig = Indicator(7, 27, 1, "deficit", "", Decimal(700000), "EUR")
    ind = Indicator(29, 39, 2, "deficit", "", None, None)
    assert balance_named_again(s, ind, [fig])
    assert not balance_named_again(s, ind, [replace(fig, sentence=-2)])
    assert not balance_named_again(s, replace(ind, measure="surplus"), [fig])
    assert not balance_named_again(s, replace(ind, start=28), [fig])


def test_a_comparison_of_what_is_received_is_a_level_per_inhabitant():
    s = "De gemeente ontvangt minder dan gemiddeld."
    ind = _comparison(s, "ontvangt minder dan gemiddeld", "less")
    level = funding_level(s, ind)
    assert (level.measure, level.comparison) == (PER_INHABITANT_MEASURE, "lower")
    assert funding_level(s, replace(ind, measure="waiting-time")) == replace(
        ind, measure="waiting-time"
    )
    assert funding_level(s, replace(ind, comparison="increase")).measure is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal cliënten daalde tussen 2015 en 2016 van 4.300 naar 4.050.",
        "Het aantal cliënten nam tussen 2015 en 2016 af van 4.300 tot 4.050.",
    ],
)
def test_a_change_between_two_years_is_stated_by_its_figures(sentence):
    # the "en" of "tussen 2015 en 2016" ends no clause, and "nam af" (less) says what the
    # figures' decrease says: the figures state the fall (one change, from 4.300 to 4.050,
    # since 2015), with no figure-less twin
    _, ex = extract_text(sentence)
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal(4050), "decrease", "2015"),
    ]


def test_a_figure_after_a_colon_states_the_level_before_it():
    _doc, ex = extract_text(
        "Het aandeel ouderen is hoog: 24% van de inwoners is 65 jaar of ouder, tegen 19% landelijk."
    )
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(24), "higher")]


def test_a_level_with_a_reference_of_its_own_stays_beside_the_figure_after_a_colon():
    _doc, ex = extract_text(
        "Het gebruik van jeugdhulp ligt boven het niveau van vergelijkbare gemeenten: 11% van "
        "de jeugdigen kreeg jeugdhulp, landelijk was dat 9%."
    )
    assert [i.value for i in ex.indicators] == [None, Decimal(11)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Doetinchem ontvangt een uitkering boven het landelijk gemiddelde.",
        "De gemeente ontvangt voor het sociaal domein minder dan gemiddeld.",
        "Hoorn heeft een uitkering uit het gemeentefonds die boven het landelijk gemiddelde ligt.",
    ],
)
def test_what_a_municipality_receives_is_compared_per_inhabitant(sentence):
    _, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators] == ["euro-per-inhabitant"]


def test_benefits_counted_are_no_funding():
    _, ex = extract_text("Het aantal uitkeringen ligt boven het landelijk gemiddelde.")
    assert "euro-per-inhabitant" not in [i.measure for i in ex.indicators]


def test_a_balance_named_again_points_back_to_its_amount():
    _, ex = extract_text(
        "De Wmo sloot af met een overschot van € 1,9 miljoen. Het overschot is in een reserve"
        " gestort."
    )
    assert [(i.measure, i.value) for i in ex.indicators] == [("surplus", Decimal(1900000))]
    _, ex = extract_text("Het overschot op de Wmo geeft lucht.")
    assert [(i.measure, i.value) for i in ex.indicators] == [("surplus", None)]


def test_a_relative_clause_after_the_allocation_is_its_level_beside_a_figure():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "De gemeente (ruim 99.000 inwoners) is in de selectie opgenomen als middelgrote stad met "
        "een lange traditie van wijkgericht werken, en vanwege een uitkering voor het sociaal "
        "domein die boven het landelijk gemiddelde ligt."
    )
    got = [(i.value, i.measure, i.comparison) for i in ex.indicators if i.value is None]
    assert got == [(None, "euro-per-inhabitant", "higher")]


def test_a_level_after_a_long_figure_and_what_it_is_for_is_the_figures():
    # the level closes the clause of an amount per inhabitant; counted from the figure's end
    for text, sense in (
        (
            "De stad kreeg in 2016 bijna € 610,- per inwoner uit het gemeentefonds binnen voor"
            " de jeugdhulp, iets boven het landelijk gemiddelde.",
            "higher",
        ),
        (
            "Het dorp ontving vorig jaar zo'n € 395,- per inwoner uit het Rijk voor de taken van"
            " de Wmo, ruim onder het landelijk gemiddelde.",
            "lower",
        ),
    ):
        _doc, ex = extract_text(text)
        assert [(i.value is not None, i.comparison) for i in ex.indicators] == [(True, sense)]


def test_a_level_set_against_the_figure_after_maar_stays_its_own():
    text = (
        "De stad kreeg in 2016 bijna € 610,- per inwoner uit het gemeentefonds binnen voor de"
        " jeugdhulp, maar het gebruik van de Wmo ligt iets boven het landelijk gemiddelde."
    )
    _doc, ex = extract_text(text)
    assert len(ex.indicators) == 2
