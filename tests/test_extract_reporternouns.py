"""Role nouns that name who speaks (kg/extract/reporternouns.py)."""

from __future__ import annotations

import pytest

from kg.extract.reporternouns import reporter, speaking_role
from tests.extract_helpers import extract_text, key


@pytest.mark.parametrize(
    "sentence",
    [
        "‘Nu schrijven we drie verslagen per huisbezoek,’ zegt een medewerker.",
        "De wachttijd is lang, zo erkennen de geïnterviewde beleidsmedewerkers.",
        "“Elke woning gaat naar een statushouder”, zegt een medewerker, die er iets aan toevoegt.",
    ],
)
def test_the_noun_of_a_trailing_report_is_no_concern(sentence):
    noun = "beleidsmedewerkers" if "beleids" in sentence else "medewerker"
    at = sentence.index(noun)
    assert reporter(sentence, at, at + len(noun))


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("De wethouder zegt de medewerkers meer ruimte toe.", "medewerkers"),  # an object
        ("Het team zegt dat de medewerkers overbelast zijn.", "medewerkers"),  # a subject
        ("Volgens de raad, die de medewerkers sprak, is het druk.", "medewerkers"),
    ],
)
def test_a_role_noun_inside_what_is_said_is_no_reporter(sentence, noun):
    at = sentence.index(noun)
    assert not reporter(sentence, at, at + len(noun))


def test_the_reporter_of_a_quotation_is_no_concern_of_its_claim():
    _doc, ex = extract_text("‘Nu schrijven we drie verslagen per huisbezoek,’ zegt een medewerker.")
    assert "role/civil-servants" not in {key(c) for f in ex.findings for c in f.concerns}


def test_a_workplace_after_van_een_is_the_speakers():
    s = "Een intern begeleider van een basisschool ziet wachtlijsten."
    assert speaking_role(s, s.index("basis"), s.index(" ziet"), {s.index(" van")})
    assert not speaking_role(s, s.index("basis"), s.index(" ziet"), set())
