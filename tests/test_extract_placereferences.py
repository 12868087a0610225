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


@pytest.mark.parametrize(
    ("sentence", "comparison", "reference"),
    [
        # a figure against another place's figure after "tegen"/"tegenover": a municipality
        # named plainly is the reference, with or without an adjective of nearness
        (
            "Per 1.000 inwoners zijn er 68 bijstandsuitkeringen, tegen 49 in Appingedam.",
            "higher",
            "appingedam",
        ),
        ("Van de jongeren krijgt 11% jeugdhulp, tegenover 14% in Kapelle.", "lower", "kapelle"),
        ("Het aandeel ouderen is 21%, tegen 23% bij Hollands Kroon.", "lower", "hollands kroon"),
        ("De werkloosheid bedraagt 8,1%, tegen 6,0% in Goes.", "higher", "goes"),
    ],
)
def test_a_figure_against_a_plainly_named_municipality(sentence, comparison, reference):
    _, ex = extract_text(sentence)
    assert [(i.comparison, i.reference) for i in ex.indicators if i.comparison] == [
        (comparison, reference)
    ]


def test_a_region_named_plainly_is_no_municipality():
    _, ex = extract_text("De werkloosheid bedraagt 6,1%, tegen 7,0% in Twente.")
    assert [i.reference for i in ex.indicators if i.reference] == []


@pytest.mark.parametrize(
    ("sentence", "references"),
    [
        # a member's own figure in brackets: the coordination runs on past it
        (
            "Het aandeel ouderen is 15%, lager dan in Dalfsen (21%) en Staphorst.",
            ["dalfsen", "staphorst"],
        ),
        (
            "De werkloosheid is 5%, duidelijk minder dan in Kampen (7%), Ommen of Raalte.",
            ["kampen", "ommen", "raalte"],
        ),
        # the compared term names who in the places first
        (
            "Huisartsen verwijzen hier vaker dan hun collega's in Ommen en Raalte.",
            ["ommen", "raalte"],
        ),
        ("De raad vergadert vaker dan de raden in Hattem en Dalfsen.", ["hattem", "dalfsen"]),
    ],
)
def test_a_coordinated_compared_term_past_brackets_and_nouns(sentence, references):
    _, ex = extract_text(sentence)
    found = [i.reference for i in ex.indicators if i.comparison in ("lower", "less", "more")]
    assert found == references
