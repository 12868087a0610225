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
        "Op de Wmo hield de gemeente € 400.000 over.",
        "Er is op de participatie geld overgebleven.",
        "Op het budget voor beschut werk blijft dit jaar 2 ton over.",
    ],
)
def test_surplus(clause):
    assert surplus(clause, (0, len(clause)))


@pytest.mark.parametrize(
    "clause",
    [
        "de groep die overblijft heeft een grote afstand tot werk.",
        "Het college bleef over de begroting van € 2 miljoen zwijgen.",
        "Er blijft weinig tijd over voor preventie.",
    ],
)
def test_no_surplus(clause):
    assert not surplus(clause, (0, len(clause)))


def test_deficit_set_against_surplus_is_mixed():
    s = (
        "Op de jeugdhulp sloot de gemeente af met een tekort van € 1,8 miljoen, "
        "terwijl op de Wmo 5 ton overbleef."
    )
    assert polarity_of(s) == "mixed"
