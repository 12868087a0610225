"""Money left over ("overblijven", "overhouden" in every form): a surplus stated."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.surpluses import surplus


@pytest.mark.parametrize(
    "clause",
    [
        "terwijl op de Wmo bijna 8 ton overbleef.",
        "terwijl de Wmo anderhalf miljoen overhield.",
        "maar op de Wmo hield de gemeente € 400.000 over.",
        "terwijl er op de participatie geld is overgebleven.",
        "en op het budget voor beschut werk blijft dit jaar 2 ton over.",
    ],
)
def test_surplus(clause):
    s = "Op de jeugdhulp was er een tekort, " + clause
    assert surplus(s, (s.index(clause), len(s)))


@pytest.mark.parametrize(
    "clause",
    [
        "maar de groep die overblijft heeft een grote afstand tot werk.",
        "maar het college bleef over de begroting van € 2 miljoen zwijgen.",
        "maar er blijft weinig tijd over voor preventie.",
    ],
)
def test_no_surplus(clause):
    s = "Op de jeugdhulp was er een tekort, " + clause
    assert not surplus(s, (s.index(clause), len(s)))


def test_surplus_reported_alone_is_a_figure():
    s = "Op de Wmo hield de gemeente € 400.000 over."
    assert not surplus(s, (0, len(s)))


def test_deficit_set_against_surplus_is_mixed():
    s = (
        "Op de jeugdhulp sloot de gemeente af met een tekort van € 1,8 miljoen, "
        "terwijl op de Wmo 5 ton overbleef."
    )
    assert polarity_of(s) == "mixed"


def test_surplus_before_a_contrasted_deficit_is_mixed():
    s = "Op de Wmo hield de gemeente 7 ton over, maar de jeugdhulp had een tekort van € 2 miljoen."
    assert surplus(s, (0, s.index(",")))
    assert polarity_of(s) == "mixed"


def test_surplus_before_a_clause_of_no_contrast_is_a_figure():
    s = "Op de Wmo bleef € 300.000 over, zo meldt de controller."
    assert not surplus(s, (0, s.index(",")))


def test_a_surplus_set_against_the_sentence_before_counts():
    s = "Op de jeugdhulp hield de gemeente daarentegen ruim 3 ton over."
    assert surplus(s, (0, len(s)))
