"""A dated narrative sentence is the authors' chronology, not the voice carried before it
(invented sentences, none copied from a profile)."""

from __future__ import annotations

import pytest

from kg.extract.datednarrative import fronted_date
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds maart 2016 werken de consulenten vanuit het gemeentehuis.",  # month, present
        "In het voorjaar van 2015 opende het inloophuis zijn deuren.",  # season, past
        "Eind 2015 waren er nog vier loketten, begin 2017 nog twee.",  # eind/begin
        "Halverwege 2014 is de raad akkoord gegaan met het plan.",  # perfect
        "Vanaf 1 januari 2016 worden de aanvragen digitaal behandeld.",  # day, passive
        "In de tweede helft van 2015 kwamen de eerste aanmeldingen binnen.",  # part of a year
        "In het schooljaar 2015-2016 zaten twaalf leerlingen thuis.",  # a range
        "Tussen 2013 en 2015 verdubbelde het aantal deelnemers.",  # two years joined
        "Ook in 2016 bleef de opkomst laag.",  # a focus particle first
    ],
)
def test_a_fronted_date(sentence):
    assert fronted_date(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Een jaar later ging het vaker om huisvesting.",  # counted on from the account
        "Inmiddels werken de teams in alle wijken.",  # no year
        "De teams werken sinds 2015 in alle wijken.",  # the date not fronted
        "In de begroting 2016 is een bezuiniging opgenomen.",  # a year naming a document
        "In 2016 hadden zij meer tijd voor de gezinnen.",  # a pronoun for the speaker
        "In 2015 zagen we vooral vragen over geld.",  # the first person
        "In 2016 was de achterstand volgens de bank weggewerkt.",  # a source named
        "Sinds 2015 komt naar verwachting de helft via de huisarts.",  # an expectation
    ],
)
def test_no_fronted_date(sentence):
    assert not fronted_date(sentence)


@pytest.mark.parametrize(
    "dated",
    [
        "Sinds het najaar van 2015 werkt elk team met een vaste jeugdarts.",
        "In april 2016 richtte de gemeente een meldpunt voor schulden op.",
        "Begin 2015 kregen de consulenten een eigen budget voor maatwerk.",
        "In 2016 is de cliëntenraad samengegaan met de Wmo-raad.",
    ],
)
def test_a_dated_sentence_ends_a_voice_named_in_passing(dated):
    doc, ex = extract_text(
        "In het eerste jaar lag de nadruk volgens ambtenaren op de continuïteit van zorg. " + dated
    )
    said = finding_for(doc, ex, "continuïteit")
    assert [key(s) for s in said.speakers] == ["role/civil-servants"]
    plain = finding_for(doc, ex, dated[:30])
    assert [key(s) for s in plain.speakers] == ["role/authors"]


def test_a_quotation_s_speaker_does_not_hold_the_dated_sentence_after_it():
    doc, ex = extract_text(
        "‘We wilden vooral dat niemand buiten de boot viel’, zegt een beleidsmedewerker. "
        "Sinds januari 2016 loopt de aanvraag voor een rolstoel via het wijkteam."
    )
    plain = finding_for(doc, ex, "rolstoel")
    assert [key(s) for s in plain.speakers] == ["role/authors"]


def test_a_time_counted_on_from_the_account_keeps_its_voice():
    doc, ex = extract_text(
        "In het begin hadden de consulenten volgens de teamleiders vooral te maken met"
        " vragen over indicaties. Een jaar later ging het vaker om schulden."
    )
    later = finding_for(doc, ex, "schulden")
    assert [key(s) for s in later.speakers] == ["role/teamleider"]


def test_an_account_told_by_its_subject_goes_on_over_a_date():
    doc, ex = extract_text(
        "Huisartsen in de stad vertellen dat zij het wijkteam goed kennen, maar niet altijd"
        " weten wie zij moeten bellen. Sinds begin 2016 draait in drie praktijken een proef"
        " met een praktijkondersteuner jeugd, die positief wordt ontvangen."
    )
    dated = finding_for(doc, ex, "proef")
    assert [key(s) for s in dated.speakers] == ["role/general-practitioners"]
