"""Changes in the allocation model set against the historical allocation."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Door het objectieve verdeelmodel gaat de gemeente er de komende jaren op achteruit.",
        "In het nieuwe verdeelmodel gaat de gemeente er voor de Wmo licht op vooruit.",
        "Door het objectieve verdeelmodel gaat de stad er tot 2018 naar verwachting 4 ton op"
        " achteruit.",
    ],
)
def test_better_or_worse_off_in_the_allocation_model_is_against_the_historical_one(sentence):
    _, ex = extract_text(sentence)
    assert ex.indicators
    assert {i.reference for i in ex.indicators} == {"historical allocation"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no allocation model named: a loss of its own
        "Het college legde vast dat niemand er door de decentralisaties op achteruit mocht gaan.",
        # a year named stays the reference
        "Door het verdeelmodel gaat de stad er € 1,3 miljoen op achteruit ten opzichte van 2015.",
    ],
)
def test_no_historical_allocation_without_the_model_or_with_a_year(sentence):
    _, ex = extract_text(sentence)
    assert "historical allocation" not in {i.reference for i in ex.indicators}


@pytest.mark.parametrize(
    "sentence",
    [
        # past tense, and the model named as what it is set against
        "De gemeente is er in de objectieve verdeling iets op achteruit gegaan t.o.v. het"
        " historisch verdeelmodel.",
        # a verb of loss with the amount
        "Door het objectieve verdeelmodel verwacht de gemeente tot 2018 circa 4 ton minder te"
        " ontvangen.",
    ],
)
def test_every_tense_and_verbs_of_loss_are_read(sentence):
    _, ex = extract_text(sentence)
    assert ex.indicators
    assert {(i.comparison, i.reference) for i in ex.indicators} == {
        ("decrease", "historical allocation")
    }


def test_a_later_clause_of_its_own_is_no_shift_in_the_model():
    _, ex = extract_text(
        "De gemeente gaat er in het verdeelmodel op achteruit, maar vooral omdat het"
        " macrobudget met 5% daalt."
    )
    five = [i for i in ex.indicators if i.value is not None]
    assert five
    assert [i.reference for i in five] == [None]


def test_a_deficit_blamed_on_the_model_keeps_no_reference_of_it():
    _, ex = extract_text(
        "Door het objectieve verdeelmodel liep het tekort op tot € 2 miljoen, omdat de gemeente"
        " er op achteruit gaat."
    )
    deficits = [i for i in ex.indicators if i.value is not None]
    assert deficits
    assert [i.reference for i in deficits] == [None]


def test_the_model_that_costs_the_municipality_money_is_a_loss():
    _doc, ex = extract_text(
        "De reserve is een buffer voor de jaren waarin het nieuwe verdeelmodel ons een paar"
        " ton kost."
    )
    found = [(i.value, i.comparison, i.reference) for i in ex.indicators]
    assert [f for f in found if f[0] is not None] == [(200000, "decrease", "historical allocation")]
