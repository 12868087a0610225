"""Losses denied and stated (kg/extract/reassurances.py), on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a loss denied is no shortfall (kg/extract/reassurances.py)
        ("Er gingen geen banen verloren.", "neutral"),
        ("Niemand raakte zijn uitkering kwijt.", "neutral"),
        ("Er ging bij de overgang niets verloren.", "neutral"),
        # a loss stated with no judgement word is negative; a bare negation stays negative
        ("Bij de overgang gingen veel banen verloren.", "negative"),
        ("Veel kennis is met de reorganisatie verdwenen.", "negative"),
        ("De gemeente raakte het zicht op de kosten kwijt.", "negative"),
        ("De aanvraag werd niet gehonoreerd.", "negative"),
    ],
)
def test_a_denied_loss_is_no_shortfall(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a service cut back is a lack of it
        ("De huishoudelijke hulp is teruggebracht van vier naar twee uur per week.", "negative"),
        ("Het aantal uren huishoudelijke hulp is verminderd.", "negative"),
        # not cut back: no lack
        ("De gemeente biedt huishoudelijke hulp aan ouderen.", "neutral"),
    ],
)
def test_a_service_cut_back_is_a_lack(sentence, expected):
    assert polarity_of(sentence) == expected


def test_a_lowered_tariff_is_no_cut_of_the_service():
    sentence = "Inwoners kunnen huishoudelijke hulp tegen een verlaagd tarief inkopen."
    assert polarity_of(sentence) != "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cut denied is no shortfall, as a loss denied; a cut stated is one
        ("De gemeente heeft besloten de huishoudelijke hulp niet te schrappen.", "neutral"),
        ("De gemeente heeft besloten de huishoudelijke hulp te schrappen.", "negative"),
        ("De huishoudelijke hulp is teruggebracht naar twee uur per week.", "negative"),
    ],
)
def test_a_cut_denied_is_no_shortfall(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # care or support cut back, scaled down or ended is bad news
        ("De dagbesteding voor ouderen wordt afgeschaald.", "negative"),
        ("Het aanbod aan begeleiding is afgebouwd.", "negative"),
        ("De gemeente schaalt de jeugdhulp af.", "negative"),
        # shortened ("ingekort") is cut back too
        ("Volgens de raad werd de huishoudelijke hulp in 2015 ingekort.", "negative"),
        ("De cliëntenraad meldt dat de begeleiding van veel cliënten is ingekort.", "negative"),
        ("Volgens de aanbieders wordt de dagbesteding volgend jaar ingekort.", "negative"),
        ("De wethouder zegt dat de gemeente de jeugdhulp heeft ingekort.", "negative"),
        # a waiting time for care shortened is good news, a denied shortening no cut
        ("Volgens het team is de wachttijd voor de jeugdhulp ingekort.", "positive"),
        ("De dagbesteding wordt niet ingekort.", "neutral"),
        # a cut denied keeps the service; a cost brought down is no cut of care
        ("De dagbesteding wordt niet afgeschaald.", "neutral"),
        ("De kosten worden teruggebracht.", "neutral"),
    ],
)
def test_care_cut_back_is_negative(sentence, expected):
    assert polarity_of(sentence) == expected
