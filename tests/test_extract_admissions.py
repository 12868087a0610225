"""Admissions: a claim that admits a point is negative (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract import concessions
from kg.extract.admissions import admits, verbs
from kg.extract.tone import polarity
from kg.ontology import load_ontology, polarity_cues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wethouder erkent dat.", True),
        ("Ook de ambtenaren erkennen dat ruiterlijk.", True),
        ("De cliëntenraad herkent dat.", True),
        ("Beleidsmedewerkers erkennen dat de invoering gehaast verliep.", True),
        ("Dat de teams eerst dossiers overnamen, erkent de directeur.", True),
        ("De wethouder geeft toe dat de aanvragen blijven liggen.", True),
        # a recognised fact, an adjective, a denial, a question, another object
        ("Aanbieders herkennen dat de gemeente hun vakmanschap ziet.", False),
        ("Alleen erkende instellingen mogen hulp bieden.", False),
        ("Het college erkent niet dat er een probleem is.", False),
        ("De raad herkent dat niet.", False),
        ("Erkent de wethouder dat?", False),
        ("De gemeente erkent het belang van mantelzorgers.", False),
        ("Zij geven de hulp toe aan wie het nodig heeft.", False),
    ],
)
def test_admits(sentence, expected):
    assert admits(sentence, 0, len(sentence)) is expected


def test_admission_alone_is_negative():
    s = "Het college erkent dat."
    assert polarity(s, 0, len(s), []) == "negative"


def test_admission_before_a_turn_is_a_concession():
    s = "Ambtenaren erkennen dat, maar wijzen op de regels van de regio."
    assert concessions.concessive(s, 0, len(s))


def test_no_admission_verb_is_a_tone_cue():
    cues = {e.label.lower() for e in polarity_cues(load_ontology())}
    for forms in verbs():
        assert not forms & cues
