"""The chair and the committee of a council meeting (kg.extract.meetingroles), on invented
minutes."""

from __future__ import annotations

import pytest

from kg.extract.meetingroles import meeting_words
from tests.extract_helpers import extract_text, key

COUNCIL = "role/council-members"


def named(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(m.text, key(m.entity)) for m in ex.mentions}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("De voorzitter opent het agendapunt over de Wmo en geeft het woord aan de wethouder.",),
        ("Agendapunt 2: schuldhulp.", "De voorzitter vraagt de leden om een reactie."),
        ("Agendapunt 5: rondvraag.", "De voorzitter stelt vast dat er geen vragen zijn."),
        (
            "De wethouder licht toe dat de wachttijd korter is.",
            "De voorzitter sluit het agendapunt en dankt de sprekers.",
        ),
    ],
)
def test_the_chair_of_a_meeting_is_the_council_members(paragraphs):
    assert ("voorzitter", COUNCIL) in named(*paragraphs)
    assert not {e for _, e in named(*paragraphs) if e == "role/voorzitter"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agendapunt 1: jeugd. De voorzitter concludeert dat de commissie het stuk kan bespreken.",
        "Agendapunt 4: werk. De wethouder zegt toe dat de commissie een brief krijgt.",
        "Agendapunt 3: Wmo. Mevrouw Bos vraagt of de commissie het verslag heeft gezien.",
        "De voorzitter sluit het agendapunt. Zij meldt dat de commissie het stuk terugziet.",
    ],
)
def test_the_committee_of_a_meeting_is_the_council_members(sentence):
    assert ("commissie", COUNCIL) in named(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De voorzitter van de Wmo-raad vindt het advies te laat gevraagd.",
        "De voorzitter zegt dat het beter kan.",
        "De commissie sluit de rij van adviseurs af.",
        "Volgens de voorzitter van de cliëntenraad is de vergadering goed verlopen.",
        "De voorzitter opende de vergadering.",
    ],
)
def test_outside_minutes_the_words_are_not_the_council(sentence):
    assert not meeting_words(sentence)
    assert ("voorzitter", COUNCIL) not in named(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "AGENDAPUNT 4: armoedebeleid. De voorzitter geeft het woord aan de wethouder.",
        "Agendapunt 7 (İnkomen): de commissie stelt vragen.",  # a letter str.lower folds apart
        "Het \u017fociale domein: agendapunt 2. De voorzitter opent.",  # long s: not plain
        "De raad vergaderde; de \u017fchuldhulp kwam niet aan bod.",
        "De voorzitter opende de vergadering.",
    ],
)
def test_the_gate_reads_as_the_text_lowered(text):
    # the document's shared lower case (or, for a text it is not kept for, the text's own):
    # the same answer as the plain lower case gave
    expected = ("voorzitter", "commissie") if "agendapunt" in text.lower() else ()
    assert meeting_words(text) == expected
