"""kg.extract.percentdistances: a percentage's distance in percent stays one observation."""

from __future__ import annotations

from decimal import Decimal

from tests.extract_helpers import extract_text


def _read(text: str) -> list[tuple]:
    _doc, ex = extract_text(text)
    return [(i.value, i.unit, i.comparison, i.reference) for i in ex.indicators]


def test_a_distance_in_percent_after_a_percentage_compares_it():
    text = "In de gemeente is 22% van de inwoners 65 jaar of ouder, ruim 3% meer dan gemiddeld."
    assert _read(text) == [(Decimal(22), "percent", "higher", "national average")]


def test_a_distance_after_the_rest_of_the_clause():
    text = "Van de huishoudens heeft 40% een laag inkomen, ruim 6% minder dan landelijk."
    assert _read(text) == [(Decimal(40), "percent", "lower", "national average")]


def test_a_change_against_an_earlier_moment_stays_two_observations():
    text = "In 2016 ontving 12% van de jongeren jeugdhulp, 2% meer dan een jaar eerder."
    assert len(_read(text)) == 2


def test_a_second_clause_with_its_own_subject_is_not_a_distance():
    text = "Het aandeel ouderen is 20% en het aandeel jongeren ligt 5% onder het gemiddelde."
    assert len(_read(text)) == 2
