"""Tests for kg.extract.onpaper: what exists on paper only, on invented Dutch."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import onpaper


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # on paper only: a doubt about the practice
        ("De samenwerking bestaat op papier.", "negative"),
        ("In theorie kan iedereen bij het loket terecht.", "negative"),
        (
            "Op papier bestaat er een integrale aanpak, maar in de praktijk werken de teams"
            " los van elkaar.",
            "negative",
        ),
        # the design granted and the practice doubted: two sides
        ("Op papier is de samenwerking goed geregeld.", "mixed"),
        # the medium or a record, not a doubt
        ("De plannen zijn op papier gezet.", "neutral"),
        ("Inwoners kunnen een aanvraag op papier of digitaal indienen.", "neutral"),
    ],
)
def test_on_paper_sets_design_against_practice(sentence, expected):
    assert polarity_of(sentence) == expected


def test_practice_granted_too_is_no_doubt():
    s = "Het werkt niet alleen op papier, maar ook in de praktijk."
    assert onpaper.cues(s, 0, len(s), []) == []
    s = "Het vak verbindt theorie en praktijk; in theorie en praktijk is het sterk."
    assert onpaper.cues(s, 0, len(s), []) == []


def test_written_down_but_set_against_what_happens_grants_the_plan():
    s = "Een gezamenlijke aanpak staat op papier, maar de teams werken nog apart."
    cues = [(s[c.start : c.end], c.sign) for c in onpaper.cues(s, 0, len(s), [])]
    assert cues == [("op papier", 1), ("maar", -1)]
    assert polarity_of(s) == "mixed"
    s = "Het klopt op papier, maar het geld ontbreekt."
    assert polarity_of(s) == "mixed"
    s = "De wethouder zegt dat het beleid op papier staat, maar dat de uitvoering achterblijft."
    assert polarity_of(s) == "mixed"
    # the practice only falls short of the paper: nothing granted
    s = "Het plan is moeilijker te verwezenlijken dan op papier."
    assert polarity_of(s) == "negative"
    # written down with no turn: the record
    s = "De afspraken met de regio staan op papier."
    assert onpaper.cues(s, 0, len(s), []) == []
