"""Whole groups: "alle X" is a share of 100 percent (kg/extract/groupwholes.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.groupwholes import group_wholes
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Het sociaal team is sinds januari in alle wijken aanwezig.",
        "De verordening wordt door alle gemeenten in de regio gebruikt.",
        "Volgens alle partijen loopt de samenwerking goed.",
        "De deelnemers komen uit alle kernen van de gemeente.",
        "Er is een schoolmaatschappelijk werker op alle openbare basisscholen.",
        "De buurtcoaches werken in alle delen van de stad.",
        "Voor de jeugdhulp werkt de gemeente samen met alle Groninger gemeenten.",
    ],
)
def test_all_of_a_group_is_a_share_of_a_hundred(sentence):
    _doc, ex = extract_text(sentence)
    found = [(i.value, i.unit, i.approximate, i.qualifier) for i in ex.indicators]
    assert found == [(Decimal(100), "percent", False, "alle")]


def test_not_all_is_a_vague_share():
    s = "Niet alle ouders weten de weg naar het wijkteam."
    found = group_wholes(s, 0, len(s))
    assert [(n.value, n.unit, n.form, n.qualifier) for n in found] == [
        (None, "percent", "vague", "niet alle")
    ]


def test_not_all_with_a_word_between_keeps_the_gap_in_its_qualifier():
    s = "De stichting heeft te weinig vrijwilligers, niet om alle eenzame ouderen te bereiken."
    assert [n.qualifier for n in group_wholes(s, 0, len(s))] == ["niet … alle"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het team is in staat alle regelgeving te overzien.",  # a mass noun
        "De gemeente bekijkt alle indicaties opnieuw.",  # things, not a group
        "Er is te weinig personeel om alle aanvragen af te handelen.",  # cases
        "Het besluit geldt voor alle drie de decentralisaties.",  # a number: a count
        "De helft van alle verwijzingen komt van de huisarts.",  # the base of a share
        "De sterkste schouders dragen, alle anderen betalen naar rato.",  # a pronoun
        "Volgens vrijwel alle gesprekspartners is dat zo.",  # a vague share, read elsewhere
        "Het gaat om alle delen van het probleem.",  # parts of no place
    ],
)
def test_no_whole_group(sentence):
    assert [n for n in group_wholes(sentence, 0, len(sentence)) if n.form == "all"] == []


def test_a_whole_group_is_no_figure_of_data_a_finding_is_dropped_for():
    # a claim whose only "figure" is "alle X" stays a finding (kg/extract/findings.py)
    _doc, ex = extract_text("Alle gemeenten in de regio doen mee aan de inkoop.")
    assert [i.value for i in ex.indicators] == [Decimal(100)]
    assert len(ex.findings) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Iedereen die ik sprak, noemt de thuiszorg een zorgpunt.",
        "Volgens iedereen met wie we hebben gesproken, is het loket te ver weg.",
        "Iedereen die de onderzoekers interviewden, wil meer tijd voor preventie.",
        "Iedereen die wij bezochten, kende het wijkteam.",
        # the union of subjects and verbs of kg/extract/spokento.py
        "Iedereen die de auteurs spraken, mist een vast aanspreekpunt.",
        "Iedereen met wie de interviewers spraken, kent de buurtcoach.",
        "Iedereen die wij spreken, wil meer tijd.",
        "Iedereen met wie ik spreek, vindt de regio te groot.",
    ],
)
def test_everyone_spoken_to_is_the_whole_of_the_interviewees(sentence):
    found = group_wholes(sentence, 0, len(sentence))
    assert [(n.value, n.unit, n.form, n.qualifier.lower()) for n in found] == [
        (Decimal(100), "percent", "all", "iedereen")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In het dorp kent iedereen iedereen.",
        "Over de schulden maakt iedereen zich zorgen.",
        "Iedereen die hulp nodig heeft, kan bij het team terecht.",
        "Iedereen die de consulent sprak, kreeg een plan.",
        "Iedereen die ik in de oude dorpskern sprak, was positief.",
    ],
)
def test_everyone_else_is_no_whole(sentence):
    assert group_wholes(sentence, 0, len(sentence)) == []


def test_not_everyone_spoken_to_is_a_vague_share():
    sentence = "Niet iedereen die ik sprak, was het daarmee eens."
    found = group_wholes(sentence, 0, len(sentence))
    assert [(n.value, n.unit, n.form, n.qualifier) for n in found] == [
        (None, "percent", "vague", "Niet iedereen")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vrijwel geen van de huisartsen verwijst naar het wijkteam.", "Vrijwel geen"),
        ("Volgens de raad weet bijna geen van hen wat een keukentafelgesprek is.", "bijna geen"),
        ("Nagenoeg geen van de aanbieders haalt die norm.", "Nagenoeg geen"),
        ("Lang niet elke wijk heeft een buurthuis.", "Lang niet elke"),
        ("De brief bereikt lang niet iedere mantelzorger.", "lang niet iedere"),
    ],
)
def test_nearly_none_of_or_far_from_every_one_of_a_group_is_a_vague_share(sentence, expected):
    found = group_wholes(sentence, 0, len(sentence))
    assert [(n.qualifier, n.value, n.unit) for n in found] == [(expected, None, "percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lang niet elke week komt de consulent langs.",  # a frequency
        "Geen van de partijen stemde tegen.",  # no hedge: not this share
        "Er is vrijwel geen geld meer over.",  # no group
        "Dat duurt lang, niet iedere keer even kort.",
    ],
)
def test_no_vague_share_of_nearly_none_or_not_every(sentence):
    assert group_wholes(sentence, 0, len(sentence)) == []
