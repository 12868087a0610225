"""A body speaking through a bare function noun (kg/extract/bodyfunctions.py)."""

from __future__ import annotations

import pytest

from kg.extract.bodyfunctions import bare_function, body_before, chaired_meeting, function_speaker
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, finding_for, key

COUNCIL = SentenceMention("role/wmo-council", "role", 3, 11, "Wmo-raad", 0)
SERVANTS = SentenceMention("role/civil-servants", "role", 0, 10, "Ambtenaren", 0)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("De voorzitter noemt het een formaliteit.", (0, 13)),
        ("Ook de leden zijn kritisch.", (0, 12)),
        ("De voorzitter van de Wmo-raad noemt het een formaliteit.", None),
        ("De voorzieningen zijn goed.", None),
    ],
)
def test_bare_function(sentence, span):
    assert bare_function(sentence, 0, len(sentence)) == span


def test_a_body_is_named_by_kind_or_by_a_noun_of_a_body():
    body = SentenceMention("body/isd", "body", 0, 3, "ISD", 0)
    assert body_before([COUNCIL, SERVANTS]) == "role/wmo-council"
    assert body_before([SERVANTS, body]) == "body/isd"
    assert body_before([SERVANTS]) is None


def test_only_a_reporting_function_speaks_for_the_body():
    s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    assert function_speaker(s, 0, len(s), [COUNCIL]) == ("role/wmo-council", (0, 13))
    s = "De voorzitter is in 2014 benoemd."
    assert function_speaker(s, 0, len(s), [COUNCIL]) is None
    s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    assert function_speaker(s, 0, len(s), [SERVANTS]) is None


@pytest.mark.parametrize(
    ("body", "key_"),
    [("De Wmo-raad", "role/wmo-council"), ("De cliëntenraad", "role/client-council")],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzitter noemt de eerste adviesaanvraag “een formaliteit achteraf”.",
        "De leden vinden dat zij te laat worden betrokken.",
    ],
)
def test_the_bare_function_after_a_body_speaks_for_it(body, key_, sentence):
    doc, ex = extract_text(f"{body} bevestigt dat. {sentence}")
    assert [key(s) for s in finding_for(doc, ex, sentence[:12]).speakers] == [key_]


@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzitter concludeert dat de commissie het voorstel breed steunt.",
        "De voorzitter stelt vast dat de raad meer informatie wil over de jeugdhulp.",
        "De voorzitter merkt op dat de commissie zorgen heeft over de tekorten.",
        "De voorzitter constateert dat de vergadering het profiel evenwichtig vindt.",
    ],
)
def test_the_chair_of_the_meeting_speaks_as_the_council_members(sentence):
    doc, ex = extract_text(sentence)
    assert [key(s) for s in finding_for(doc, ex, sentence[:20]).speakers] == [
        "role/council-members"
    ]


def test_a_chair_with_no_meeting_named_is_no_council_member():
    s = "De voorzitter noemt de adviesaanvraag een formaliteit."
    doc, ex = extract_text(s)
    assert [key(x) for x in finding_for(doc, ex, s[:20]).speakers] != ["role/council-members"]
    assert chaired_meeting("De voorzitter zegt dat de Wmo-raad laat is.", (0, 13), 43) is None


def test_the_body_named_before_holds_its_chair_over_the_meeting():
    doc, ex = extract_text(
        "De Wmo-raad is kritisch. De voorzitter zegt dat de raad te laat is gevraagd."
    )
    assert [key(s) for s in finding_for(doc, ex, "De voorzitter").speakers] == ["role/wmo-council"]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Haar medewerkers zien dat het krap is.", (0, 16)),
        ("Zijn voorzitter is kritisch over de late betrokkenheid.", (0, 15)),
        ("Ook haar directeur vindt dat het beter kan.", (0, 18)),
        ("Zijn teamleider vertelt dat de caseload hoog is.", (0, 15)),
        ("Hun leden vinden het te laat.", None),  # a plural owner is no body
        ("Zijn de leden tevreden?", None),  # the verb, not the pronoun
    ],
)
def test_a_function_owned_by_a_possessive_pronoun(sentence, span):
    assert bare_function(sentence, 0, len(sentence)) == span


@pytest.mark.parametrize(
    ("body", "key_", "sentence"),
    [
        (
            "De woningcorporatie bouwt weinig.",
            "role/housing-corporations",
            "Haar directeur vindt dat de gemeente te weinig grond uitgeeft.",
        ),
        (
            "De Wmo-raad komt elke maand bij elkaar.",
            "role/wmo-council",
            "Zijn voorzitter is kritisch over de late betrokkenheid.",
        ),
        (
            "Stichting Welzijn Oost organiseert de mantelzorg.",
            "organisation/stichting-welzijn-oost",
            "Haar medewerkers zien dat veel mantelzorgers overbelast raken.",
        ),
        (
            "Het sociaal team is in 2015 gestart.",
            "role/social-team",
            "Zijn teamleider vertelt dat de caseload te hoog is.",
        ),
    ],
)
def test_a_possessed_function_after_a_body_speaks_for_it(body, key_, sentence):
    doc, ex = extract_text(f"{body} {sentence}")
    assert [key(s) for s in finding_for(doc, ex, sentence[:12]).speakers] == [key_]


def test_a_possessed_function_does_not_speak_when_it_does_not_report():
    s = "Haar medewerkers werken hard."
    body = SentenceMention("organisation/x", "organisation", 0, 9, "Stichting", 0)
    assert function_speaker(s, 0, len(s), [body]) is None
    s = "Haar directeur vindt dat het beter kan."
    assert function_speaker(s, 0, len(s), [SERVANTS]) is None  # no body before


@pytest.mark.parametrize(
    ("body", "key_", "sentence"),
    [
        (
            "De Wmo-raad komt elke maand bij elkaar.",
            "role/wmo-council",
            "Volgens zijn voorzitter komen de adviesaanvragen te laat.",
        ),
        (
            "Stichting Welzijn Oost organiseert de mantelzorg.",
            "organisation/stichting-welzijn-oost",
            "Volgens haar medewerkers raken veel mantelzorgers overbelast.",
        ),
        (
            "Het sociaal team is in 2015 gestart.",
            "role/social-team",
            "Volgens zijn teamleider is de caseload te hoog.",
        ),
        (
            "De cliëntenraad is in 2014 opgericht.",
            "role/client-council",
            "Volgens haar leden wordt de raad te laat betrokken.",
        ),
    ],
)
def test_a_possessed_function_as_source_speaks_for_the_body(body, key_, sentence):
    doc, ex = extract_text(f"{body} {sentence}")
    assert [key(s) for s in finding_for(doc, ex, sentence[:12]).speakers] == [key_]


def test_a_possessed_source_with_no_body_before_names_none():
    s = "Volgens haar directeur kan het beter."
    assert function_speaker(s, 0, len(s), [SERVANTS]) is None
    s = "Volgens de directeur kan het beter."  # a definite source is not read here
    assert function_speaker(s, 0, len(s), [COUNCIL]) is None
