"""A group that introduces a quotation after a colon speaks it (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.colonquotes import colon_quotation
from kg.extract.model import SentenceMention
from kg.extract.speakers import Speech
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "Een beleidsmedewerker sluit af met een oproep aan de provincie: ‘Geef ons ruimte.’",
            "role/policy-officers",
        ),
        (
            "De voorzitter van de cliëntenraad houdt het kort: “Het loket moet open.”",
            "role/client-council",
        ),
        (
            "Een wijkverpleegkundige heeft een andere ervaring: „De lijnen zijn juist kort.”",
            "role/district-nurses",
        ),
        (
            "Huisartsen hebben één wens aan de gemeente: ‘Neem de telefoon op.’",
            "role/general-practitioners",
        ),
    ],
)
def test_the_subject_before_a_colon_speaks_the_quotation(sentence, group):
    doc, ex = extract_text("De raad besprak de jeugdhulp.", sentence)
    assert [key(s) for s in finding_for(doc, ex, sentence[:20]).speakers] == [group]


def test_a_clause_between_the_subject_and_the_colon_keeps_it_unspoken():
    t = "De raad besloot, na lang beraad: ‘Geen extra geld.’"
    m = SentenceMention("role/raad", "role", 3, 7, "raad", 0)
    assert colon_quotation(t, 0, len(t), Speech(subject="role/raad"), [m]).speakers == ()


def test_a_colon_before_no_quotation_names_no_speaker():
    t = "De raad heeft twee zorgen: de wachtlijsten en de kosten."
    m = SentenceMention("role/raad", "role", 3, 7, "raad", 0)
    assert colon_quotation(t, 0, len(t), Speech(subject="role/raad"), [m]).speakers == ()


def test_a_named_speaker_stays():
    t = "Volgens de wethouder zegt de raad: ‘Nee.’"
    m = SentenceMention("role/raad", "role", 25, 29, "raad", 0)
    speech = Speech(("role/wethouder",), subject="role/raad")
    assert colon_quotation(t, 0, len(t), speech, [m]).speakers == ("role/wethouder",)
