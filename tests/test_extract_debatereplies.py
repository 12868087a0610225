"""Replies that agree with or object to the claim before (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.debatereplies import agrees, objects, reply


@pytest.mark.parametrize(
    "sentence",
    [
        "Marloes: Dat klopt.",
        "“Dit klopt, helaas.”",
        "Dat herken ik wel.",
        "Dit beamen wij van harte.",
        "De jongerenwerkers herkennen dit: de avonden in het buurthuis lopen leeg.",
        "Een wijkagent beaamt dat; ook hij ziet meer jongeren op straat.",
        "Een schoolmaatschappelijk werker bevestigt het beeld.",
        "In een gesprek bevestigt een wijkverpleegkundige uit het oosten van de stad het beeld.",
        "De directeur van de bibliotheek bevestigde dat de leesclub in 2016 stopte.",
        "Een ouderenadviseur zegt dat dit strookt met wat zij in de dorpen hoort.",
        "Dat komt overeen met wat de mantelzorgers vertellen.",
    ],
)
def test_agreements(sentence):
    assert agrees(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat herken ik niet.",
        "Het klopt dat de wachttijd in het voorjaar opliep.",
        "Een beleidsadviseur bevestigt niet dat de hulp later begon.",
        "De raad herkent het gevoel van onmacht bij ouders.",
        "Het beeld van de wijk is in tien jaar veranderd.",
        "Dat strookt niet met de bedoeling van de wet.",
        "De jongerenraad is het er niet mee eens.",
        "De partijen zijn het er wel over eens dat de bus moet blijven.",
    ],
)
def test_not_agreements(sentence):
    assert not agrees(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Een raadslid van de SP is het daar niet mee eens.",
        "De adviesraad is het er niet helemaal mee eens; zij wijst op de kosten.",
        "Ineke: Dat klopt niet.",
        "De directeur van de woningcorporatie spreekt dit tegen.",
        "Sommige vrijwilligers denken daar anders over.",
    ],
)
def test_objections(sentence):
    assert objects(sentence, 0, len(sentence))[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "De fracties zijn het niet eens over de hoogte van de eigen bijdrage.",
        "De wethouder is het er niet mee eens dat de raad later wordt ingelicht.",
        "Dat klopt met de cijfers van het CBS.",
        "Zij stemden tegen het voorstel voor een nieuwe sporthal.",
    ],
)
def test_not_objections(sentence):
    assert not objects(sentence, 0, len(sentence))[0]


def test_agreement_takes_the_tone_before():
    s = "Frank: Dit klopt."
    assert reply(s, 0, len(s), "neutral", "negative", []) == "negative"
    assert reply(s, 0, len(s), "neutral", "positive", []) == "positive"


def test_agreement_with_a_mixed_claim_confirms_its_shortcoming():
    s = "Een buurtwerker herkent dit beeld."
    assert reply(s, 0, len(s), "neutral", "mixed", []) == "negative"


def test_objection_to_a_complaint_defends():
    s = "De wethouder is het daar niet mee eens; hij noemt het jaarverslag van de bibliotheek."
    assert reply(s, 0, len(s), "negative", "negative", []) == "positive"
    s = "Een teamleider spreekt dat tegen."
    assert reply(s, 0, len(s), "negative", "positive", []) == "negative"


def test_objection_that_judges_keeps_its_own_judgement():
    s = "Een teamleider spreekt dat tegen: de wachttijden zijn te lang."
    assert reply(s, 0, len(s), "negative", "positive", []) == "negative"


def test_objection_after_no_judgement_stays_as_read():
    s = "Een raadslid is het daar niet mee eens."
    assert reply(s, 0, len(s), "negative", "neutral", []) == "negative"


def test_other_claims_keep_their_polarity():
    s = "Het loket is op dinsdag open."
    assert reply(s, 0, len(s), "neutral", "negative", []) == "neutral"
    s = "Het loket werkt goed."
    assert reply(s, 0, len(s), "positive", "negative", []) == "positive"
