"""Reference values of a compared group of municipalities (:mod:`kg.extract.groupvalues`).

Invented sentences of the kind profiles state their figures in: the group's figure is no
observation of its own but the comparison of the figure it belongs to.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.groupvalues import with_group
from kg.extract.model import Indicator
from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple]:
    _doc, ex = extract_text(sentence)
    return [(i.value, i.unit, i.comparison, i.reference) for i in ex.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het gebruik van jeugdhulp ligt met 8,9% van de jeugdigen juist lager dan in "
            "vergelijkbare gemeenten (10,4%).",
            [(Decimal("8.9"), "percent", "lower", "comparable municipalities")],
        ),
        (
            "Het aandeel 65-plussers is 22% (vergelijkbare gemeenten: 19%).",
            [(Decimal(22), "percent", "higher", "comparable municipalities")],
        ),
        (
            "De werkloosheid ligt met 6,1% boven die van de regio (5,2%).",
            [(Decimal("6.1"), "percent", "higher", "regional average")],
        ),
        (
            "De gemeente geeft € 620 per inwoner uit, meer dan vergelijkbare gemeenten (€ 580).",
            [(Decimal(620), "EUR per inhabitant", "higher", "comparable municipalities")],
        ),
        (
            "Het aandeel Wmo-cliënten is met 7,5% hoger dan in gemeenten van dezelfde grootte "
            "(ruim 6%).",
            [(Decimal("7.5"), "percent", "higher", "comparable municipalities")],
        ),
        (  # a named place's figure is its own level (gold guidelines: "Utrecht (21%)")
            "De werkloosheid is met 5,1% lager dan in Twente (7,3%).",
            [
                (Decimal("5.1"), "percent", "lower", "twente"),
                (Decimal("7.3"), "percent", None, None),
            ],
        ),
        (
            "De werkloosheid is met 5,1% lager dan in Limburg (7,3%).",
            [(Decimal("5.1"), "percent", "lower", "provincial average")],
        ),
    ],
)
def test_a_groups_figure_compares_the_figure_it_belongs_to(sentence, expected):
    assert _read(sentence) == expected


def test_a_bracketed_figure_without_a_group_stays_an_observation():
    assert len(_read("Het aandeel ouderen is hoog (21%), vergelijkbaar met de regio.")) >= 1
    found = _read("In de regio wonen 120.000 mensen (2015).")
    assert [f[0] for f in found] == [Decimal(120000)]


def test_with_group_keeps_a_change_over_time():
    own = Indicator(0, 3, 0, None, "", Decimal(12), "percent", comparison="increase")
    ind = with_group(own, Indicator(0, 3, 0, None, "", Decimal(9), "percent"), "region")
    assert (ind.comparison, ind.reference) == ("increase", "region")


def test_a_named_neighbours_figure_in_brackets_is_its_own_level():
    from tests.extract_helpers import extract_text

    _, ex = extract_text(
        "Per 1.000 inwoners zijn er 36 bijstandsuitkeringen, minder dan in Dordrecht (51)."
    )
    found = [(i.value, i.unit, i.measure, i.comparison, i.reference) for i in ex.indicators]
    assert found == [
        (Decimal(36), "per 1000 inhabitants", "benefit-recipients", "lower", "dordrecht"),
        (Decimal(51), "per 1000 inhabitants", "benefit-recipients", None, None),
    ]


def test_a_groups_figure_in_brackets_stays_a_reference_value():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("Het gebruik is 8,9%, lager dan in Limburg (10,4%).")
    assert [(i.value, i.comparison, i.reference) for i in ex.indicators] == [
        (Decimal("8.9"), "lower", "provincial average")
    ]
