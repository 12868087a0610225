"""An improvement of a level that comes only late ("pas na 2020") is a shortfall."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.latelevels import late_change


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De tekorten nemen pas na 2020 af.", True),
        ("De wachtlijsten worden pas over twee jaar korter.", True),
        ("De kosten dalen pas vanaf 2019.", True),
        # no "pas", or "pas" in another sense (just now, a pass)
        ("De tekorten nemen na 2020 af.", False),
        ("De tekorten zijn pas afgenomen.", False),
        ("Met de pas dalen de kosten.", False),
    ],
)
def test_late_change(sentence, expected):
    assert late_change(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het college verwacht dat de tekorten op de jeugdhulp pas na 2020 afnemen.", "negative"),
        ("De wethouder verwacht dat de kosten pas over drie jaar afnemen.", "negative"),
        ("Het college verwacht dat de tekorten in 2020 dalen.", "positive"),
    ],
)
def test_polarity_of_late_improvements(sentence, expected):
    assert polarity_of(sentence) == expected
