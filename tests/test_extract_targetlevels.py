"""Figures set against the municipality's own target."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        (
            "Er is tot nu toe slechts één plek gerealiseerd en dat is ver beneden de doelstelling.",
            "lower",
        ),
        ("Het aantal plekken beschut werk bleef in 2016 steken op 9.", "lower"),
        ("In 2016 vonden 45 inwoners werk, ruim boven de doelstelling.", "higher"),
    ],
)
def test_a_figure_against_the_target_is_compared_with_it(sentence, comparison):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators if i.value is not None] == [
        (comparison, "municipal target")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a target named with no word of level: no comparison
        "De doelstelling is dat in 2016 45 inwoners werk vinden.",
        # "slechts" alone names no reference (gold README, twenty-eighth session, point 12)
        "Slechts 4% van de bevolking heeft een niet-westerse migratieachtergrond.",
    ],
)
def test_no_target_without_a_stated_level_against_it(sentence):
    _, ex = extract_text(sentence)
    assert all(i.reference != "municipal target" for i in ex.indicators)
    assert all(i.comparison is None for i in ex.indicators)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal inwoners met dementie wordt geschat op 850.",
        "Het college verwacht een tekort op de jeugdhulp, geraamd op € 1,4 miljoen.",
    ],
)
def test_an_estimated_figure_is_approximate(sentence):
    # figureparts.estimated, applied next to the target levels
    _, ex = extract_text(sentence)
    assert [i.approximate for i in ex.indicators if i.value is not None] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Van de taakstelling van 31 beschutte werkplekken voor 2016 zijn er twaalf ingevuld.",
        "Van de taakstelling van 18 plekken zijn er 11 gerealiseerd.",
    ],
)
def test_the_filled_part_of_a_target_is_below_it(sentence):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators] == [
        (None, None),
        ("lower", "municipal target"),
    ]


def test_a_part_of_a_whole_that_is_no_target_is_no_level():
    _, ex = extract_text("Van de 40 plekken zijn er 11 bezet.")
    assert all(i.comparison is None for i in ex.indicators)
