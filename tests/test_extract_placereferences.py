"""A named municipality a level is compared with (kg.extract.placereferences)."""

from __future__ import annotations

import pytest

from kg.extract.placereferences import place_after
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        (
            "De stad telt 34 uitkeringen per 1.000 inwoners, twee keer zoveel als in buurgemeente"
            " Kapelle.",
            "kapelle",
        ),
        (
            "Er zijn 52 uitkeringen per 1.000 inwoners, bijna twee keer zo veel als in het naburige"
            " Hollands Kroon.",
            "hollands kroon",
        ),
        (
            "Het dorp telt 27 uitkeringen per 1.000 inwoners, ongeveer de helft van het niveau in"
            " Lelystad.",
            "lelystad",
        ),
    ],
)
def test_a_ratio_against_a_named_municipality_refers_to_it(sentence, reference):
    _, ex = extract_text(sentence)
    assert [i.reference for i in ex.indicators if i.unit == "ratio"] == [reference]


@pytest.mark.parametrize(
    "words",
    ["hoger dan in Limburg", "twee keer zo hoog als in Nederland", "hoger dan in de regio"],
)
def test_a_province_the_country_or_a_region_is_no_municipality(words):
    assert place_after(words, 0, len(words)) is None


def test_a_reference_already_read_is_kept():
    _, ex = extract_text("Het aandeel is 8%, hoger dan het landelijk gemiddelde in Nederland.")
    assert [i.reference for i in ex.indicators] == ["national average"]


@pytest.mark.parametrize(
    ("sentences", "references"),
    [
        # a coordination after "dan in": each municipality its own indicator
        (
            "Het aandeel jongeren met jeugdhulp ligt in Teststad hoger dan in Borsele en Kapelle.",
            ["borsele", "kapelle"],
        ),
        # three members, joined by commas and "of", after "als in"
        (
            "Het aantal uitkeringen ligt twee keer zo hoog als in Borsele, Kapelle of Reimerswaal.",
            ["borsele", "kapelle", "reimerswaal"],
        ),
        # the comparison apposed to the figure after a comma, the preposition repeated
        (
            "Ongeveer 11% van de jongeren krijgt jeugdhulp, meer dan in Venlo en in Roermond.",
            ["roermond", "venlo"],
        ),
        # the comparison in the next sentence, pointing back with "Dat"
        (
            "In Teststad krijgt 9% van de jongeren jeugdhulp. Dat is lager dan in Goes en Kapelle.",
            ["goes", "kapelle"],
        ),
        # a province in the coordination is no municipality
        (
            "Het aandeel ouderen ligt in Teststad hoger dan in Borsele en Zeeland.",
            ["borsele"],
        ),
    ],
)
def test_each_municipality_of_a_coordinated_compared_term_is_a_reference(sentences, references):
    _, ex = extract_text(sentences)
    assert sorted(i.reference for i in ex.indicators if i.reference) == references
