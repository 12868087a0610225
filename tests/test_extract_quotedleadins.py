"""Tests for kg.extract.quotedleadins: a judgement leading into a quotation is its speaker's."""

from __future__ import annotations

import pytest

from kg.extract.quotedleadins import authors_bridge, trailing_quotation
from tests.extract_helpers import extract_text, finding_for, key


def _voice(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_quotation_named_after_it_trails_its_attribution():
    assert trailing_quotation("‘Het loopt’, vertelt een teamleider van het sociaal team.")
    assert trailing_quotation("“Het kost tijd”, aldus de wethouder.")
    assert not trailing_quotation("De wethouder: ‘Het loopt.’")
    assert not trailing_quotation("‘Het loopt.’ Dat zegt de wethouder.")


def test_a_judging_lead_in_is_the_quoted_speakers():
    doc, ex = extract_text(
        "Ook het CAK krijgt kritiek. ‘Onze cliënten wachten maanden op hun rekening’, zegt "
        "de voorzitter van de Wmo-raad."
    )
    assert _voice(doc, ex, "krijgt kritiek") == ["role/wmo-council"]
    assert "role/wmo-council" not in [key(c) for c in finding_for(doc, ex, "CAK").concerns]


def test_a_neutral_fact_before_the_quotation_stays_the_authors():
    doc, ex = extract_text(
        "De corporatie moet dit jaar ruim 60 statushouders huisvesten. ‘Wij doen dat graag, "
        "maar onze wachtlijst is opgelopen tot vijf jaar’, zegt de directeur van de corporatie."
    )
    assert _voice(doc, ex, "huisvesten") == ["role/authors"]


def test_a_lead_in_before_a_quotation_named_before_it_is_not_covered():
    doc, ex = extract_text(
        "Ook het CAK krijgt kritiek. Een wethouder: ‘Onze cliënten wachten maanden op hun "
        "rekening.’"
    )
    assert _voice(doc, ex, "krijgt kritiek") == ["role/authors"]


def test_a_policy_stated_before_a_quotation_closed_with_zo_and_a_verb_is_the_speakers():
    assert trailing_quotation("“Wie kan werken, werkt”, zo vat de wethouder het beleid samen.")
    doc, ex = extract_text(
        "Teststad kiest nadrukkelijk voor werk als eerste stap. “Wie kan werken, gaat aan het "
        "werk”, zo vat de wethouder van Werk en Inkomen het beleid samen."
    )
    assert _voice(doc, ex, "kiest nadrukkelijk") == ["role/alderman"]


def test_a_neutral_lead_in_on_how_the_field_is_laid_out_stays_the_authors():
    doc, ex = extract_text(
        "De sociale werkvoorziening ligt bij Weener XL in Den Bosch. ‘Wij zien vooral mensen "
        "met een grote afstand tot werk’, zegt een klantmanager."
    )
    assert _voice(doc, ex, "Weener XL") == ["role/authors"]


@pytest.mark.parametrize(
    "bridge",
    [
        "De onderzoekers vroegen naar de wachtlijsten.",
        "Ook de interviewers spraken met de schoolleiders.",
        "Wij vroegen de corporatie naar de huisuitzettingen.",
        "Niet iedereen is even tevreden.",
        "Lang niet alle aanbieders zijn zo positief.",
        "Schuldhulp is in deze gemeente het meest besproken onderwerp.",
    ],
)
def test_an_authors_bridge_is_no_lead_in(bridge):
    assert authors_bridge(bridge)
    doc, ex = extract_text(
        f"{bridge} ‘Wij zien de rij langer worden, elke maand weer’, zegt een sociaal raadsman."
    )
    assert _voice(doc, ex, bridge[:18]) == ["role/authors"]


@pytest.mark.parametrize(
    "lead",
    [
        "Ook de SVB krijgt kritiek.",
        "Iedereen is tevreden over het loket.",
        "De tarieven blijven het grootste probleem.",
    ],
)
def test_a_lead_in_that_judges_is_no_bridge(lead):
    assert not authors_bridge(lead)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("‘Het loket is dicht’, zegt een jobcoach.", "‘Wie belt, krijgt een bandje.’"),
        ("“We draaien overuren”, vertelt de teamleider.", "“Zo houden we het niet vol.”"),
        ("„De aanbieders zijn te duur”, aldus een controller.", "„Dat moet anders.”"),
        (
            "‘Ouders weten ons te vinden’, zegt een intern begeleider.",
            "‘Maar de wachtlijst blijft.’",
        ),
    ],
)
def test_a_bare_quotation_goes_on_with_the_speaker_named_before(first, second):
    doc, ex = extract_text(f"{first} {second}")
    assert _voice(doc, ex, second[1:12]) == _voice(doc, ex, first[1:12])
    assert _voice(doc, ex, second[1:12]) != ["role/authors"]
