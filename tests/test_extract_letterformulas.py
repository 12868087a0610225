"""A letter's salutation and close are no claims (kg.extract.letterformulas), on invented
Dutch lines."""

from __future__ import annotations

import pytest

from kg.extract.letterformulas import letter_formula
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "line",
    [
        "Geachte raad,",
        "Geachte leden van de gemeenteraad,",
        "Beste raadsleden,",
        "Met vriendelijke groet,",
        "Met hartelijke groeten",
        "Hoogachtend,",
        "Namens het college van burgemeester en wethouders,",
        "Hoi Sanne,",
        "Hallo allemaal,",
        "Goedemorgen.",
    ],
)
def test_a_salutation_or_close(line):
    assert letter_formula(line)


@pytest.mark.parametrize(
    "line",
    [
        "Geachte raad, de wachttijden zijn opgelopen tot zes weken.",
        "Beste resultaat was de daling van de wachttijd.",
        "Namens het college schrijft de wethouder dat het goed gaat.",
        "Met vriendelijke medewerkers en een goed loket gaat het beter.",
        "Hoi Sanne, gisteren spraken we de wijkverpleegkundige van Oosterwolde.",
        "Namens de gemeente sprak de wethouder de vrijwilligers toe.",
    ],
)
def test_a_sentence_that_opens_like_one(line):
    assert not letter_formula(line)


@pytest.mark.parametrize(
    "line",
    [
        "Groet, Pieter.",
        "Groeten, Els.",
        "Groetjes, Fatima!",
        "Met vriendelijke groet, Karin van der Meer, teamleider wijkteam.",
        "Hartelijke groet, Ruud Smit, controller, gemeente Oss.",
        "Dank en groet, Anouk.",
        "Alvast bedankt, Bram",
        "Tot morgen, Hanneke.",
    ],
)
def test_an_e_mails_sign_off_with_its_signature(line):
    assert letter_formula(line)


@pytest.mark.parametrize(
    "line",
    [
        "Groeten uit Oss, waar het loket om acht uur opengaat.",
        "Groet van de wethouder aan alle vrijwilligers.",
        "Dank aan de vrijwilligers van de voedselbank.",
        "Tot morgen blijft het loket gesloten.",
        "Bedankt, zei de wethouder, voor de inzet van het team.",
        "Met vriendelijke groet sloot de wethouder de vergadering af.",
    ],
)
def test_a_sentence_that_opens_like_a_sign_off(line):
    assert not letter_formula(line)


def test_an_e_mails_greeting_stays_and_its_sign_off_goes_end_to_end():
    doc, ex = extract_text(
        "Hoi Sanne, gisteren spraken we twee wijkcoaches in Oosterwolde. Zij vinden dat de"
        " wachttijd voor schuldhulp te lang is. Groet, Pieter.",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "Hoi Sanne, gisteren spraken we twee wijkcoaches in Oosterwolde.",
        "Zij vinden dat de wachttijd voor schuldhulp te lang is.",
    ]


def test_a_letters_formulas_leave_no_finding_end_to_end():
    doc, ex = extract_text(
        "Geachte raad,",
        "Wij zijn tevreden over de start van de wijkteams.",
        "Met vriendelijke groet,",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "Wij zijn tevreden over de start van de wijkteams."
    ]
