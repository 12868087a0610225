"""One person who introduces a quotation after a colon speaks it (invented sentences)."""

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
            "Een consulent sluit af met een waarschuwing: “Het loket moet open.”",
            "role/civil-servants",
        ),
        (
            "Een ervaren wijkverpleegkundige heeft een andere ervaring: „De lijnen zijn kort.”",
            "role/district-nurses",
        ),
        (
            "Een jobcoach komt met een voorbeeld: ‘Hij werkt nu bij de bakker.’",
            "role/jobcoach",
        ),
    ],
)
def test_one_person_before_a_colon_speaks_the_quotation(sentence, group):
    doc, ex = extract_text(
        "De raad besprak de jeugdhulp. „Het kost te veel”, zegt een raadslid.", sentence
    )
    assert [key(s) for s in finding_for(doc, ex, sentence[:20]).speakers] == [group]


def _said(t: str, word: str) -> tuple[str, ...]:
    at = t.index(word)
    m = SentenceMention("role/x", "role", at, at + len(word), word, 0)
    return colon_quotation(t, 0, len(t), Speech(subject="role/x"), [m]).speakers


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("De raad besloot, na lang beraad: ‘Geen extra geld.’", "raad"),
        ("Een raadslid heeft twee zorgen: de wachtlijsten en de kosten.", "raadslid"),
        ("Huisartsen hebben één wens: ‘Neem de telefoon op.’", "Huisartsen"),
        ("De wethouder is duidelijk: ‘Het geld is op.’", "wethouder"),
    ],
)
def test_no_clause_a_group_or_no_quotation_names_no_speaker_here(sentence, word):
    assert _said(sentence, word) == ()


def test_a_named_speaker_stays():
    t = "Volgens de wethouder zegt een raadslid: ‘Nee.’"
    m = SentenceMention("role/raad", "role", 25, 33, "raadslid", 0)
    speech = Speech(("role/wethouder",), subject="role/raad")
    assert colon_quotation(t, 0, len(t), speech, [m]).speakers == ("role/wethouder",)
