"""Tests for kg.extract.turnmoves: the moves of a transcript or report that claim nothing."""

from __future__ import annotations

import pytest

from kg.extract.turnmoves import (
    bare_assent,
    broken_off,
    leader_announces,
    leader_hands_over,
    no_move_claim,
    people_legend,
    source_note,
)


def _last_line(text: str) -> tuple[int, int]:
    start = text.rfind("\n") + 1
    return start, len(text)


@pytest.mark.parametrize(
    "text",
    [
        "De huren stijgen al jaren.\nMarco: Precies.",
        "Dat was een lastig jaar voor de raad.\nIneke: Inderdaad.",
        "Het team zit vol.\nYusuf: Klopt!",
        "Zo'n wachttijd is te lang.\nWethouder Smit: Absoluut.",
        "De regels zijn streng.\nJazeker.",
    ],
)
def test_bare_assent_after_a_statement(text: str) -> None:
    assert bare_assent(text, *_last_line(text))
    assert no_move_claim(text, *_last_line(text))


@pytest.mark.parametrize(
    "text",
    [
        "Werd het advies overgenomen?\nMarco: Ja.",  # the answer to a question
        "Is de wachttijd korter geworden?\nIneke: Zeker.",
        "Het team zit vol.\nYusuf: Dat klopt, de wachtlijst groeit.",  # a clause of its own
        "Het team zit vol.\nYusuf: Grotendeels.",  # no word of assent
    ],
)
def test_no_bare_assent(text: str) -> None:
    assert not bare_assent(text, *_last_line(text))


@pytest.mark.parametrize(
    "text",
    [
        "Host Lotte: Dan de jeugdzorg.",
        "Presentator: En nu de schuldhulp.",
        "Moderator Joost: Wonen en zorg dan.",
        "Gespreksleider: Eerst wat achtergrond.",
        "Host Pim: Ayla, jouw vakgebied.",
        "Interviewer: Tot slot de regionale samenwerking.",
    ],
)
def test_leader_announces_the_next_topic(text: str) -> None:
    assert leader_announces(text, 0, len(text))
    assert no_move_claim(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Host Lotte: Dat klinkt zorgelijk.",  # a reaction: the host's remark
        "Host Lotte: Dan gaan we het over de jeugd hebben.",  # a clause
        "Ayla: Dan de jeugdzorg.",  # no leader's label
        "Host Pim: Dan de jeugdzorg?",  # a question (the hand-over rules read it)
        "Host Pim: Tien weken!",  # an exclamation
    ],
)
def test_leader_says_more(text: str) -> None:
    assert not leader_announces(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Respondent 1: wethouder; Respondent 2: huisarts.",
        "Deelnemer A: consulent van het wijkteam; Deelnemer B: mantelzorger; "
        "Deelnemer C: raadslid.",
        "Geïnterviewde 3: beleidsadviseur jeugd; Geïnterviewde 4: directeur van een stichting",
        "Gesprekspartner X: jongerenwerker; Gesprekspartner Y: schuldhulpverlener.",
    ],
)
def test_people_legend(text: str) -> None:
    assert people_legend(text, 0, len(text))
    assert no_move_claim(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Respondent 1: de wachttijden zijn te lang.",  # one code with what it says
        "Respondent 1 stelt dat de wachttijd lang is; respondent 2 ziet dat ook.",
        "Knelpunten: wachttijden; kosten.",
    ],
)
def test_no_people_legend(text: str) -> None:
    assert not people_legend(text, 0, len(text))


@pytest.mark.parametrize(
    "note",
    [
        "¹ Interview met de teamleider, 8 oktober 2017.",
        "² Groepsgesprek met drie consulenten, 2016.",
        "³ Stichting Zorgkracht, Jaarverslag 2016.",
        "[4] GGD Hollands Midden, Gezondheidsmonitor 2016.",
        "⁵ Telefonisch gesprek met de wethouder, 2 mei 2017; de cijfers zijn nog niet openbaar.",
    ],
)
def test_source_note(note: str) -> None:
    text = "De wachttijd is gegroeid.¹ Dat valt op.\n\n" + note
    start = text.index(" ", text.rindex("\n")) + 1
    assert source_note(text, start, len(text))
    assert no_move_claim(text, start, len(text))


@pytest.mark.parametrize(
    "note",
    [
        "¹ In de kern Oosterend staan veertig woningen leeg, sinds 2015.",  # a claim of its own
        "² De gemeente heeft hierover geen cijfers.",
    ],
)
def test_footnote_with_a_claim(note: str) -> None:
    text = "De wachttijd is gegroeid.¹\n\n" + note
    start = text.index(" ", text.rindex("\n")) + 1
    assert not source_note(text, start, len(text))


def test_citation_outside_a_footnote() -> None:
    text = "Interview met de wethouder, 12 mei 2016."
    assert not source_note(text, 0, len(text))


@pytest.mark.parametrize("direction", ["[lacht]", "[stilte]", "(zucht)", "[gelach in de zaal]"])
def test_stage_direction(direction: str) -> None:
    text = f"Dat kost veel. {direction} Maar het werkt."
    start = text.index(direction)
    assert no_move_claim(text, start, start + len(direction))
    assert not no_move_claim(text, 0, start - 1)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Host Lia: Hoe zit het met wonen?", "Host"),
        ("Presentator Bo: Dan de jeugd. Sanne?", "Sanne"),
        ("Moderator: Wat vindt de raad ervan?", "Moderator"),
        ("Host Lia: Ahmed, jij ziet de jongeren elke week.", "Host"),
        ("Gespreksleider Kim: Meneer Bos, u bent al jaren huisarts.", "Gespreksleider"),
    ],
)
def test_the_leader_hands_over(text, first):
    start = text.index(first)
    assert leader_hands_over(text, start, len(text))
    assert no_move_claim(text, start, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed: Hoe zit het met wonen?",  # a guest's question: a point of their own
        "Host Lia: Dat klinkt zorgelijk.",
        "Host Lia: Twaalf weken!",
        "Host Lia: Ahmed heeft gelijk, de wachttijd is lang.",
    ],
)
def test_the_leader_says_something(text):
    assert not leader_hands_over(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Henk: Dat snap ik, maar we …\nKarin: Laat me uitpraten.",
        "Wethouder Bos: Het punt is dat …\nHost Lia: Sorry, de tijd is om.",
        "Sanne: Als je kijkt naar de cijfers ...\nBram: Die zeggen niet alles.",
        "Bram: En dan …",
    ],
)
def test_a_turn_broken_off(text):
    end = text.find("\n") if "\n" in text else len(text)
    assert broken_off(text, 0, end)


@pytest.mark.parametrize(
    "text",
    [
        "De kosten, de regels, de wachtlijsten …\nZo gaat het.",  # no turn
        "Henk: Dat snap ik, maar we … doen het toch.",  # goes on
        "Henk: Het werkt.\nKarin: Ja.",
    ],
)
def test_no_turn_broken_off(text):
    end = text.find("\n") if "\n" in text else len(text)
    assert not broken_off(text, 0, end)
