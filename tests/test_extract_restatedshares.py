"""A share said again in other words takes the measure of the percentage before it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "again"),
    [
        ("Het aandeel 65-plussers is 26%, ruim een kwart van de bevolking.", Decimal(25)),
        ("De werkloosheid is 11%, ofwel ongeveer een op de negen inwoners.", Decimal("11.1")),
        ("Het aandeel jongeren is 32%, dat is bijna een derde van de inwoners.", Decimal("33.3")),
    ],
)
def test_a_restated_share_has_the_measure_of_the_percentage(sentence, again):
    _, ex = extract_text(sentence)
    measures = [i.measure for i in ex.indicators]
    assert len(measures) == 2 and measures[0] is not None
    assert {i.value: i.measure for i in ex.indicators}[again] == measures[0]


def test_a_share_far_from_the_percentage_is_no_restatement():
    _, ex = extract_text("De werkloosheid is 6%, terwijl de helft van de inwoners werkt.")
    assert {i.value: i.measure for i in ex.indicators}.get(Decimal(50)) is None
