"""The level a change reaches takes the measure of the change's subject."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "level", "measure", "comparison"),
    [
        (
            "Het aantal bijstandsgerechtigden is sinds vorig jaar met 6 procent gestegen naar 940.",
            Decimal(940),
            "benefit-recipients",
            "increase",
        ),
        (
            "Het aantal Wmo-cliënten nam met 9% toe tot 3.100.",
            Decimal(3100),
            "clients",
            "increase",
        ),
        (
            "Het aantal mantelzorgers daalde met 4 procent naar 5.600.",
            Decimal(5600),
            "informal-carers",
            "decrease",
        ),
    ],
)
def test_the_level_after_naar_or_tot_has_the_subjects_measure(sentence, level, measure, comparison):
    _, ex = extract_text(sentence)
    got = {i.value: (i.measure, i.comparison) for i in ex.indicators}
    assert got[level] == (measure, comparison)


def test_a_level_of_another_clause_is_left_alone():
    _, ex = extract_text("Het aantal cliënten steeg met 5%, en er werken nu 40 mensen.")
    assert {i.value: i.measure for i in ex.indicators}[Decimal(40)] is None
