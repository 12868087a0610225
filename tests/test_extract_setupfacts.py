"""A set-up told as a plain fact of organisation (invented claims)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.setupfacts import arranged


@pytest.mark.parametrize(
    "sentence",
    [
        # "inrichten": how the work is arranged
        "Volgens de wethouder heeft de gemeente drie wijkteams ingericht, elk voor een stadsdeel.",
        "Zuidstad heeft de toegang tot de jeugdhulp per leeftijdsgroep ingericht.",
        "Het loket voor werk en inkomen is in het gemeentehuis ingericht.",
        "Volgens de wethouder is de uitvoering anders ingericht dan in de buurgemeenten.",
        # a set-up with the staff it was made of
        "In 2014 werd het jeugdteam opgezet met medewerkers van drie aanbieders.",
        "In 2015 werd Stichting Buurtwerk opgericht, waarin medewerkers van vier clubs werken.",
        "Het college heeft twee sociale teams opgezet, met samen ongeveer 25 medewerkers.",
    ],
)
def test_arrangement_is_a_plain_fact(sentence):
    assert arranged(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # a measure taken in answer to what came before, or a set-up with no staff named
        "De gemeente heeft daarom een apart meldpunt voor schulden ingericht.",
        "Er is een nieuw loket voor mantelzorgers opgezet.",
        "In 2016 werd een proef met buurtcoaches gestart.",
        "De corporatie heeft hiervoor samen met de gemeente tien starterswoningen ingericht.",
    ],
)
def test_an_initiative_stays_set_going(sentence):
    assert not arranged(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "positive"
