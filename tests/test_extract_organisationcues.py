"""The organisation cue lists and the kinds their words give a capitalised phrase."""

from __future__ import annotations

import pytest

from kg.extract.organisationcues import (
    CUES_FILE,
    apposition_kind,
    before_kind,
    head_kind,
    load_cues,
)


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def test_the_cue_file_is_read_once_and_sourced():
    assert load_cues() is load_cues()
    assert load_cues(CUES_FILE).type_nouns == load_cues().type_nouns
    assert "Source" in CUES_FILE.read_text(encoding="utf-8").split("[leading_heads]")[0]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["Intergemeentelijke", "Sociale", "Dienst", "Noord"], "body"),
        (["Stichting", "Welzijn", "Noord"], "organisation"),
        (["jeugdregio", "Heuvelrand"], "region"),
        (["Mooi", "Wonen"], "organisation"),
        # sector nouns that open the names of local services
        (["Thuiszorg", "West-Brabant"], "organisation"),
        (["Welzijn", "Rivierenland"], "organisation"),
        (["Zorgkantoor", "Zwolle"], "organisation"),
        (["Bureau", "Jeugdzorg", "Limburg"], "organisation"),
        (["Regionaal", "Bureau", "Leerplicht", "Noord"], "organisation"),
        # the regional youth office of a youth region's municipalities is their body
        (["Regionaal", "Bureau", "Jeugd", "Noord"], "body"),
        (["Maatschappelijk", "Werk", "Twente"], "organisation"),
        (["Welzijn"], None),
        (["Stichting"], None),  # a head alone names nothing
        (["Sociale", "Dienst"], None),
        (["Raad", "van", "State"], None),
    ],
)
def test_a_head_word_gives_the_kind(cues, words, kind):
    assert head_kind(words, cues) == kind


@pytest.mark.parametrize(
    ("pre", "expected"),
    [
        ("Volgens woningcorporatie ", ("organisation", "woningcorporatie", "type")),
        ("De gemeente valt onder de jeugdregio ", ("region", "jeugdregio", "scale")),
        ("De jeugdhulp wordt ingekocht door de regio ", ("region", "regio", "region")),
        ("Het loket van de sociale dienst ", ("body", "sociale dienst", "type")),
        ("Welzijnsorganisatie ", ("organisation", "Welzijnsorganisatie", "type")),
        ("De gemeente werkt samen met ", None),
        ("Het Rijk en ", None),
        ("De GGZ-instelling ", ("organisation", "GGZ-instelling", "type")),
        ("Ook woningcorporaties, zoals ", ("organisation", "woningcorporaties", "type")),
        ("Een stichting als ", None),  # examples follow a plural
        ("Partners als ", None),
    ],
)
def test_a_type_noun_before_the_name_gives_the_kind(cues, pre, expected):
    assert before_kind(pre, cues) == expected


@pytest.mark.parametrize(
    ("post", "kind"),
    [
        (", het sw-bedrijf in de stad, biedt werk.", "body"),
        (", de centrumregeling van zes gemeenten", "body"),
        (", een zorgcoöperatie uit het dorp", "organisation"),
        (", de stad aan de rivier", None),
        (" en de stad", None),
    ],
)
def test_a_type_noun_in_apposition_gives_the_kind(cues, post, kind):
    assert apposition_kind(post, cues) == kind


def test_type_nouns_match_by_their_ending_with_the_longest_first(cues):
    assert cues.type_kind("centrumregeling") == "body"
    assert cues.type_kind("sw-bedrijf") == "body"  # before the shorter "bedrijf"
    assert cues.type_kind("bedrijf") == "organisation"
    assert cues.type_kind("regelingen") is None


def test_a_cooperation_phrase_must_come_right_before_the_name(cues):
    assert cues.context.search("De gemeente werkt samen met de ")
    assert cues.context.search("Dat loopt via ")
    assert not cues.context.search("Samen met de buurt gaan we naar ")
    assert cues.context.search("werkt samen met onder andere ")
    assert cues.context.search("Er is een contract met ")


def test_a_lone_word_is_a_name_by_an_organisations_work_and_its_shape():
    from kg.extract.organisationcues import acting_subject

    assert acting_subject("Kompas", " voert het jongerenwerk uit.", "Kompas voert")
    assert acting_subject("Kompas", " begeleidt jongeren naar werk.", "")
    assert not acting_subject("Kompas", " begeleidt het plan.", "")
    assert not acting_subject("Kompas", " voert hij uit.", "")
    assert not acting_subject("Daarvoor", " levert de gemeente geld.", "")
    assert not acting_subject("Kompas", " levert veel.", "het kompas wijst")
    assert not acting_subject("Kompas", " levert veel.", "mevrouw Kompas zegt")
