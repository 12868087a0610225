"""A question put to the person spoken with is no claim (kg.extract.handovers), on invented
Dutch turns of transcripts."""

from __future__ import annotations

import pytest

from kg.extract.handovers import hand_over
from tests.extract_helpers import extract_text


def _whole(text: str) -> bool:
    return hand_over(text, 0, len(text))


@pytest.mark.parametrize(
    "question",
    [
        "Wethouder, hoe gaat u de wachtlijsten in de jeugdzorg aanpakken?",
        "Herkent u dat beeld, dokter?",
        "Gespreksleider: Wat is jouw ervaring met het sociaal team in de wijk?",
        "Moderator: Jullie werken nu twee jaar met de wijkteams: wat merken jullie daarvan?",
        "Presentator: Mevrouw Bos, hoe lang wacht uw zoon al op hulp?",
        "Kun je iets vertellen over de mantelzorgers in het dorp, Fleur?",
    ],
)
def test_a_question_to_the_person_spoken_with(question):
    assert _whole(question)


@pytest.mark.parametrize(
    "question",
    [
        "Moderator: Wat is er sinds de decentralisatie veranderd in het werk van de teams?",
        "Gespreksleider: Krijgen de consulenten genoeg ruimte om zelf te beslissen?",
        "Interviewer: Hoe verloopt de samenwerking met de huisartsen in de dorpen?",
        "Moderatrice: Welke rol speelt de regio bij de inkoop van jeugdhulp?",
    ],
)
def test_a_question_under_the_leaders_label_in_any_person(question):
    assert _whole(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Huisarts: Waarom duurt een verwijzing naar de jeugd-ggz zo lang?",
        "Moderator: De groep was het over de wachttijden eens.",
        "Een moderator: is dat nodig bij zo'n kleine groep?",
    ],
)
def test_a_participants_question_or_a_leaders_statement_is_no_hand_over(sentence):
    assert not _whole(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoe lang houdt een gezin dat vol?",
        "Waarom duurt een indicatie nog altijd zes weken?",
        "U vraagt zich misschien af waarom de wachtlijsten zo lang zijn.",
        "‘Kunt u mij helpen?’",
        "De moeder vroeg: “Waarom belt u mij niet terug?”",
        "Is het stelsel houdbaar, nu de uitgaven aan jeugdhulp blijven stijgen?",
        "Wat betekent dat voor u als inwoner van de gemeente?",
        "Kunt u als mantelzorger nog terecht bij het steunpunt?",
    ],
)
def test_a_rhetorical_or_quoted_question_or_a_statement(sentence):
    assert not _whole(sentence)


def test_a_hand_over_question_leaves_no_finding_end_to_end():
    doc, ex = extract_text(
        "Presentator: De wachtlijsten in de jeugd-ggz zijn nog altijd lang, hoor ik van veel"
        " ouders. Wethouder, wat gaat u daaraan doen?",
        "Wethouder Kok: We hebben twee extra jeugdconsulenten aangenomen.",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert not any(q.endswith("?") for q in quotes)
    assert any("jeugdconsulenten" in q for q in quotes)
