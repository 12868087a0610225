"""Tests for kg.extract.impersonalmen: "men" takes up the group its paragraph opened with."""

from __future__ import annotations

from kg.extract.impersonalmen import opens_with_men
from tests.extract_helpers import extract_text, finding_for, key


def test_men_after_a_fronted_topic_and_the_copula():
    assert opens_with_men("Over de provincie is men positiever.")
    assert opens_with_men("Met het CAK was men minder tevreden; de inning liep traag.")
    assert not opens_with_men("Volgens de wethouder is men tevreden.")
    assert not opens_with_men("Over de provincie zijn de raadsleden positiever.")


def test_men_goes_back_to_those_spoken_with_after_a_named_speaker():
    doc, ex = extract_text(
        "Over het Rijk zijn de gesprekspartners kritisch. ‘De korting kwam te snel’, zegt de "
        "wethouder. Over de provincie is men positiever: die hielp bij de inkoop."
    )
    voice = [key(s) for s in finding_for(doc, ex, "is men positiever").speakers]
    assert voice == ["role/interviewees"]


def test_men_keeps_the_voice_when_the_paragraph_opened_with_a_named_group():
    doc, ex = extract_text(
        "De wethouder is kritisch over het Rijk: de korting kwam te snel. Over de provincie is "
        "men positiever: die hielp bij de inkoop."
    )
    voice = [key(s) for s in finding_for(doc, ex, "is men positiever").speakers]
    assert voice != ["role/interviewees"]
