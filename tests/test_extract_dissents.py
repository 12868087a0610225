"""Dissent: thinking otherwise or contradicting what was said is critical (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.dissents import dissents


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De cliëntenraad denkt daar anders over.", True),
        ("Sommige huisartsen denken er heel anders over.", True),
        ("Een wijkverpleegkundige spreekt dat beeld tegen.", True),
        ("Die lezing wordt door de Wmo-raad tegengesproken.", True),
        ("De aanbieders kijken er anders tegenaan.", True),
        ("Een wijkverpleegkundige kijkt daar heel anders tegen aan.", True),
        ("Ouders kijken er tegenaan dat de hulp stopt.", False),
        ("Zij denken na over een andere aanpak.", False),
        ("Het team spreekt met ouders over hun zorgen.", False),
    ],
)
def test_dissents(sentence, expected):
    assert dissents(sentence, 0, len(sentence)) is expected


def test_bare_dissent_is_negative():
    assert polarity_of("De cliëntenraad denkt daar anders over.") == "negative"


def test_dissent_that_states_good_news_is_judged_by_it():
    s = "Het loket spreekt dat tegen: wachtlijsten zijn er niet."
    assert polarity_of(s) == "positive"
