"""A problem at a low level or occurring seldom ("het aantal X is laag", "X komt weinig voor")."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.lowlevels import low_level


@pytest.mark.parametrize(
    "sentence, problem, expected",
    [
        ("Het aandeel thuiszitters is in de gemeente laag.", "thuiszitters", True),
        ("Schooluitval komt in de dorpen zelden voor.", "Schooluitval", True),
        ("Huisuitzettingen kwamen vorig jaar nauwelijks voor.", "Huisuitzettingen", True),
        ("Het aantal thuiszitters is niet laag.", "thuiszitters", False),
        ("Schooluitval komt in de dorpen vaak voor.", "Schooluitval", False),
        ("Thuiszitters krijgen hulp tegen een laag tarief.", "Thuiszitters", False),
    ],
)
def test_low_level(sentence, problem, expected):
    at = sentence.index(problem)
    assert low_level(sentence, (0, len(sentence)), at, at + len(problem)) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Het aantal thuiszitters is volgens de leerplichtambtenaar laag.", "positive"),
        ("Eenzaamheid komt in de dorpen weinig voor.", "positive"),
        ("Het aantal thuiszitters is laag, maar de wachtlijsten zijn lang.", "mixed"),
    ],
)
def test_low_level_of_a_problem_is_good_news(sentence, expected):
    assert polarity_of(sentence) == expected
