"""A balance named again after its amount (:mod:`kg.extract.balancerefs`), read in invented
paragraphs."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text

#: Sentences between the amount and the balance named again, beyond the reach of the echo
#: of a balance in the sentences right after its amount (:mod:`kg.extract.comparisonfigures`).
_BETWEEN = (
    "De raad sprak er in het voorjaar over. Daarna volgde een werkbezoek aan de wijken. "
    "Ook de adviesraad gaf een reactie."
)


def _balances(*paragraphs: str) -> list[tuple[object, str | None]]:
    _, extraction = extract_text(*paragraphs)
    return [
        (i.value, i.comparison)
        for i in extraction.indicators
        if i.measure in {"deficit", "surplus"}
    ]


@pytest.mark.parametrize(
    "again",
    [
        "Het college wil het tekort op de jeugdhulp uit de algemene reserve dekken.",
        "Volgens de oppositie hoorde de raad pas in het najaar van het tekort.",
        "De wethouder noemt het tekort op de jeugdhulp een gevolg van de landelijke tarieven.",
        "Met de reserve kan de gemeente het tekort nog een jaar opvangen.",
    ],
)
def test_a_definite_deficit_after_its_amount_is_no_second_observation(again):
    first = "De gemeente sloot 2016 af met een tekort van € 1,4 miljoen op de jeugdhulp."
    assert _balances(first, _BETWEEN, again) == [(1400000, None)]


@pytest.mark.parametrize(
    "again",
    [
        "Het overschot op de Wmo is in een bestemmingsreserve gestort.",
        "De raad besloot het overschot op de Wmo aan de schuldhulp te besteden.",
        "Het overschot gaf de gemeente wat ruimte.",
        "De accountant vroeg hoe het overschot op de Wmo was ontstaan.",
    ],
)
def test_a_definite_surplus_after_its_amount_is_no_second_observation(again):
    first = "Op de Wmo hield de gemeente in 2015 een overschot van 9 ton over."
    found = _balances(first, _BETWEEN, again)
    assert [v for v, _c in found if v is None] == []


def test_a_balance_named_first_without_amount_stays_an_observation():
    found = _balances("De nieuwe reserve werd gevuld uit het overschot op de jeugdhulp.")
    assert found == [(None, None)]


def test_a_balance_on_another_budget_stays_an_observation():
    first = "De gemeente sloot 2016 af met een tekort van € 1,4 miljoen op de jeugdhulp."
    again = "Het college verwerkt het tekort op de bijstand in de voorjaarsnota."
    assert _balances(first, _BETWEEN, again) == [(1400000, None), (None, None)]


@pytest.mark.parametrize(
    "again",
    [
        "De wethouder verwacht dat het tekort op de jeugdhulp in 2018 kleiner is.",
        "Het tekort op de jeugdhulp moet binnen twee jaar worden teruggedrongen.",
        "Raadsleden vragen waarom het tekort op de jeugdhulp zo veel hoger is dan begroot.",
        "Het tekort op de jeugdhulp is volgens de controller inmiddels gestegen.",
    ],
)
def test_a_definite_balance_with_a_change_of_its_own_stays(again):
    first = "De gemeente sloot 2016 af met een tekort van € 1,4 miljoen op de jeugdhulp."
    found = _balances(first, _BETWEEN, again)
    assert len(found) == 2 and found[0] == (1400000, None)


def test_an_indefinite_balance_of_another_year_stays():
    first = "De gemeente sloot 2016 af met een tekort van € 1,4 miljoen op de jeugdhulp."
    again = "Ook voor 2017 voorziet de controller een tekort."
    assert _balances(first, _BETWEEN, again) == [(1400000, None), (None, None)]
