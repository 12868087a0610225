"""Hearsay: a source that tells what a group thinks speaks alone (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.hearsay import reports_hearsay
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Huisartsen vinden volgens de wethouder dat de wachtlijst te lang is.", "alderman"),
        ("Raadsleden waren volgens ambtenaren tevreden over de eerste monitor.", "civil-servants"),
        ("De scholen zijn in de ogen van de wethouder te afwachtend.", "alderman"),
        ("Mantelzorgers ervaren volgens de Wmo-raad weinig steun van de gemeente.", "wmo-council"),
        ("De huisartsen klaagden volgens de jeugdconsulenten over de lange wachttijden.", "youth"),
    ],
)
def test_the_source_of_hearsay_speaks_alone(sentence, source):
    doc, ex = extract_text(sentence)
    speakers = [key(s) for s in finding_for(doc, ex, sentence[:25]).speakers]
    assert len(speakers) == 1
    assert source in speakers[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder vinden huisartsen dat de wachtlijst te lang is.",  # fronted
        "Huisartsen vinden volgens de wethouder dat de wachtlijst te lang is.",  # in the clause
    ],
)
def test_fronted_and_inner_hearsay_agree(sentence):
    doc, ex = extract_text(sentence)
    assert [key(s) for s in ex.findings[0].speakers] == ["role/alderman"]


def test_a_source_in_a_clause_of_its_own_speaks_beside_the_subject():
    doc, ex = extract_text(
        "Raadsleden zijn tevreden, maar volgens ambtenaren is de monitor te dun."
    )
    assert [key(s) for s in ex.findings[0].speakers] == [
        "role/civil-servants",
        "role/council-members",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Huisartsen vinden dat de wachttijd volgens de GGD te lang is.",  # inside the report
        "Raadsleden zijn tevreden; volgens ambtenaren is dat terecht.",  # another clause
        "Huisartsen zien meer kinderen en volgens de GGD stijgt het aantal.",  # coordinated
    ],
)
def test_no_hearsay(sentence):
    source = sentence.rindex("volgens") + len("volgens ")
    assert not reports_hearsay(sentence, len(sentence.split()[0]), source)
