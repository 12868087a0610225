"""The national figure of a level without a figure stays with that level."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def test_the_average_a_level_is_compared_with_is_its_national_value():
    _, ex = extract_text(
        "Het aandeel huishoudens met een laag inkomen is 11%. "
        "De jeugdwerkloosheid ligt boven het landelijk gemiddelde van 8,2%."
    )
    got = [(i.value, i.comparison, i.national_value) for i in ex.indicators]
    assert got == [(Decimal(11), None, None), (None, "higher", Decimal("8.2"))]


def test_an_average_in_brackets_after_the_comparison():
    _, ex = extract_text("Het aandeel 75-plussers ligt onder het landelijk gemiddelde (9%).")
    assert [(i.comparison, i.national_value) for i in ex.indicators] == [("lower", Decimal(9))]


def test_a_sentence_of_national_figures_still_goes_to_the_sentence_before():
    _, ex = extract_text("De werkloosheid is 5,1%. Landelijk is dat 6,3%.")
    assert [(i.value, i.national_value) for i in ex.indicators] == [
        (Decimal("5.1"), Decimal("6.3"))
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "comparison"),
    [
        (
            "Het gebruik van de Wmo ligt hoger dan landelijk: 7,4% van de inwoners heeft een"
            " Wmo-voorziening.",
            Decimal("7.4"),
            "higher",
        ),
        (
            "Het gebruik van de Wmo ligt rond het landelijk niveau: ongeveer 6% van de inwoners"
            " heeft een maatwerkvoorziening.",
            Decimal(6),
            "equal",
        ),
    ],
)
def test_a_figure_after_a_colon_is_the_level_compared_not_the_national_one(
    sentence, value, comparison
):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    figures = [i for i in ex.indicators if i.value is not None]
    assert [(i.value, i.national_value, i.comparison) for i in figures] == [
        (value, None, comparison)
    ]


def test_a_figure_as_high_as_the_countrys_has_its_own_value_as_national_value():
    _, extraction = extract_text("Van de inwoners is 21% 65 jaar of ouder, evenveel als landelijk.")
    (ind,) = [i for i in extraction.indicators if i.value is not None]
    assert (ind.comparison, ind.reference, ind.national_value) == (
        "equal",
        "national average",
        ind.value,
    )
    # a level only near the country's names no national figure
    _, extraction = extract_text(
        "Het gebruik van de Wmo ligt met 6% van de inwoners rond het landelijk gemiddelde."
    )
    assert all(i.national_value is None for i in extraction.indicators)
