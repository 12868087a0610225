"""Tests for kg.extract.introducedpersons: the person a closing "zegt ze" refers to."""

from __future__ import annotations

import pytest

from kg.extract import introducedpersons as ip
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(doc, ex, fragment: str) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Het gaat beter dan vorig jaar”, zegt ze.", True),
        ("‘We doen wat we kunnen’, vertelt hij.", True),
        ("“Niemand belt ons nog”, verzucht zij.", True),
        ("“Dat moet anders”, stelt hij vast.", True),
        # a named speaker, a plural pronoun, no quotation
        ("“Het gaat beter”, zegt de wethouder.", False),
        ("“Het gaat beter”, zeggen zij.", False),
        ("Zij zegt dat het beter gaat.", False),
    ],
)  # fmt: skip
def test_a_quotation_closed_by_a_singular_pronoun(text, expected):
    assert ip.closing_pronoun(text) is expected


@pytest.mark.parametrize(
    ("scene", "quote", "expected"),
    [
        ("Om acht uur opent Fatima, wijkverpleegkundige in Noord, de deur van een flat.",
         "“Hier komt bijna niemand meer langs”, zegt ze.", ["role/district-nurses"]),
        ("Sander, klantmanager bij de gemeente, bladert door een dossier.",
         "“De helft van mijn klanten heeft schulden”, vertelt hij.", ["role/klantmanager"]),
        ("Na afloop van de vergadering praat een raadslid van de coalitie nog even na.",
         "“We weten te weinig van wat de regio doet”, zegt hij.", ["role/council-members"]),
        ("In de kantine zit een jobcoach met een kop koffie.",
         "“Werkgevers willen wel, maar de regels schrikken af”, zegt ze.", ["role/jobcoach"]),
    ],
)  # fmt: skip
def test_a_closing_pronoun_takes_up_the_person_the_scene_introduced(scene, quote, expected):
    doc, ex = extract_text(f"{scene} {quote}")
    assert _speakers(doc, ex, quote[:15]) == expected
    assert _speakers(doc, ex, scene[:15]) == ["role/authors"]  # the scene is the authors'


def test_a_place_named_with_a_preposition_is_no_person():
    doc, ex = extract_text(
        "Op dinsdag zit hij in een huisartsenpraktijk in het centrum. “Vroeger duurde het weken,"
        " nu een paar dagen”, zegt hij."
    )
    assert "role/general-practitioners" not in _speakers(doc, ex, "Vroeger")


def test_a_named_speaker_is_not_replaced_by_the_person_introduced():
    doc, ex = extract_text(
        "Om acht uur opent Fatima, wijkverpleegkundige in Noord, de deur. “Het is druk”, zegt de "
        "wethouder."
    )
    assert _speakers(doc, ex, "Het is druk") == ["role/alderman"]


@pytest.mark.parametrize(
    ("scene", "quote", "expected"),
    [
        ("Om acht uur opent Fatima, wijkverpleegkundige in Noord, de deur van een flat.",
         "“Hier komt bijna niemand meer langs”, zegt Fatima.", ["role/district-nurses"]),
        ("Sander, klantmanager bij de gemeente, bladert door een dossier.",
         "“De helft van mijn klanten heeft schulden”, vertelt Sander.", ["role/klantmanager"]),
        ("In de kantine zit Noor, jobcoach bij een leerwerkbedrijf, met een kop koffie.",
         "“Werkgevers willen wel, maar de regels schrikken af”, zegt Noor.", ["role/jobcoach"]),
        ("Bram, raadslid voor de oppositie, loopt na afloop de trap af.",
         "“We weten te weinig van wat de regio doet”, zegt Bram.", ["role/council-members"]),
    ],
)  # fmt: skip
def test_a_closing_first_name_takes_up_the_person_introduced_with_it(scene, quote, expected):
    doc, ex = extract_text(f"{scene} {quote}")
    assert _speakers(doc, ex, quote[:15]) == expected


def test_a_closing_first_name_not_introduced_gives_no_function():
    doc, ex = extract_text(
        "Sander, klantmanager bij de gemeente, bladert door een dossier. “Het is druk”, zegt Ilse."
    )
    assert "role/klantmanager" not in _speakers(doc, ex, "Het is druk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Het gaat beter dan vorig jaar”, zegt Anouk.", "Anouk"),
        ("‘We doen wat we kunnen’, vertelt Sem.", "Sem"),
        ("“Het gaat beter”, zegt de wethouder.", None),
        ("Anouk zegt dat het beter gaat.", None),
    ],
)
def test_the_first_name_closing_a_quotation(text, expected):
    assert ip.closing_name(text) == expected
