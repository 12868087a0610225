"""Aimed denials: a wish or an aim that nothing bad happens states nothing (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.aimeddenials import aimed_denials


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish (present, past, with a particle), an aim with the noun first or the copula
        # first (present and past), an infinitive of ensuring (fronted "om … te", after "eerst")
        "De gemeente wil dat niemand tussen wal en schip valt.",
        "‘Dat jaar wilden we vooral dat geen cliënt tussen wal en schip viel’, zegt een ambtenaar.",
        "Het uitgangspunt was dat er geen wachtlijsten zouden ontstaan.",
        "Volgens de wethouder is het belangrijkste doel dat geen kind thuis zit.",
        "Om ervoor te zorgen dat niemand buiten de boot valt, belt het team elke cliënt.",
        "Het college koos voor rust: eerst zorgen dat niemand zijn hulp kwijtraakte.",
    ],
)
def test_a_sought_denial_is_neutral(sentence):
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is seen or reported is stated: a denied problem is good news
        ("Ambtenaren zien dat niemand tussen wal en schip valt.", "positive"),
        ("Volgens het team zijn er geen wachtlijsten.", "positive"),
        # a negation outside the aim, after a turn, states again
        ("De gemeente wil dat inwoners meedoen, maar dat lukt niet.", "negative"),
    ],
)
def test_a_stated_denial_keeps_its_reading(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij wilden vooral dat niemand tussen wal en schip viel.", {1}),
        ("Het doel was dat geen gezin zonder hulp bleef.", {1}),
        ("De teams zorgen dat de wachttijd kort blijft.", set()),  # no negator
        ("Het team weet dat niemand tussen wal en schip valt.", set()),  # no wish or aim
    ],
)
def test_aimed_denials(sentence, expected):
    assert aimed_denials(sentence, neg.clauses(sentence, 0, len(sentence))) == expected
