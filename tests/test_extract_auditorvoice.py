"""The accountant who only speaks a claim is no concern of audit (kg.extract.auditorvoice)."""

from __future__ import annotations

import pytest

from kg.extract.auditorvoice import AUDIT_REQUIREMENTS, AUDITORS, voice_only
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "text",
    [
        "De accountant is daar veel minder optimistisch over.",
        "Volgens de accountant raakt de reserve binnen twee jaar op.",
        "De accountant waarschuwt dat de uitgaven aan jeugdhulp blijven stijgen.",
        "De accountant deelt die zorg over de wachtlijsten niet.",
    ],
)
def test_the_accountants_view_on_something_else_is_not_about_audit(text):
    assert voice_only(text, 0, len(text), (AUDITORS,)) == {AUDIT_REQUIREMENTS}


@pytest.mark.parametrize(
    "text",
    [
        "De accountant gaf over 2016 een verklaring met beperking af.",
        "De accountant plaatste bij de jaarrekening een kanttekening.",
        "Volgens de accountant waren de declaraties van de aanbieders onvolledig.",
        "De accountant vindt de uitgaven achteraf lastig te verantwoorden.",
        "De accountant keurde de cijfers van de zorg in natura niet goed.",
        "De accountant noemt de uitgaven aan pgb's over 2016 nog onzeker.",
    ],
)
def test_the_accountant_on_what_an_audit_is_about_keeps_it(text):
    assert voice_only(text, 0, len(text), (AUDITORS,)) == set()


def test_an_accountant_named_by_another_speaker_is_left_alone():
    text = "Ambtenaren zeggen dat accountants weinig begrip hebben voor maatwerk."
    assert voice_only(text, 0, len(text), ("c/role/civil-servants",)) == set()


def test_a_claim_of_the_accountant_has_the_audit_only_with_its_objects():
    doc, ex = extract_text(
        "De accountant plaatste bij de jaarrekening over 2016 een kanttekening bij de "
        "declaraties van zorgaanbieders.",
        "Het tekort op de jeugdhulp loopt volgens de wethouder in 2017 verder op. "
        "De accountant is daar minder zeker van.",
    )
    audit = "problem/auditor-requirements"
    assert audit in {key(c) for c in finding_for(doc, ex, "De accountant plaatste").concerns}
    view = {key(c) for c in finding_for(doc, ex, "minder zeker").concerns}
    assert audit not in view
    assert "problem/budget-overrun" in view  # the subject of its paragraph instead
