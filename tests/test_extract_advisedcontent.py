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


def test_the_gate_holds_every_word_of_advice_but_two():
    # the word test before the pattern skips a claim only where no advice can be found;
    # "raadt … aan" and "raden … aan" hold no gate word (a known gap, kept: the gate
    # decides the output, and a speed change may not change it)
    from gate_support import every_match_holds

    from kg.extract import advisedcontent as ac

    assert not every_match_holds(ac.ADVICE, ac._GATE)
    assert every_match_holds(ac.ADVICE, (*ac._GATE, "raadt", "raden"))


@pytest.mark.parametrize(
    "sentence",
    [
        "DE ADVIESRAAD HEEFT HET COLLEGE GEADVISEERD OM DE REGELS TE SCHRAPPEN.",  # capitals
        "Het platform verzoekt de wethouder dat zij de brief intrekt.",
        "De ouders vroegen de school om het rooster te veranderen.",
        "Ons verzoek aan de raad was: stop met de pilot.",
        "De raad is tevreden over het jaarverslag.",  # no advice: both read nothing
        "De ſtichting heeft de gemeente gevraagd om een subsidie te geven.",  # odd letter
    ],
)
def test_the_gate_reads_as_the_whole_pattern(sentence, monkeypatch):
    from kg.extract import advisedcontent as ac

    spans = neg.clauses(sentence, 0, len(sentence))
    gated = (advice_contents(sentence, 0, len(sentence)), advised_clauses(sentence, spans))
    monkeypatch.setattr(ac, "_GATE", ("",))  # a gate every claim passes
    assert gated == (advice_contents(sentence, 0, len(sentence)), advised_clauses(sentence, spans))
