"""Tests for kg.extract.deniedviews: a view rejected with a negated verb of agreement."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract import deniedviews


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dat de samenwerking goed loopt, herkennen de huisartsen niet.", "negative"),
        ("De fracties onderschrijven niet dat de informatie voldoende is.", "negative"),
        # the view shared: it stands
        ("De huisartsen herkennen dat de samenwerking goed loopt.", "positive"),
    ],
)
def test_denied_view(sentence, expected):
    assert polarity_of(sentence) == expected


def test_denied_needs_the_negated_verb_of_agreement():
    s = "Dat de samenwerking goed loopt, zeggen de huisartsen niet vaak."
    assert not deniedviews.denied(s, 0, len(s))
    s = "De huisartsen herkennen het beeld niet."
    assert not deniedviews.denied(s, 0, len(s))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a picture of a shortcoming rejected: a defence, positive
        (
            "De huisartsen herkennen het beeld van te veel verwijzingen naar de ggz niet.",
            "positive",
        ),
        (
            "De wethouder herkent het beeld van lange wachtlijsten bij de wijkteams niet.",
            "positive",
        ),
        ("Het beeld van een trage toegang herkennen de wijkteams niet.", "positive"),
        ("Aanbieders onderschrijven het beeld van een stroeve samenwerking niet.", "positive"),
        # a picture of good news rejected: a complaint
        ("Aanbieders herkennen het beeld van een soepele samenwerking niet.", "negative"),
        ("De ouders herkennen het beeld van goede zorg in de wijk niet.", "negative"),
        # the picture recognised: its own sign
        ("De huisartsen herkennen het beeld van te veel verwijzingen.", "negative"),
        ("De wethouder herkent het beeld van lange wachtlijsten.", "negative"),
    ],
)
def test_a_rejected_picture_turns_its_sign(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat beeld herkent de wethouder niet.",  # no picture named
        "Het beeld is niet compleet.",  # no verb of recognising
        "De huisartsen herkennen het beeld van lange wachttijden.",
    ],
)
def test_no_rejected_picture(sentence):
    assert deniedviews.denied_picture(sentence, 0, len(sentence)) is None
