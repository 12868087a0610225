"""kg.extract.figurelevels: a figure and the level next to it as one observation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def observations(*sentences: str) -> list[tuple]:
    doc, ex = extract_text(" ".join(sentences))
    return [(i.value, i.measure, i.comparison, i.reference) for i in ex.indicators]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De werkloosheid bedraagt 6% en is hoger dan in de regio.",
            [(Decimal(6), "unemployment-rate", "higher", "regional average")],
        ),
        (
            "Het aantal bijstandsontvangers (1.200) is relatief hoog.",
            [(Decimal(1200), "benefit-recipients", "higher", None)],
        ),
        (
            "Van de inwoners is 21% ouder dan 65 jaar, wat boven het landelijk gemiddelde ligt.",
            [(Decimal(21), "share-65-plus", "higher", "national average")],
        ),
        (
            "Het aandeel ouderen is hoger dan gemiddeld: 22%.",
            [(Decimal(22), "share-65-plus", "higher", "national average")],
        ),
    ],
)
def test_a_level_next_to_its_figure_is_the_figures(text, expected):
    assert observations(text) == expected


def test_a_level_with_a_subject_of_its_own_stays():
    found = observations(
        "Het aandeel 65-plussers is met 22% hoger dan gemiddeld, het aandeel jongeren is lager."
    )
    assert found == [
        (Decimal(22), "share-65-plus", "higher", "national average"),
        (None, "share-under-25", "lower", None),
    ]


def test_a_level_set_against_the_figure_stays():
    found = observations("De werkloosheid (6%) is hoger dan in de regio, maar lager dan landelijk.")
    assert (None, None, "lower", "national average") in found


@pytest.mark.parametrize(
    ("second", "comparison", "reference"),
    [
        ("Dat is meer dan het landelijk gemiddelde.", "higher", "national average"),
        ("Dit ligt boven het landelijk gemiddelde.", "higher", "national average"),
        ("Dat is lager dan in de regio.", "lower", "regional average"),
    ],
)
def test_a_pronoun_sentence_gives_its_level_to_the_figure_before(second, comparison, reference):
    found = observations("Het aandeel ouderen is 22%.", second)
    assert found == [(Decimal(22), "share-65-plus", comparison, reference)]


def test_a_pronoun_sentence_after_two_figures_or_with_its_own_figure_gives_nothing():
    assert observations("Het aandeel ouderen is 22% en het aandeel jongeren 27%.", "Dat is hoog.")[
        0
    ][2:] == (None, None)
    found = observations("Het aandeel ouderen is 22%.", "Dat is 4% meer dan gemiddeld.")
    assert found[0][2:] == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure after a colon states the level, its qualifier outside its quote or in it
        (
            "Consulenten zeggen dat de caseload hoog is: gemiddeld 50 gezinnen per consulent.",
            [(Decimal(50), None, "higher", None)],
        ),
        (
            "Het aandeel ouderen is hoger dan gemiddeld: ruim 22%.",
            [(Decimal(22), "share-65-plus", "higher", "national average")],
        ),
    ],
)
def test_a_level_and_its_figure_after_a_colon_are_one_observation(text, expected):
    assert observations(text) == expected


def test_a_clause_of_its_own_after_the_colon_is_a_statement_of_its_own():
    found = observations(
        "Het gebruik van jeugdhulp ligt hoger dan in de regio: 1 op de 8 jongeren kreeg in "
        "2016 jeugdhulp."
    )
    assert found == [
        (None, "share-youth-care", "higher", "regional average"),
        (Decimal("12.5"), "share-youth-care", None, None),
    ]
