"""A party named by a plain noun phrase that reports what follows attributes the clause
(kg.extract.partyreports), on invented Dutch sentences."""

from __future__ import annotations

import pytest

from kg.extract.partyreports import party_reports
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "De organisatie wijst erop dat het aantal 75-plussers de komende tien jaar verdubbelt.",
        "De stichting verwacht dat het aantal aanvragen in 2017 met een kwart stijgt.",
        "Deze instelling signaleert dat een op de vijf vrijwilligers stopt.",
        "Het steunpunt geeft aan dat 300 mantelzorgers zich hebben gemeld.",
        "Het aantal woningzoekenden groeide met 8%; de corporatie verwacht voor 2018 nog 400 "
        "extra inschrijvingen.",
        "De lokale welzijnsorganisatie waarschuwt dat 40 gezinnen op een wachtlijst staan.",
    ],
)
def test_a_party_that_reports_attributes_the_clause(sentence):
    assert party_reports(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # figures and what carries them are no party
        "De cijfers laten zien dat 9% van de jongeren jeugdhulp krijgt.",
        "Het overzicht meldt 120 plaatsingen in 2015.",
        # a share or count of a group
        "Het aantal meldingen steeg in een jaar met 20%.",
        "De helft verwacht dat de eigen bijdrage stijgt.",
        # the pronoun subject of a verb of perceiving
        "Dat beeld zien we ook in de buurgemeenten, waar 12% hulp krijgt.",
        # a body that counts or receives, no verb of saying (gold README: stays data)
        "De kredietbank telde in 2015 ruim 420 aanmeldingen.",
        "Het meldpunt ontving 150 meldingen uit de gemeente.",
        # no determiner at a clause's start
        "In 2015 waren er 300 aanvragen.",
    ],
)
def test_what_attributes_nothing(sentence):
    assert not party_reports(sentence)


def test_a_figure_sentence_a_party_reports_is_a_finding_end_to_end():
    text = (
        "Welzijn Zuid telt 900 vrijwilligers. De organisatie wijst erop dat het aantal "
        "75-plussers de komende tien jaar met een derde toeneemt."
    )
    doc, ex = extract_text(text)
    assert any(doc.text[f.start : f.end].startswith("De organisatie") for f in ex.findings)
