"""Offers of help set against a shortfall (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.offers import offers


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Het buurthuis biedt maaltijden en dagbesteding", True),
        ("Ouders kunnen terecht bij het consultatiebureau", True),
        ("Het buurthuis biedt geen dagbesteding meer", False),
        ("Het buurthuis is op dinsdag open", False),
    ],
)
def test_offers(clause, expected):
    assert offers(clause, (0, len(clause))) is expected


def test_an_offer_before_a_turn_to_a_shortfall_is_mixed():
    s = "Het buurthuis biedt dagbesteding, maar de wachtlijst is lang."
    assert polarity_of(s) == "mixed"


def test_a_shortfall_without_an_offer_before_the_turn_stays_negative():
    s = "Het buurthuis ligt aan de Markt, maar de wachtlijst is lang."
    assert polarity_of(s) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # an effort made (attempting, organising), set against what it does not reach
        "De consulenten proberen ouderen thuis te bezoeken, maar de wachtlijst groeit.",
        "De buurtcoach probeerde het gezin te bereiken, maar de problemen bleven te groot.",
        "Het wijkteam organiseert elke maand een spreekuur, maar er komen weinig bewoners.",
        "In 2016 werden drie informatieavonden georganiseerd, maar de opkomst was laag.",
        "Volgens de wethouder tracht de gemeente de kosten te beheersen, maar het tekort loopt op.",
        "De raad zegt dat het college een bijeenkomst organiseerde, maar dat de tijd te kort was.",
    ],
)
def test_an_effort_before_a_turn_to_a_shortfall_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # an intention whose subject goes on after "maar" with its own reservation
        "De corporaties willen meer woningen bouwen, maar zeggen dat er te weinig grond is.",
        "Raadsleden wilden op hoofdlijnen sturen, maar werden toch over klachten gebeld.",
        "De huisarts wil wel samenwerken, maar mist een vast aanspreekpunt.",
        "Werkgevers willen mensen aannemen, maar wijzen op het tekort aan begeleiding.",
    ],
)
def test_an_intention_with_its_own_reservation_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # an intention followed by another subject: the plan fell short
        "Ambtenaren willen integraal werken, maar dat komt niet van de grond.",
        "Het college wilde de reserve inzetten, maar de adviesraad waarschuwt voor tekorten.",
        # a negated effort grants nothing
        "Het wijkteam organiseert geen spreekuur meer, maar de wachtlijst groeit.",
        "De gemeente probeert niet eens de kosten te beheersen, maar het tekort loopt op.",
    ],
)
def test_a_plan_that_fell_short_or_a_denied_effort_stays_negative(sentence):
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # a financial cushion set against what presses, another subject after "maar"
        "Op de Wmo is een klein overschot, maar de jeugdhulp kent een tekort.",
        "Voor de bijstand was er nog een overschot, maar de vergrijzing zet door.",
        "De gemeente heeft een buffer van twee miljoen, maar de tekorten op de jeugdhulp lopen op.",
        "Volgens de controller is er een reserve, maar de kosten van de jeugdhulp stijgen.",
    ],
)
def test_a_cushion_before_a_turn_to_a_shortfall_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # the cushion itself judged after "maar" (same subject), or none there
        "De reserve werd gevormd uit het overschot, maar is binnen twee jaar uitgeput.",
        "Er is geen reserve, maar de tekorten lopen op.",
        # "nog maar" is the focus particle "only", no contrast
        "Ambtenaren wijzen erop dat de reserve eind 2016 nog maar twee miljoen bedroeg.",
    ],
)
def test_a_judged_or_denied_cushion_stays_negative(sentence):
    assert polarity_of(sentence) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        # a shortfall first, then a cushion or an offer granted after the turn (main clause,
        # inverted, "er is" and a verb of offering; present and past)
        "Voor volgend jaar verwacht het college een krappe begroting, maar een reserve is er nog.",
        "Het tekort op de jeugdhulp loopt op, maar de gemeente heeft nog een buffer.",
        "De financiële positie is zorgelijk, maar er zijn nog reserves.",
        "De wachtlijst groeide, maar het buurthuis bood mantelzorgers respijtzorg.",
        "Volgens de wethouder is het geld krap, maar daklozen kunnen terecht in de nachtopvang.",
    ],
)
def test_a_cushion_or_offer_after_a_turn_from_a_shortfall_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        # the cushion denied or used up, or only planned, after the turn
        "Het tekort groeit, maar de reserve is op.",
        "De begroting is krap, maar er is geen buffer meer.",
        "De kosten stijgen, maar de gemeente wil een reserve vormen.",
        # no contrast word: the shortfall alone
        "De begroting is krap en de reserve wordt aangesproken.",
    ],
)
def test_a_used_up_denied_or_planned_cushion_after_a_turn_stays_negative(sentence):
    assert polarity_of(sentence) == "negative"
