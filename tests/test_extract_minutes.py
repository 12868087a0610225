"""Forms of council minutes: agenda labels, commitments, records that judge nothing."""

from __future__ import annotations

import pytest

from kg.extract.minutes import chair_turn, committed, numbered_label, records
from kg.extract.speakers import Speech
from tests.extract_helpers import extract_text, polarity_of


@pytest.mark.parametrize(
    "sentence", ["Agendapunt 1: jeugdhulp.", "Agendapunt 2: Wmo en huishoudelijke hulp."]
)
def test_a_numbered_agenda_item_is_a_label(sentence):
    assert numbered_label(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Agendapunt 1: de wethouder legt uit waarom het tekort op de jeugdhulp zo hoog is.",
        "In 2015: ruim 300 meldingen.",
        "Jeugdhulp: 300.",
    ],
)
def test_a_clause_or_a_figure_after_a_colon_is_no_label(sentence):
    assert not numbered_label(sentence, 0, len(sentence))


def test_an_agenda_label_makes_no_finding():
    doc, ex = extract_text(
        "Agendapunt 1: jeugdhulp. Mevrouw De Vries (fractie VVD) vindt het tekort op de "
        "jeugdhulp zorgelijk."
    )
    assert not any(doc.text[f.start : f.end].startswith("Agendapunt") for f in ex.findings)


def test_a_commitment_is_its_subject_s_promise_unless_a_speaker_is_named():
    text = "Toezegging: het college legt de commissie een evaluatie voor."
    assert committed(text, 0, Speech(subject="role/board")).speakers == ("role/board",)
    named = Speech(("role/council",), subject="role/board")
    assert committed(text, 0, named) is named
    assert committed(text, 0, Speech()).speakers == ()


@pytest.mark.parametrize(
    ("sentence", "recorded"),
    [
        ("Toezegging: de wethouder stuurt de raad een overzicht van de kosten.", True),
        ("Actiepunt: de griffier nodigt de adviesraad uit.", True),
        ("De wethouder doet de toezegging dat het overzicht komt.", False),
    ],
)
def test_records(sentence, recorded):
    assert records(sentence, 0, len(sentence)) is recorded


def test_a_commitment_recorded_is_neutral():
    s = "Toezegging: de wethouder stuurt de commissie een helder overzicht van de verwijzingen."
    assert polarity_of(s) == "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aan het slot vraagt de voorzitter de fracties om een oordeel.", True),
        ("Daarna vraagt de voorzitter de leden om hun reactie.", True),
        ("De voorzitter van de cliëntenraad vraagt de gemeente om een vast aanspreekpunt.", False),
        ("De voorzitter vindt dat de raad te laat wordt geïnformeerd.", False),
        # the chair running the meeting
        ("De voorzitter opent de vergadering en geeft het woord aan de wethouder.", True),
        ("Om acht uur opent de voorzitter het overleg over de Wmo-verordening.", True),
        ("Daarna schorst de voorzitter de vergadering.", True),  # inverted: verb first
        ("Daarna geeft de voorzitter het woord aan de inspreker.", True),
        ("De voorzitter heropent het debat over de jeugdhulp.", True),
        ("De voorzitter geeft het woord aan mevrouw De Wit van de Wmo-raad.", True),
        ("De voorzitter heet de insprekers van de cliëntenraad welkom.", True),
        ("De voorzitter sluit dit agendapunt.", True),
        ("De voorzitter sluit niet uit dat de kosten verder stijgen.", False),
        ("De voorzitter van de Wmo-raad opent de bijeenkomst over de eigen bijdrage.", False),
        ("De voorzitter concludeert dat de commissie het beleid steunt.", False),
        ("De voorzitter opent de discussie met de vraag of het budget volstaat.", True),
        ("De voorzitter dankt de inspreker van de Wmo-raad voor haar bijdrage.", True),
        ("Tot slot dankt de voorzitter de wethouder voor de toelichting.", True),
        ("De voorzitter dankt het college voor de snelle aanpak van de wachtlijsten.", False),
    ],
)
def test_the_chairs_turn(text, expected):
    assert chair_turn(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    "turn",
    [
        "Aan het slot vraagt de voorzitter de fracties om een oordeel.",
        "De voorzitter opent het agendapunt over de Wmo en geeft het woord aan de wethouder.",
    ],
)
def test_the_chairs_turn_is_no_finding(turn):
    view = "De heer Jansen (fractie SP) vindt dat de gemeente te veel op geld stuurt."
    doc, ex = extract_text(f"{turn} {view}")
    assert [doc.text[f.start : f.end] for f in ex.findings] == [view]


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        ("DE VOORZITTER VRAAGT DE FRACTIES OM EEN OORDEEL.", True),  # capitals: the same case
        ("De voorzitter vraagt de leden om hun reactie.", True),
        ("De wethouder vraagt de leden om hun reactie.", False),  # no chair: the word gate
        ("De voorzitter vraagt de leden om hun reactie, ſnel.", False),  # read without the gate
    ],
)
def test_the_chair_word_is_read_in_the_lower_case_of_the_text(sentence, chair):
    # the sentence inside a longer text: its offsets are read in the text's lower case
    text = "Inleiding. " + sentence
    assert chair_turn(text, 11, len(text)) is chair
