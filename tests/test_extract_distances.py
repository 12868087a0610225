"""kg.extract.distances: a figure's distance to a reference stays one observation."""

from __future__ import annotations

from decimal import Decimal

from tests.extract_helpers import extract_text


def test_a_distance_after_a_figure_gives_the_figure_its_comparison():
    doc, ex = extract_text(
        "Het budget is € 700,- per inwoner, ruim 10% boven het landelijk gemiddelde."
    )
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal(700), "higher", "national average")
    ]


def test_a_percentage_with_a_subject_of_its_own_stays():
    doc, ex = extract_text("Er wonen 4.000 ouderen; 22% van de inwoners is ouder dan 65.")
    assert len(ex.indicators) == 2


def test_what_the_figure_is_for_may_stand_between_figure_and_distance():
    doc, ex = extract_text(
        "De gemeente ontvangt € 610,- per inwoner voor het sociaal domein, ruim een kwart"
        " meer dan het landelijk gemiddelde."
    )
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal(610), "higher", "national average")
    ]


def test_a_distance_to_a_named_place_is_one_indicator():
    # settled gold decision 11: the place is the reference, the fraction no figure of its own
    text = (
        "Per 1.000 inwoners waren er 46 uitkeringen, ruim een derde meer dan in buurgemeente Borne."
    )
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(46), "higher")]


def test_an_amount_closed_by_its_dash_takes_the_distance_without_a_comma():
    text = "De uitkering bedraagt € 310,- ruim 20% onder het landelijk gemiddelde."
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(310), "lower")]


def test_two_phrases_of_what_the_figure_is_for_may_stand_before_the_distance():
    text = (
        "Het dorp kreeg in 2016 € 420,- per inwoner uit het Rijk voor de jeugdhulp, bijna een"
        " derde minder dan het landelijk gemiddelde."
    )
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(420), "lower")]


def test_a_semicolon_and_dat_is_join_a_distance_to_its_figure():
    text = (
        "De gemeente besteedt € 830,- per inwoner aan de Wmo; dat is ruim een kwart meer dan"
        " het landelijk gemiddelde."
    )
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(830), "higher")]


def test_a_distance_opening_the_next_sentence_points_back_at_the_figure():
    for text, value, sense in (
        (
            "Het budget bedraagt € 505,- per inwoner. Dat is ongeveer 12% minder dan het"
            " landelijk gemiddelde.",
            505,
            "lower",
        ),
        (
            "Er zijn 52 uitkeringen per 1.000 inwoners. Dit is ruim een derde meer dan landelijk.",
            52,
            "higher",
        ),
    ):
        _doc, ex = extract_text(text)
        assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(value), sense)]


def test_a_change_opening_the_next_sentence_stays_an_indicator_of_its_own():
    text = "Er kwamen in 2016 ruim 650 aanmeldingen. Dat is een derde meer dan in 2015."
    _doc, ex = extract_text(text)
    assert len(ex.indicators) == 2


def test_a_fraction_in_words_after_a_percentage_is_its_distance():
    text = "Het aandeel jongeren ligt rond de 9%, een kwart lager dan in de regio als geheel."
    _doc, ex = extract_text(text)
    assert [(i.value, i.comparison) for i in ex.indicators] == [(Decimal(9), "lower")]


def test_a_percentage_after_a_percentage_stays_two_statements():
    text = "Het aandeel ouderen is 24%, dat is 10% meer dan het landelijk gemiddelde."
    _doc, ex = extract_text(text)
    assert len(ex.indicators) == 2
