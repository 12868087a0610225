"""A letter's salutation and close are no claims (kg.extract.letterformulas), on invented
Dutch lines."""

from __future__ import annotations

import pytest

from kg.extract.letterformulas import letter_formula
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "line",
    [
        "Geachte raad,",
        "Geachte leden van de gemeenteraad,",
        "Beste raadsleden,",
        "Met vriendelijke groet,",
        "Met hartelijke groeten",
        "Hoogachtend,",
        "Namens het college van burgemeester en wethouders,",
    ],
)
def test_a_salutation_or_close(line):
    assert letter_formula(line)


@pytest.mark.parametrize(
    "line",
    [
        "Geachte raad, de wachttijden zijn opgelopen tot zes weken.",
        "Beste resultaat was de daling van de wachttijd.",
        "Namens het college schrijft de wethouder dat het goed gaat.",
        "Met vriendelijke medewerkers en een goed loket gaat het beter.",
    ],
)
def test_a_sentence_that_opens_like_one(line):
    assert not letter_formula(line)


def test_a_letters_formulas_leave_no_finding_end_to_end():
    doc, ex = extract_text(
        "Geachte raad,",
        "Wij zijn tevreden over de start van de wijkteams.",
        "Met vriendelijke groet,",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "Wij zijn tevreden over de start van de wijkteams."
    ]
