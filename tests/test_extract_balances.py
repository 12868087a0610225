"""A balance without its amount, and its change (:mod:`kg.extract.balances`), read in
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.balances import balance_spans
from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.measure, i.comparison) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het tekort neemt toe.", [("deficit", "increase")]),
        ("Het tekort op de Wmo loopt verder op.", [("deficit", "increase")]),
        ("In 2017 neemt het tekort opnieuw toe.", [("deficit", "increase")]),
        ("Het tekort is de laatste jaren sterk gegroeid.", [("deficit", "increase")]),
        ("Het overschot op de bijstand is geslonken.", [("surplus", "decrease")]),
        ("Het tekort loopt terug.", [("deficit", "decrease")]),
    ],
)
def test_a_balance_that_changes_has_the_change_as_direction(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De Wmo sloot het jaar af met een tekort.", [("deficit", None)]),
        ("Het tekort op de begroting blijft.", [("deficit", None)]),
        ("Er is geen sprake van een overschot.", []),
        ("Er is een tekort aan vrijwilligers.", []),  # a shortage, no money
    ],
)
def test_a_balance_without_a_change_has_no_direction(sentence, expected):
    assert _read(sentence) == expected


def test_the_change_must_follow_the_balance_in_its_clause():
    s = "Door een tekort op de Wmo stijgt de druk op het budget."
    found = balance_spans(s, 0, len(s))
    assert [(what, cmp) for _a, _b, what, cmp in found] == [("tekort op de Wmo", None)]


def _measures(sentence: str) -> list[tuple[object, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.measure) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subordinate clause joins the separable verb after its amount
        ("Er was een tekort, terwijl op de Wmo 6 ton overbleef.", "surplus"),
        ("De gemeente meldt dat de Wmo anderhalf miljoen overhield.", "surplus"),
        ("Het college vreest dat de gemeente € 2 miljoen tekortkomt.", "deficit"),
        # the noun before the amount names the balance, whatever verb follows
        ("Op het budget bleef in 2015 een tekort van € 2,3 miljoen over.", "deficit"),
    ],
)
def test_an_amount_left_over_or_short_in_one_word(sentence, expected):
    assert [m for v, m in _measures(sentence) if v is not None] == [expected]


def test_an_amount_before_another_verb_is_no_balance():
    assert _measures("De gemeente zegt dat de Wmo 6 ton kostte.") == [(600000, "budget")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparative of the balance without "dan": a change, also in a verbless value
        ("De wethouder denkt dat het tekort op de Wmo kleiner wordt.", [("deficit", "decrease")]),
        ("Het Wmo-overschot is in 2016 groter geworden.", [("surplus", "increase")]),
        ("Prognose: tekorten op de bijstand in 2018 kleiner.", [("deficit", "decrease")]),
        ("Men verwacht dat het jeugdtekort vanaf 2019 groter wordt.", [("deficit", "increase")]),
        ("Wij denken dat de tekorten na 2018 zullen afnemen.", [("deficit", "decrease")]),
    ],
)
def test_a_balance_that_becomes_smaller_or_larger(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is een woningtekort in de stad.",  # a shortage, no money
        "Het personeelstekort wordt groter.",
    ],
)
def test_a_shortage_in_one_word_is_no_balance(sentence):
    assert all(m != "deficit" for m, _c in _read(sentence))


def test_a_comparative_with_dan_is_a_level_not_a_change():
    assert _read("Het tekort is groter dan verwacht.") == [("deficit", "higher")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad wil de overschotten in een fonds storten.",
        "Resultaat: tekorten en overschotten wisselen elkaar af.",
    ],
)
def test_a_plural_or_bare_balance_without_a_change_is_no_observation(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het college wil het Wmo-overschot inzetten voor preventie.",
        "De raad bespreekt de overschrijding op de jeugdhulp.",
    ],
)
def test_a_compound_balance_or_one_with_de_without_a_change_is_no_observation(sentence):
    assert _read(sentence) == []
