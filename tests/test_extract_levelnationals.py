"""The national figure of a level without a figure stays with that level."""

from __future__ import annotations

from decimal import Decimal

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
