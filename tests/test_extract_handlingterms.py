"""The handling time of a step of access to care is a waiting time (kg.extract.handlingterms)."""

from __future__ import annotations

import pytest

from kg.extract.handlingterms import WAITING, handling_waits
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "text",
    [
        "Een melding wordt volgens de consulenten binnen twee weken opgepakt.",
        "Een eerste huisbezoek volgt gemiddeld binnen acht werkdagen; de norm is vijf.",
        "De cliëntenraad wil dat bij elke aanmelding binnen drie weken een plan ligt.",
        "Aanvragen voor een scootmobiel worden meestal binnen 14 dagen afgehandeld.",
        "Het intakegesprek vindt doorgaans binnen een week plaats.",
        "Volgens de gemeente lag de gemiddelde doorlooptijd in 2017 op 31 dagen.",
        "De teamleider noemt een doorlooptijd van gemiddeld zes weken.",
    ],
)
def test_a_term_of_an_access_step_is_a_waiting_time(text):
    assert handling_waits(text, 0, len(text)) == {WAITING}


@pytest.mark.parametrize(
    "text",
    [
        "De raad krijgt nu binnen zes weken zicht op de uitgaven.",
        "De gemeente wil binnen twee jaar een nieuw beleidsplan.",
        "Er kwam een aanvraag binnen, maar binnen drie weken was het team weer weg.",
        "Huurders met een achterstand worden binnen zes weken bij de gemeente gemeld.",
        "De doorlooptijd van het project is twee jaar.",
    ],
)
def test_a_term_of_anything_else_is_none(text):
    assert handling_waits(text, 0, len(text)) == set()


def test_only_the_claim_span_is_read():
    text = "Het loket is open. Een melding wordt binnen twee weken opgepakt."
    assert handling_waits(text, 0, 18) == set()
    assert handling_waits(text, 19, len(text)) == {WAITING}


def test_a_claim_gets_the_waiting_time_unless_it_denies_waiting_lists():
    doc, ex = extract_text(
        "Een eerste gesprek volgt volgens de consulenten gemiddeld binnen vijf werkdagen. "
        "Van wachtlijsten is geen sprake: een aanvraag wordt binnen zes weken afgehandeld."
    )
    told = {key(c) for c in finding_for(doc, ex, "Een eerste gesprek volgt").concerns}
    denied = {key(c) for c in finding_for(doc, ex, "Van wachtlijsten is geen").concerns}
    assert "problem/waiting-lists" in told
    assert "problem/waiting-lists" not in denied
