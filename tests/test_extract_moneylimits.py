"""An amount of money that is a limit (:mod:`kg.extract.moneylimits`), read in invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _money(sentence: str) -> list[tuple[object, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.measure) for i in extraction.indicators if i.unit == "EUR"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("De wijkcoaches mogen zelf hulp inzetten tot een bedrag van € 3.000.", 3000),
        ("Het team kan tot een grens van € 7.500 zelf een voorziening toekennen.", 7500),
        ("Aanvragen boven de € 2.500 gaan eerst naar de teamleider.", 2500),
        ("Consulenten beslissen zelf tot een maximum van € 10.000.", 10000),
        ("Voor uitgaven onder de grens van € 1.000 is geen handtekening nodig.", 1000),
    ],
)
def test_an_amount_that_bounds_a_mandate_has_no_measure(sentence, value):
    assert _money(sentence) == [(value, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voor de Wmo is € 2 miljoen begroot.", [(2000000, "budget")]),
        ("Het budget voor preventie steeg tot € 5 miljoen.", [(5000000, "budget")]),
        ("De gemeente reserveerde een bedrag van € 400.000 voor preventie.", [(400000, "budget")]),
        ("Het tekort bleef onder de € 2 miljoen.", [(2000000, "deficit")]),
    ],
)
def test_money_budgeted_or_named_otherwise_keeps_its_measure(sentence, expected):
    assert _money(sentence) == expected
