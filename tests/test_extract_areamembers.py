"""Membership of a region named as the group of its municipalities (kg.extract.areamembers);
invented sentences, none taken from a profile."""

from __future__ import annotations

import pytest

from kg.extract.areamembers import gate, named_as_group
from kg.extract.model import SentenceMention
from tests.test_extract_relations import OWN, relations

TWENTE = "region/twente"


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("De jeugdhulp wordt regionaal ingekocht voor de zeven gemeenten van Twente.", TWENTE),
        ("Beschermd wonen wordt ingekocht voor alle gemeenten in de regio Twente.", TWENTE),
        ("Het Inkoopbureau Oost contracteert voor de acht gemeenten van Twente.", TWENTE),
        ("Een bureau koopt de hulp in namens de veertien gemeenten van Twente.", TWENTE),
        (
            "Wij doen mee aan het Werkgeverspunt Oost, waarin de gemeenten van de"
            " arbeidsmarktregio Heuvelrand met het UWV samenwerken.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
        (
            "Het Werkgeverspunt Oost, waarin de gemeente met het UWV en de andere gemeenten van"
            " de arbeidsmarktregio Heuvelrand samenwerkt, plaatste vorig jaar dertig mensen.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
        (
            "Het leerwerkloket, waarin de zes gemeenten van de arbeidsmarktregio Heuvelrand"
            " nauw samenwerken, opende in 2016.",
            "region/arbeidsmarktregio-heuvelrand",
        ),
    ],
)
def test_a_group_bought_for_or_working_together_makes_the_municipality_a_member(sentence, region):
    assert ("member-of", OWN, region) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad is de kleinste van de zeven gemeenten van Twente.",  # a rank in an area
        "Teststad werkt samen met de andere gemeenten van Twente.",  # cooperation in an area
        "Het loket, waarin de gemeenten van Twente niet samenwerken, sloot in 2016.",  # denied
        "In de gemeenten van Twente wonen veel ouderen.",  # a place
        "De zorg wordt ingekocht door Teststad; de gemeenten van Twente kijken toe.",
    ],
)
def test_an_area_named_otherwise_gives_no_membership(sentence):
    assert ("member-of", OWN, TWENTE) not in relations(sentence)


def test_named_as_group_needs_the_group_phrase_right_before_the_name():
    text = "De zorg wordt ingekocht voor Twente en voor de gemeenten daar."
    assert not named_as_group(text, 0, SentenceMention("r/t", "region", 29, 35, "Twente", 0))


def test_the_document_gate():
    assert gate("voor de gemeenten in de regio") and not gate("de gemeente werkt samen.")


def test_a_bare_regio_after_the_group_is_no_name():
    found = relations(
        "In de regio Twente wonen veel ouderen.",
        "De zorg wordt ingekocht voor de zeven gemeenten van de regio.",
    )
    assert not [r for r in found if r[0] == "member-of"]
