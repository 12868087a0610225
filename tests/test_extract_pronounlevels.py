"""kg.extract.pronounlevels: a level a pronoun states of the figures before it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def indicators(sentence):
    doc, ex = extract_text(sentence)
    return doc, ex.indicators


@pytest.mark.parametrize(
    ("sentence", "comparisons"),
    [
        (
            "29% is jonger dan 25 jaar en 16% is ouder; beide percentages liggen dicht bij "
            "het landelijk beeld.",
            ["equal", "equal"],
        ),
        ("Het aandeel ouderen is 24%; dat ligt boven het landelijk gemiddelde.", ["higher"]),
        (
            "Er zijn 1.200 cliënten en 300 aanbieders; deze cijfers liggen rond het "
            "landelijk gemiddelde.",
            ["equal", "equal"],
        ),
    ],
)
def test_a_pronoun_states_the_level_of_the_figures_before_it(sentence, comparisons):
    _, found = indicators(sentence)
    assert [i.comparison for i in found] == comparisons  # no observation of the pronoun
    assert all(i.reference == "national average" and i.value is not None for i in found)


def test_a_pronoun_with_a_figure_of_its_own_leaves_the_figures_before_alone():
    _, found = indicators("Het aandeel ouderen is 24%, dat is 10% meer dan gemiddeld.")
    assert [(i.value, i.comparison) for i in found] == [(Decimal(24), None), (Decimal(10), "more")]


def test_pointed_back_keeps_a_figure_of_another_unit():
    from decimal import Decimal

    from kg.extract.model import Indicator
    from kg.extract.pronounlevels import pointed_back

    s = "In 2016 ontvingen 700 huishoudens een uitkering, dat is 4,5%."
    x, y = s.index("700"), s.index("4,5%")
    a = Indicator(x, x + 3, 1, "benefit-recipients", "", Decimal(700), "count")
    b = Indicator(y, y + 4, 1, None, "", Decimal("4.5"), "percent")
    assert [i.measure for i in pointed_back(s, [a, b])] == ["benefit-recipients", None]
