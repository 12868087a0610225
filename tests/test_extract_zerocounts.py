"""Counts of none, an intake that has stopped among them (kg/extract/zerocounts.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.zerocounts import zero_counts
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds de Participatiewet stromen er geen nieuwe mensen meer in.",
        "Het sw-bedrijf neemt sinds 2015 geen nieuwe werknemers meer aan.",
        "Er komen in de voorziening geen nieuwe\ncliënten meer bij.",
    ],
)
def test_no_newcomers_any_more_is_a_count_of_zero(sentence):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.unit) for i in ex.indicators] == [(Decimal(0), "count")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het team heeft deze maand geen nieuwe mensen gezien.",
        "Er zijn geen nieuwe regels meer nodig.",
    ],
)
def test_without_meer_or_a_noun_of_people_it_is_a_negation(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.value for i in ex.indicators if i.value is not None] == []


def test_geen_kind_is_still_read():
    s = "Geen kind viel tussen wal en schip, en er stromen geen nieuwe jongeren meer in."
    assert [s[n.start : n.end] for n in zero_counts(s, 0, len(s))] == [
        "Geen kind",
        "geen nieuwe jongeren meer",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "niemand" opening a clause of an outcome: a count of none
        ("‘De overgang is gelukt, niemand is tussen wal en schip geraakt.’", [Decimal(0)]),
        # the subject of asking, and an aim: no count
        ("Niemand vroeg hoe het met haar ging.", []),
        ("Het college wil zorgen dat niemand tussen wal en schip valt.", []),
    ],
)
def test_nobody_in_an_outcome_is_a_count_of_zero(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [i.value for i in ex.indicators] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of none in a clause of aim states what is wanted, not how many there are
        "Het enige doel was dat ‘geen enkele inwoner tussen wal en schip valt’.",
        "De ambitie is dat geen kind langer thuiszit.",
        "Het uitgangspunt van de raad was dat geen gezin zonder hulp zou blijven.",
        "De beleidsdoelen zijn erop gericht dat geen jongere uitvalt.",
    ],
)
def test_a_count_of_none_in_an_aim_is_no_figure(sentence):
    assert zero_counts(sentence, 0, len(sentence)) == []


def test_a_count_of_none_outside_an_aim_stays():
    s = "In 2015 is geen enkele cliënt zonder zorg komen te zitten."
    assert [n.value for n in zero_counts(s, 0, len(s))] == [Decimal(0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sinds de nieuwe wet stromen er geen mensen meer in bij het werkbedrijf.",
            "geen mensen meer",
        ),
        ("De dagbesteding neemt geen cliënten meer op.", "geen cliënten meer"),
        ("Volgens de coördinator melden zich geen vrijwilligers meer.", None),
        ("Het project neemt sinds de zomer geen deelnemers meer aan.", "geen deelnemers meer"),
        ("In dat dorp wonen bijna geen jongeren meer.", "geen jongeren meer"),
    ],
)
def test_an_intake_stopped_without_nieuwe_is_a_count_of_none(sentence, expected):
    found = [sentence[n.start : n.end] for n in zero_counts(sentence, 0, len(sentence))]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Er zijn geen regels meer nodig.",
        "De teams zien geen mensen op het spreekuur.",
        "Hij heeft geen tijd meer voor vrijwilligers.",
    ],
)
def test_geen_people_without_meer_or_another_noun_stays_a_negation(sentence):
    assert zero_counts(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("- Wsw: geen nieuwe instroom meer sinds 2015", "geen nieuwe instroom meer"),
        (
            "Sinds de Participatiewet is er geen instroom meer in de sociale werkvoorziening.",
            "geen instroom meer",
        ),
        ("Het leerwerkbedrijf kent geen nieuwe instroom meer.", "geen nieuwe instroom meer"),
        ("Omdat er geen nieuwe instroom meer is, krimpt het bedrijf.", "geen nieuwe instroom meer"),
    ],
)
def test_an_inflow_that_stopped_is_a_count_of_none(sentence, expected):
    found = [sentence[n.start : n.end] for n in zero_counts(sentence, 0, len(sentence))]
    assert found == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er was in 2016 geen nieuwe instroom van statushouders.",
        "De instroom is niet meer zo hoog als vroeger.",
    ],
)
def test_an_inflow_without_geen_or_meer_is_no_count_of_none(sentence):
    assert zero_counts(sentence, 0, len(sentence)) == []
