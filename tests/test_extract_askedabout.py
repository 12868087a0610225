"""Asked about: a problem that is the subject of a question is no difficulty stated."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.askedabout import asked_about


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Een raadslid vraagt naar de wachtlijsten.", True),
        ("De fractie informeerde naar de schulden van jongeren.", True),
        ("Zij stelt een paar vragen over de eigen bijdrage.", True),
        ("Ouders vragen om hulp bij schulden.", False),
        ("Het raadslid vraagt waarom het tekort zo groot is.", False),
        ("Veel inwoners verhuizen naar de stad.", False),
    ],
)
def test_asked_about(sentence, asked):
    assert (asked_about(sentence, 0, len(sentence)) >= 0) is asked


def test_problem_asked_about_is_neutral():
    assert polarity_of("Een raadslid vraagt naar de wachtlijsten.") == "neutral"


def test_problem_presupposed_by_why_question_counts():
    assert polarity_of("Een raadslid vraagt waarom de wachtlijsten zo lang zijn.") == "negative"
