"""Tests for kg.extract.experiencevoices: an experience with a party is the voice named last."""

from __future__ import annotations

from kg.extract.experiencevoices import experience_voice, experience_with
from kg.extract.speakers import Speech
from tests.extract_helpers import extract_text, finding_for, key


def test_experiences_and_contacts_with_a_fronted_party():
    assert experience_with("Met de provincie zijn de ervaringen beter: die gaf geld.")
    assert experience_with("Ook met het CAK was het contact moeizaam.")
    assert experience_with("Over het CAK en de SVB lopen de ervaringen uiteen.")
    assert not experience_with("Over de samenwerking in de regio zijn de oordelen verdeeld.")
    assert not experience_with("De ervaringen met het UWV zijn goed.")


def test_the_group_of_its_own_clause_before_the_voice_named_last():
    text = "Met de VNG is het contact beperkt; beleidsmedewerkers bellen liever met Kampen."
    speech = Speech(subject="concept/role/policy-officers")
    assert experience_voice(text, speech, ("role/alderman",)) == ("concept/role/policy-officers",)
    party = Speech(subject="concept/organisation/uwv")
    text = "Met het UWV is het contact goed; het UWV denkt mee."
    assert experience_voice(text, party, ("r",)) == ("r",)


def test_the_voice_named_last_holds_the_experience_after_a_quotation():
    doc, ex = extract_text(
        "Over het Rijk is men kritisch. Een beleidsmedewerker: ‘Den Haag rekent met kilometers.’ "
        "Met het UWV zijn de contacten goed, al zit het kantoor aan de overkant."
    )
    voice = [key(s) for s in finding_for(doc, ex, "zijn de contacten goed").speakers]
    assert voice == ["role/policy-officers"]


def test_the_authors_fact_before_it_does_not_end_the_experience():
    doc, ex = extract_text(
        "Het verdeelmodel is volgens ambtenaren te krap. De gemeente kreeg in 2016 een deel van "
        "het tekort vergoed. Met de provincie zijn de ervaringen beter: die gaf € 2 miljoen."
    )
    voice = [key(s) for s in finding_for(doc, ex, "zijn de ervaringen beter").speakers]
    assert voice == ["role/civil-servants"]
