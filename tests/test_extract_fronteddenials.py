"""A fronted "van" phrase denied by a closing "geen sprake", across clause cuts."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.fronteddenials import joined
from kg.extract.negation import clauses


@pytest.mark.parametrize(
    "sentence",
    [
        "Van wachtlijsten voor dagbesteding of begeleiding is in Teststad geen sprake.",
        "Van wachtlijsten voor een eerste gesprek is inmiddels, volgens de teamleiders, "
        "geen sprake meer.",
    ],
)
def test_denied_across_cuts_is_good_news(sentence):
    spans = clauses(sentence, 0, len(sentence))
    assert len(spans) > 1
    assert joined(sentence, spans) == [(0, len(sentence))]
    assert polarity_of(sentence) == "positive"


def test_contrast_stops_the_join():
    s = "Van wachtlijsten is geen sprake, maar het vervolg kan zes weken duren."
    spans = clauses(s, 0, len(s))
    assert joined(s, spans) == spans


def test_no_fronted_van_is_left_alone():
    s = "De wachtlijsten zijn lang, zegt de wethouder."
    spans = clauses(s, 0, len(s))
    assert joined(s, spans) == spans
