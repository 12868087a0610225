"""A count of none (kg/extract/noneof.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.noneof import none_of
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 1 januari 2015 is geen kind zonder zorg komen te zitten.",
        "Met de aanbieders is geregeld dat geen enkele cliënt tussen wal en schip valt.",
    ],
)
def test_geen_before_a_noun_of_people_is_a_count_of_zero(sentence):
    _doc, ex = extract_text(sentence)
    assert [(i.value, i.unit, i.measure) for i in ex.indicators] == [(Decimal(0), "count", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Van een tekort is geen sprake.",
        "De school krijgt geen bericht van het sociaal team.",
        "Geen van de gesprekspartners noemt de wachtlijst.",
    ],
)
def test_geen_before_other_words_is_a_negation(sentence):
    _doc, ex = extract_text(sentence)
    assert [i.value for i in ex.indicators if i.value is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Er kwamen vijf klachten binnen; geen enkele is gegrond verklaard.",
        "Elke week een nieuw formulier, en geen enkele werkte echt.",
        "Wij kregen drie aanbiedingen, maar geen enkele paste bij ons budget.",
        "Ze probeerden alle regelingen; geen enkele hielp.",
    ],
)
def test_geen_enkele_standing_for_a_noun_before_it_is_a_count_of_none(text):
    found = none_of(text, 0, len(text))
    assert [(text[n.start : n.end].lower(), n.value) for n in found] == [("geen enkele", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Dat heeft geen enkele zin.",
        "Er is geen enkele reden tot zorg.",
        "Geen enkele twijfel daarover.",
    ],
)
def test_geen_enkele_before_another_noun_is_a_negation(text):
    assert none_of(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het buurthuis heeft nog geen vaste contactpersoon voor de wijkagent.",
            "geen vaste contactpersoon",
        ),
        ("In de regio zijn er nog geen beschutte werkplekken.", "geen beschutte werkplekken"),
        ("Het dorp heeft geen voorzieningen meer voor ouderen.", "geen voorzieningen"),
        ("Voor statushouders waren in 2017 geen stageplekken beschikbaar.", "geen stageplekken"),
        ("Bij de bibliotheek is geen enkele werkplek voor vrijwilligers.", "geen enkele werkplek"),
    ],
)
def test_geen_before_a_post_or_facility_is_a_count_of_none(text, expected):
    found = none_of(text, 0, len(text))
    assert [(text[n.start : n.end], n.value) for n in found] == [(expected, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vorig jaar is geen enkele plek in de dagopvang bijgekomen.", "geen enkele plek"),
        ("De cliëntenraad zat bij geen enkel overleg met de aanbieders.", "geen enkel overleg"),
        ("Er is in Zuid nog geen enkele bijeenkomst geweest.", "geen enkele bijeenkomst"),
        ("Voor de nachtopvang is geen enkele nieuwe plaats gevonden.", "geen enkele nieuwe plaats"),
    ],
)
def test_geen_enkel_before_a_place_or_meeting_is_a_count_of_none(text, expected):
    found = none_of(text, 0, len(text))
    assert [(text[n.start : n.end], n.value) for n in found] == [(expected, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Voor dat soort hulp is in het dorp geen plek.",
        "Er is geen overleg met de huisartsen gevoerd.",
        "Voor die groep is nog geen voorziening getroffen.",
        "De gemeente hoeft geen voorziening te treffen.",
        "Hij vond geen plaats om te parkeren.",
    ],
)
def test_a_bare_geen_before_a_place_or_a_provision_is_a_negation(text):
    assert none_of(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voor beschut werk is nog geen plek gevonden.", "geen plek"),
        ("Voor hem was er nog geen passende plek.", "geen passende plek"),
        ("In de dagbesteding is nog geen plaats voor jongeren met autisme.", "geen plaats"),
        ("Er is nog geen enkele plek gerealiseerd.", "geen enkele plek"),
    ],
)
def test_not_yet_a_place_is_a_count_of_zero(sentence, expected):
    assert [(sentence[n.start : n.end], n.value) for n in none_of(sentence, 0, len(sentence))] == [
        (expected, Decimal(0))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is geen plek voor overleg met de scholen.",
        "Er was nog geen overleg met de huisartsen.",
        "Dat heeft nog geen plekje in het beleid.",
    ],
)
def test_a_bare_place_or_a_meeting_after_nog_geen_is_a_negation(sentence):
    assert none_of(sentence, 0, len(sentence)) == []
