"""A dated count is the authors' data, not the voice carried before it (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.datedcounts import dated_count
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook statushouders moeten een plek krijgen: in 2017 waren dat er 60.",
        "Het aantal aanmeldingen steeg van 300 in 2014 naar 420 in 2015.",
        "Van de 12 plaatsen die voor 2016 gepland waren, zijn er pas 3 ingevuld.",
        "Het aantal meldingen nam toe met een derde (2015: 90; 2016: 120).",
    ],
)
def test_a_dated_count(sentence):
    assert dated_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 werkte het team nog in twee wijken.",  # the year is the only figure
        "We hadden in 2016 ruim 300 casussen.",  # first person: the speaker's own
        "Zij wijzen op de caseload, die in 2015 opliep tot 50.",  # a pronoun for the speaker
        "Het tekort loopt in 2017 op tot 2 miljoen.",  # money
        "Wel kost de hulp, die in 2015 voor 900 cliënten werd versoberd, veel tijd.",  # conceded
        "Het aantal uitzettingen daalde daardoor van 30 naar 10 in 2016.",  # a cause
        "‘In 2016 kwamen er 40 bij’, zegt de teamleider.",  # a quotation
    ],
)
def test_no_dated_count(sentence):
    assert not dated_count(sentence)


def test_a_dated_count_after_a_speakers_claim_is_the_authors():
    doc, ex = extract_text(
        "De woningcorporatie ziet dat de wachttijd voor een huurwoning sterk is opgelopen."
        " Ook statushouders moeten een plek krijgen: in 2016 waren dat er 70."
    )
    said = finding_for(doc, ex, "opgelopen")
    plain = finding_for(doc, ex, "statushouders")
    assert [key(s) for s in said.speakers] == ["role/housing-corporations"]
    assert [key(s) for s in plain.speakers] == ["role/authors"]
