"""The set phrases of a conversation are no claims (kg.extract.courtesies), on invented Dutch
turns of transcripts."""

from __future__ import annotations

import pytest

from kg.extract.courtesies import courtesy
from tests.extract_helpers import extract_text


def _whole(text: str) -> bool:
    return courtesy(text, 0, len(text))


@pytest.mark.parametrize(
    "turn",
    [
        "Goedenavond en van harte welkom bij Zorg in de Regio.",
        "Goedemorgen allemaal.",
        "Welkom terug bij het Avondcafé.",
        "Van harte welkom, mevrouw De Groot.",
        "Hartelijk dank voor uw verhaal.",
        "Bedankt, Kees!",
        "Dank jullie wel.",
        "Ga je gang.",
        "Zegt u het maar.",
        "U bent in de lucht.",
        "Leuk dat jullie er zijn.",
        "Graag gedaan.",
        "Tot volgende week.",
        "Dag, burgemeester.",
        "Moderator: Dank u wel, meneer Visser.",
        "Beller uit Hoorn: Goedemiddag.",
        "Na het journaal praten we verder over de schuldhulp.",
        "Zo meteen meer over de wachtlijsten in de jeugdzorg.",
        "Hierna hebben we het over de mantelzorgers in de dorpen.",
    ],
)
def test_a_set_phrase_of_a_conversation(turn):
    assert _whole(turn)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dank aan de vrijwilligers is hier op zijn plaats.",
        "Dankzij het wijkteam gaat het nu beter met de familie.",
        "Bedankt voor de hulp werd de buurvrouw nooit.",
        "Welkom bij het loket zijn alle inwoners met een vraag.",
        "Dag en nacht is de opvang open.",
        "Goed dat u er bent, want het loket is al weken dicht.",
        "Na de zomer gaan we verder met twee teams in plaats van vier.",
        "Straks gaat het wijkteam verder met minder geld.",
        "Wethouder: Dank u wel, en de wachtlijsten zijn inderdaad te lang.",
        "‘Dank u wel’, zei de moeder tegen de consulent.",
    ],
)
def test_a_sentence_that_goes_on_or_quotes_is_no_set_phrase(sentence):
    assert not _whole(sentence)


def test_a_transcripts_set_phrases_leave_no_finding_end_to_end():
    doc, ex = extract_text(
        "Presentator: Goedemiddag en welkom bij Radio Oost.",
        "Wethouder Bakker: Dank u wel. De wachttijd voor schuldhulp is opgelopen tot tien weken.",
        "Presentator: Na de muziek gaan we verder met de mantelzorg.",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "De wachttijd voor schuldhulp is opgelopen tot tien weken."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Els: Mag ik even …",
        "Mag ik hier iets aanvullen?",
        "Bram: Laat mij nou even uitpraten.",
        "Mag ik eens reageren?",
        "Laat me eerst uitspreken.",
    ],
)
def test_asking_for_or_keeping_the_floor_is_a_set_phrase(sentence):
    assert _whole(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mag ik even zeggen dat de wachtlijst te lang is?",
        "Laat me even uitleggen hoe de toegang werkt.",
        "Mag ik even … de wachtlijsten zijn echt te lang.",
    ],
)
def test_a_floor_phrase_that_goes_on_is_no_set_phrase(sentence):
    assert not _whole(sentence)
