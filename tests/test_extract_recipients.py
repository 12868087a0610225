"""A count of people who receive a provision (:mod:`kg.extract.recipients`), read in whole
invented profiles: the measure is the provision's count, not the group's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.measures import load_measures
from kg.extract.recipients import COUNT_OF, recipients
from tests.extract_helpers import extract_text


def _read(sentence: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    _, extraction = extract_text(sentence)
    return [(i.value, i.measure, i.comparison) for i in extraction.indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ongeveer 2.300 huishoudens ontvangen een bijstandsuitkering.",
            [(Decimal(2300), "benefit-recipients", None)],
        ),
        (
            "Ruim 1.100 inwoners ontvangen een bijstandsuitkering.",
            [(Decimal(1100), "benefit-recipients", None)],
        ),
        (
            "In de gemeente hebben 850 mensen een bijstandsuitkering.",
            [(Decimal(850), "benefit-recipients", None)],
        ),
        ("Circa 600 personen zitten in de bijstand.", [(Decimal(600), "benefit-recipients", None)]),
        (
            "Per 1.000 inwoners ontvangen 28 mensen een bijstandsuitkering.",
            [(Decimal(28), "benefit-recipients", None)],
        ),
        (
            "Het aantal jongeren in de jeugdzorg steeg van 1.450 naar 1.720.",
            [(Decimal(1720), "clients", "increase")],
        ),
        (
            "Het aantal kinderen in de jeugdhulp daalde van 900 naar 820.",
            [(Decimal(820), "clients", "decrease")],
        ),
        ("In 2016 ontvingen 1.300 jongeren jeugdhulp.", [(Decimal(1300), "clients", None)]),
        ("Ruim 2.000 inwoners maken gebruik van de Wmo.", [(Decimal(2000), "clients", None)]),
        (
            "Ongeveer 9.000 inwoners zijn mantelzorger.",
            [(Decimal(9000), "informal-carers", None)],
        ),
        (
            "Ruim 400 jongeren hebben een jeugdbeschermingsmaatregel.",
            [(Decimal(400), "youth-protection", None)],
        ),
        (
            "Van de 45.000 inwoners ontvangen er 900 een bijstandsuitkering.",
            [(Decimal(45000), "inhabitants", None), (Decimal(900), "benefit-recipients", None)],
        ),
        (
            "De gemeente telt 11.800 huishoudens, waarvan 700 met een bijstandsuitkering.",
            [(Decimal(11800), "households", None), (Decimal(700), "benefit-recipients", None)],
        ),
    ],
)
def test_a_count_of_recipients_is_the_provisions_count(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the group is what is counted: no provision, or a provision the group does not get
        ("Circa 1.200 huishoudens hebben een laag inkomen.", "households"),
        ("Ongeveer 3.100 inwoners zijn 75 jaar of ouder.", None),  # a count of the elderly
        ("De gemeente telt 45.210 inwoners.", "inhabitants"),
        # a count of something else in a provision
        ("Er zijn 12 wijkteams die jeugdhulp bieden.", None),
        ("In de jeugdzorg werken 300 professionals.", None),
        ("Het aantal aanvragen voor jeugdhulp was 300.", None),
    ],
)
def test_a_count_of_the_group_or_of_staff_stays(sentence, expected):
    assert [m for _, m, _ in _read(sentence)] == [expected]


def test_count_of_names_count_measures_of_the_vocabulary():
    vocab = load_measures()
    for share, count in COUNT_OF.items():
        assert share in vocab.measures
        assert "count" in vocab.measures[count].units


def test_a_measure_that_is_no_group_is_kept():
    vocab = load_measures()
    s = "Ruim 700 cliënten ontvangen een bijstandsuitkering."
    assert recipients(vocab, s, (5, 8), (0, len(s)), vocab.measures["clients"]) is None
