"""A count and its share in brackets, and a count of inhabitants narrowed by its
predicate (:mod:`kg.extract.groupshares`), read in invented sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.unit, i.measure) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ruim 700 kinderen (9%) krijgen jeugdhulp.",
            [(Decimal(700), "count", "clients"), (Decimal(9), "percent", "share-youth-care")],
        ),
        (
            "Bijna 1.500 huishoudens (11%) leven van een bijstandsuitkering.",
            [
                (Decimal(1500), "count", "benefit-recipients"),
                (Decimal(11), "percent", "benefit-recipients-share"),
            ],
        ),
        (
            "Van de jongeren ontvangt 14% (650 jongeren) jeugdhulp.",
            [(Decimal(14), "percent", "share-youth-care"), (Decimal(650), "count", "clients")],
        ),
    ],
)
def test_a_share_in_brackets_measures_what_the_group_receives(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the brackets hold no share of a provision: each keeps its own reading
        (
            "Er wonen 650 jongeren (14%) in de kleine kernen.",
            [(Decimal(650), "count", None), (Decimal(14), "percent", "share-under-25")],
        ),
        ("De gemeente telt 28.000 inwoners (2016).", [(Decimal(28000), "count", "inhabitants")]),
    ],
)
def test_brackets_without_a_provision_change_nothing(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruim 6.000 inwoners zijn ouder dan 65 jaar.",
        "Bijna 7.000 inwoners zijn inmiddels 65-plusser.",
        "Ongeveer 8.000 inwoners (26%) zijn jonger dan 25 jaar.",
        # an age the vocabulary has no measure for: a count of the elderly, not the population
        "Ongeveer 2.600 inwoners zijn 80 jaar of ouder.",
        "Ruim 1.400 inwoners zijn tussen de 18 en 27 jaar.",
    ],
)
def test_inhabitants_narrowed_to_an_age_group_are_not_the_population(sentence):
    assert _read(sentence)[0][2] is None


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("De gemeente telt 41.000 inwoners.", "inhabitants"),
        ("Zo'n 5.500 inwoners zijn mantelzorger.", "informal-carers"),
    ],
)
def test_other_counts_of_inhabitants_keep_their_measure(sentence, measure):
    assert _read(sentence)[0][2] == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Relatief veel huishoudens hebben een laag inkomen.", "share-low-income"),
        ("Het aantal mensen met een uitkering ligt boven het gemiddelde.", "benefit-recipients"),
        (
            "De gemeente telt bovengemiddeld veel inwoners met een uitkering.",
            "benefit-recipients-share",
        ),
        # narrowed by what the vocabulary does not measure: not the population
        ("Het aantal inwoners met een beperking is hoger dan gemiddeld.", None),
    ],
)
def test_a_level_of_a_narrowed_group_is_a_level_of_what_it_has(sentence, measure):
    _, extraction = extract_text(sentence)
    assert [i.measure for i in extraction.indicators] == [measure]


def test_a_level_of_the_group_itself_keeps_its_measure():
    _, extraction = extract_text("Er wonen relatief weinig huishoudens in de kern.")
    assert [i.measure for i in extraction.indicators] == ["households"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente telt 28.000 inwoners, van wie 2.900 75 jaar of ouder zijn.",
        "Van de 28.000 inwoners zijn er 2.900 ouder dan 75.",
    ],
)
def test_a_count_of_an_age_taken_out_of_the_inhabitants_is_not_the_population(sentence):
    assert [m for _, _, m in _read(sentence)] == ["inhabitants", None]


def test_a_part_of_the_inhabitants_that_names_no_age_keeps_its_reading():
    sentence = "De gemeente telt 28.000 inwoners, waarvan 11.000 in de hoofdkern."
    assert [m for _, _, m in _read(sentence)] == ["inhabitants", "inhabitants"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal inwoners met dementie wordt geschat op 1.200.",
        "Ongeveer 2.000 inwoners met een beperking wonen zelfstandig.",
    ],
)
def test_inhabitants_with_something_are_a_group_not_the_population(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.measure for i in ex.indicators if i.unit == "count"] == [None]
