"""Tests for kg.extract.quoteturns: where a speaker's turn ends around a quotation."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.quoteturns import another_member, closes_quotation, one_member


@pytest.mark.parametrize(
    "text",
    [
        "Een raadslid: ‘We krijgen dikke rapportages.’",
        'De wethouder zegt het zo: "Wie hulp nodig heeft, moet niet drie keer bellen."',
        "Een consulent: “Ouders bellen pas als het echt mis is.”",
    ],
)
def test_a_claim_ending_in_a_quotation_closes_it(text):
    assert closes_quotation(text)


@pytest.mark.parametrize(
    "text",
    ["“Het kan beter”, zegt een ambtenaar.", "Ambtenaren vertellen dat het goed gaat."],
)
def test_a_quotation_followed_by_its_attribution_or_a_report_does_not(text):
    assert not closes_quotation(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een ander raadslid wijst erop dat de raad weinig invloed heeft.", True),
        ("Een andere consulent ziet dat anders.", True),
        ("Nog een ander lid vindt de rapportages te dik.", True),
        ("Een raadslid wijst erop dat de raad weinig invloed heeft.", False),
        ("Anderen zien dat anders.", False),
        # a colleague of the one named last
        ("Een collega is voorzichtiger: ‘Het scheelt, maar niet veel.’", True),
        ("Haar collega vult aan dat de wachtlijst blijft.", True),
        ("Nog een collega wijst op de kosten.", True),
        ("Zijn naaste collega ziet het somberder.", True),
        ("Collega's uit de regio zijn positief.", False),
        ("De collegeleden zijn het eens.", False),
    ],
)
def test_another_member_opens_the_claim(text, expected):
    assert another_member(text) is expected


def test_one_member_opens_with_one_of_its_speakers():
    m = SentenceMention("role/x", "role", 4, 12, "raadslid", 0)
    assert one_member("Een raadslid vertelt dat het goed gaat.", 0, [m], ("role/x",))
    m = SentenceMention("role/x", "role", 13, 23, "raadsleden", 0)
    assert not one_member("Een zorg die raadsleden noemen, is geld.", 0, [m], ("role/x",))
