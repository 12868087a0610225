"""A present wish for more of a good names a shortfall (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.wantedmore import wants_more


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De wijkteams willen meer ruimte.", True),
        ("Raadsleden wilden meer zicht op de uitgaven aan jeugdhulp.", True),
        ("De adviesraad wil vooral meer invloed, zegt de voorzitter.", True),
        ("Consulenten willen graag meer tijd voor een huisbezoek.", True),
        ("De gemeente wil meer tijd besteden aan preventie.", False),  # an aim
        ("De gemeente wil meer inwoners bereiken.", False),  # not a good of the list
        ("De raad wil niet meer informatie, maar betere.", False),  # no plain wish for more
        ("Er is meer grip op de kosten.", False),  # no wish
        ("Volgens de teamleider willen consulenten meer regie.", True),  # inverted subject
    ],
)
def test_wants_more(sentence, expected):
    assert wants_more(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "De wijkverpleegkundigen willen meer mandaat.",
        "Volgens de griffier willen raadsleden meer grip op de kosten.",
        "De cliëntenraad wil meer zeggenschap over het vervoer.",
        "Scholen wilden meer duidelijkheid.",
    ],
)
def test_wish_for_more_is_negative(sentence):
    assert polarity_of(sentence) == "negative"
