"""Durations judged with the verb last, and terms kept or missed."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.durationcues import duration_cues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zij zeggen dat de aanvraag langer duurt dan vroeger.", [("langer", -1)]),
        ("Zij zeggen dat het drie keer zo lang duurt.", [("zo lang", -1)]),
        ("Zij zeggen dat het gesprek half zo lang duurt.", [("half zo lang", 1)]),
        ("Zij zeggen dat de aanvraag korter duurt.", [("korter", 1)]),
        ("Het traject duurt sinds de nieuwe werkwijze korter.", [("korter", 1)]),
        ("Het besluit valt binnen de wettelijke termijn.", [("binnen de wettelijke termijn", 1)]),
        ("Veel besluiten vallen buiten de termijn.", [("buiten de termijn", -1)]),
        # a question, an equal length, a step after a term: no judgement
        ("Niemand weet hoe lang het traject duurt.", []),
        ("Zij verwachten dat het gesprek even lang zal duren.", []),
        ("Na de termijn van zes weken volgt een besluit.", []),
        ("Het gesprek duurt een uur.", []),
    ],
)
def test_duration_cues(sentence, expected):
    found = duration_cues(sentence, 0, len(sentence))
    assert [(sentence[c.start : c.end], c.sign) for c in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De consulenten zeggen dat een herindicatie nu twee keer zo lang duurt als voorheen.",
            "negative",
        ),
        ("De consulenten zeggen dat een aanvraag nu korter duurt dan vroeger.", "positive"),
        ("De consulenten zeggen dat een aanvraag niet langer duurt dan vroeger.", "positive"),
        (
            "De consulenten zeggen dat een aanvraag binnen de wettelijke termijn wordt "
            "afgehandeld.",
            "positive",
        ),
        (
            "De consulenten zeggen dat een aanvraag niet binnen de wettelijke termijn wordt "
            "afgehandeld.",
            "negative",
        ),
    ],
)
def test_polarity_of_durations_and_terms(sentence, expected):
    assert polarity_of(sentence) == expected


def test_an_obligation_to_keep_a_term_is_no_verdict():
    s = "De gemeente moet binnen de wettelijke termijn van zes weken beslissen, zeggen zij."
    assert polarity_of(s) == "neutral"


def test_weeks_of_waiting_beyond_the_norm_before_the_verb():
    s = "Een wachtlijst is er niet; wel moeten gezinnen bij aanbieders zeven weken wachten."
    assert [s[c.start : c.end] for c in duration_cues(s, 0, len(s))] == ["zeven weken"]
    assert polarity_of(s) == "mixed"
    # within the norm, or denied
    assert (
        polarity_of("Volgens de huisarts hoeven ouders geen acht weken te wachten.") == "positive"
    )
    assert duration_cues("Ouders moeten soms drie weken wachten.", 0, 38) == []
