"""Advice adopted: the body that decides takes over what its advisers advised (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.adoptedadvice import adopted


def _verbs(sentence: str) -> list[str]:
    return [sentence[c.start : c.end] for c in adopted(sentence, 0, len(sentence))]


def test_an_advice_taken_over_is_read_joined_and_split():
    assert _verbs("Het college heeft het advies van de cliëntenraad overgenomen.") == [
        "overgenomen"
    ]
    assert _verbs("De raad nam de adviezen van de Wmo-raad over.") == ["nam"]


def test_the_preposition_over_is_no_particle():
    assert _verbs("Het college nam het advies over de schuldhulp mee in de nota.") == []


def test_something_else_taken_over_is_not_read():
    assert _verbs("De gemeente heeft de taken van de provincie overgenomen.") == []


def test_an_advice_adopted_is_positive_and_one_refused_negative():
    assert polarity_of("Het college heeft het advies over de eigen bijdrage overgenomen.") == (
        "positive"
    )
    assert polarity_of("Het college heeft het advies over de eigen bijdrage niet overgenomen.") == (
        "negative"
    )


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # a relative clause takes its advice from the clause before it
        ("De Wmo-raad gaf negen adviezen, waarvan er zes zijn overgenomen.", "overgenomen"),
        ("De jongerenraad bracht twee adviezen uit, die het college allebei overnam.", "overnam"),
        ("De adviesraad schreef een advies over de eigen bijdrage, dat de raad heeft overgenomen.",
         "overgenomen"),
        ("De cliëntenraad stuurde drie adviezen, waarvan de wethouder er twee overnam.", "overnam"),
    ],
)  # fmt: skip
def test_an_advice_adopted_in_a_relative_clause(sentence, verb):
    assert _verbs(sentence) == [verb]
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # no relative clause: the clause after names something else taken over
        "De adviesraad bracht een advies uit; de gemeente nam daarna het buurthuis over.",
        "De adviesraad gaf een advies over de wijkteams, waarna de stichting de taken overnam.",
        # the relative clause's antecedent is no advice
        "De stichting kreeg twee buurthuizen, die de gemeente eerder had overgenomen.",
    ],
)
def test_no_advice_before_the_relative_clause(sentence):
    assert _verbs(sentence) == []


def test_an_advice_refused_in_a_relative_clause_is_negative():
    s = "Het college ontving vijf adviezen, waarvan het er geen enkele overnam."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # only a few taken over: the advice mostly set aside
        "Van de zestien adviezen werden er volgens de Wmo-raad slechts vier overgenomen.",
        "Het college nam van de elf adviezen van de jongerenraad maar twee over.",
        "De cliëntenraad gaf twaalf adviezen, waarvan er slechts drie zijn overgenomen.",
        "Van de adviezen van de ouderenraad is tot nu toe amper de helft overgenomen.",
    ],
)
def test_only_a_few_adopted_is_negative(sentence):
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # every advice taken over; "maar" as the conjunction opening a clause
        "De Wmo-raad gaf vier adviezen, die alle vier zijn overgenomen.",
        "Het college heeft de adviezen overgenomen, maar twee ervan pas na een jaar.",
    ],
)
def test_no_word_of_only_before_the_count(sentence):
    assert [c.sign for c in adopted(sentence, 0, len(sentence))] == [1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count with "er" takes its advice from the clause before; in part is divided
        ("De cliëntenraad bracht vijf adviezen uit en de wethouder nam er vier over.", "positive"),
        ("Zij vertelt dat de raad zeven adviezen gaf en dat het college er zes overnam.",
         "positive"),
        ("Van de tien adviezen van de jongerenraad nam het college er acht geheel of "
         "gedeeltelijk over.", "mixed"),
        ("De ouderenbond schreef drie adviezen en de raad nam er twee deels over.", "mixed"),
    ],
)  # fmt: skip
def test_a_counted_part_of_the_advice_taken_over(sentence, expected):
    assert polarity_of(sentence) == expected


def test_er_with_no_advice_before_is_not_read():
    assert _verbs("Er kwamen vijf klachten binnen en de gemeente nam er vier over.") == []
