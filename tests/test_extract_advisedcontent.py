"""Advice and requests: what is advised judges nothing of what is (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import negation as neg
from kg.extract.advisedcontent import advice_contents, advised_clauses


@pytest.mark.parametrize(
    "sentence",
    [
        # advising with "om" and "dat", a request in the perfect and the present, an
        # advice named as a noun before a colon, advice with its own correction "niet …, maar …"
        "Onze raad adviseerde het college om de wachtlijst sneller weg te werken.",
        "De cliëntenraad heeft de wethouder gevraagd om de eigen bijdrage niet te verhogen.",
        "De ombudsman raadde de gemeente aan om klachten beter te registreren.",
        "Het platform vraagt de gemeente om meer geld voor mantelzorgondersteuning vrij te maken.",
        "Ons advies aan de wethouder was vorig jaar: stop niet met de inloop in de dorpen.",
        "Wij hebben geadviseerd dat de teams niet groter worden, maar beter bereikbaar.",
    ],
)
def test_advice_is_neutral(sentence):
    assert advice_contents(sentence, 0, len(sentence))
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reason stated, a turn after the advice, a judgement beside the request
        ("De raad adviseert de gemeente om meer te doen, omdat de eenzaamheid toeneemt.",
         "negative"),
        ("Wij vroegen de wethouder om de regels eenvoudiger te maken, maar dat gebeurde niet.",
         "negative"),
        ("De adviesraad is ontevreden over het vervoer en heeft gevraagd om een evaluatie te "
         "laten maken.", "negative"),
    ],
)  # fmt: skip
def test_what_is_said_besides_the_advice_judges(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # asking for help, a question, a "vraagt om" of need
        "Wie buiten de boot valt, vraagt niet snel om hulp.",
        "De raad vroeg of de wachtlijst korter wordt.",
        "Die situatie vraagt om een andere aanpak.",
        "Het advies over het minimabeleid is door het college overgenomen.",
    ],
)
def test_no_advice_content(sentence):
    assert advice_contents(sentence, 0, len(sentence)) == []


def test_only_the_advised_clauses():
    s = "De raad deelt die zorg en heeft de wethouder gevraagd om in de regio te pleiten."
    spans = neg.clauses(s, 0, len(s))
    assert [s[slice(*spans[i])] for i in sorted(advised_clauses(s, spans))] == [
        "en heeft de wethouder gevraagd om in de regio te pleiten."
    ]
