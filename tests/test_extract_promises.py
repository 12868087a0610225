"""Promises and endorsements: a body committing itself to what was asked (invented)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.promises import promised


@pytest.mark.parametrize(
    "sentence",
    [
        # split "toezeggen" closing, before "dat", before an infinitive; the participle;
        # an endorsement with the object after and before the verb
        "De wethouder zegt dat toe.",
        "De directeur zegde toe dat de wachtlijst voor de zomer is weggewerkt.",
        "De gedeputeerde zegde de gemeenten toe een extra bijdrage te leveren.",
        "Het college heeft toegezegd een onafhankelijke evaluatie te laten doen.",
        "De raad onderschrijft het voorstel van de jongerenraad.",
        "De wethouder liet weten dat het college deze adviezen volledig onderschrijft.",
    ],
)
def test_a_promise_or_an_endorsement_is_positive(sentence):
    assert [c.sign for c in promised(sentence, 0, len(sentence))] == [1]
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder zegde niets toe.",
        "De gemeente wil niet toezeggen dat de inloop open blijft.",
    ],
)
def test_a_promise_refused_is_negative(sentence):
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # an endorsement of a picture, "toe" of "toe zijn aan", a record of a promise,
        # "toe" in another word
        "De huisartsen onderschrijven die analyse van de wijkteams.",
        "Zij zegt dat de wijk toe is aan een nieuw buurthuis.",
        "Toezegging: de wethouder stuurt de raad voor de zomer een overzicht.",
        "De toename van het aantal meldingen zegt iets over de bekendheid.",
    ],
)
def test_no_promise(sentence):
    assert promised(sentence, 0, len(sentence)) == []
