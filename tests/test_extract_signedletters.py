"""A letter or e-mail signed with a function speaks in that function's voice (invented
sentences)."""

from __future__ import annotations

import pytest

from kg.extract.signedletters import signature_function
from tests.extract_helpers import extract_text, finding_for, key


def _speakers(text: str, fragment: str) -> list[str]:
    doc, ex = extract_text(text)
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("letter", "close", "group"),
    [
        (
            "Hoi Anna, je vroeg naar de wachtlijst. Volgens mij groeit die door de vergrijzing.",
            "Met vriendelijke groet, Kees van Dam, Wmo-consulent.",
            "wmo-consultants",
        ),
        (
            "Beste Piet, ik verwacht dat het tekort op de jeugdhulp nog oploopt.",
            "Groet, Fatima El Amrani, controller.",
            "controller",
        ),
        (
            "Dag Ruud, wij zien steeds meer gezinnen met schulden.",
            "Hartelijke groet, Ans Bakker, schuldhulpverlener.",
            "debt-counsellors",
        ),
        (
            "Hoi Lotte, de raad krijgt de stukken volgens ons te laat.",
            "Groeten, Jan de Boer, griffier.",
            "griffier",
        ),
    ],
)
def test_a_signature_with_a_function_voices_its_letter(letter, close, group):
    assert _speakers(f"{letter} {close}", letter[-30:]) == [f"role/{group}"]


def test_a_signature_with_a_name_only_leaves_the_letter_the_writers():
    text = "Hoi Anna, ik verwacht dat het tekort op de jeugdhulp nog oploopt. Groet, Piet."
    assert _speakers(text, "ik verwacht") == ["role/authors"]


@pytest.mark.parametrize(
    ("sentence", "function"),
    [
        (
            "Met vriendelijke groet, Kees van Dam, teamleider wijkteam Oost.",
            "teamleider wijkteam Oost",
        ),
        ("Groet, Fatima, controller.", "controller"),
        ("Hartelijke groeten, A. de Wit, beleidsmedewerker jeugd", "beleidsmedewerker jeugd"),
    ],
)
def test_the_function_a_signature_names(sentence, function):
    span = signature_function(sentence, 0, len(sentence))
    assert span is not None and sentence[span[0] : span[1]] == function


@pytest.mark.parametrize(
    "sentence",
    ["Groet, Joost.", "De groet, die ze gaven, was kort.", "Met vriendelijke groet,"],
)
def test_no_function_without_a_signing_close(sentence):
    assert signature_function(sentence, 0, len(sentence)) is None
