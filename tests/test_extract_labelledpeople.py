"""People labelled once with a title, a surname and a party, and cited afterwards by surname or
party (kg/extract/labelledpeople.py, read through kg/extract/codealiases.py); invented Dutch
accounts of council debates, none of any profile's wording."""

from __future__ import annotations

import pytest
from extract_helpers import extracted_body, key, speakers_of

from kg.extract.labelledpeople import labelled_names, party_keys, titled_people
from kg.extract.model import SentenceMention

_PARAGRAPHS = (
    "De commissie besprak op dinsdagavond de jaarrekening van het sociaal domein.",
    "Raadslid Ter Horst (ChristenUnie): “De wachtlijsten bij de jeugd-ggz baren mij zorgen.” "
    "Wethouder Veenstra antwoordt dat het college extra geld vrijmaakt voor de jeugdhulp.",
    "Veenstra erkent dat de kosten van de Wmo harder stijgen dan begroot. "
    "De ChristenUnie vindt dat de raad vaker moet worden geïnformeerd. "
    "Het tekort is veel te groot, aldus Ter Horst.",
    "Raadslid Brink (SP) vraagt naar de eigen bijdrage. "
    "Dat is onrechtvaardig, vindt de SP. "
    "Brink wil dat de gemeente de bijdrage voor minima schrapt.",
    "Veenstra zegt toe dat het college daar in het voorjaar op terugkomt.",
)


def _speakers(fragment: str) -> list[str]:
    return speakers_of(_PARAGRAPHS, fragment)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("De wachtlijsten bij de jeugd-ggz", ["role/council-members"]),
        ("Wethouder Veenstra antwoordt", ["role/alderman"]),
        ("Veenstra erkent", ["role/alderman"]),
        ("De ChristenUnie vindt", ["role/council-members"]),
        ("aldus Ter Horst", ["role/council-members"]),
        ("vindt de SP", ["role/council-members"]),
        ("Brink wil", ["role/council-members"]),
        ("Veenstra zegt toe", ["role/alderman"]),
    ],
)
def test_a_labelled_person_speaks_as_the_title_by_surname_or_party(fragment, expected):
    assert _speakers(fragment) == expected


def test_a_surname_is_no_mention_and_the_title_is():
    _doc, ex = extracted_body(_PARAGRAPHS)
    texts = {m.text for m in ex.mentions}
    assert "Veenstra" not in texts and "Brink" not in texts
    assert any(m.text == "Wethouder" and key(m.entity) == "role/alderman" for m in ex.mentions)
    assert not any("veenstra" in iri for iri in ex.entities)


def test_titled_people_reads_surnames_with_particles_and_parties():
    t = (
        "Burgemeester De Wit opent. Raadslid Van den Berg (D66): het is te duur. "
        "De Wit knikt. Van den Berg zwijgt."
    )
    at_mayor, at_member = 0, t.index("Raadslid")
    ms = [
        SentenceMention("role/mayor", "role", at_mayor, at_mayor + 12, "Burgemeester", 0),
        SentenceMention("role/council", "role", at_member, at_member + 8, "Raadslid", 0),
    ]
    people, parties = titled_people(t, ms)
    assert people == {"DEWIT": "role/mayor", "VANDENBERG": "role/council"}
    assert set(party_keys("D66")) <= set(parties)


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder Jeugd en Onderwijs schreef een brief.",
        "Wethouder Werk presenteerde het plan, maar de raad twijfelt.",
        "Het raadslid wilde weten hoe het zit.",
        "Een wethouder Wonen is er niet.",
    ],
)
def test_a_portfolio_or_a_word_after_a_title_is_no_labelled_name(text):
    assert labelled_names(text) == frozenset()
    assert titled_people(text, []) == ({}, {})


_MINUTES = (
    "Mevrouw Van Leeuwen (VVD) vraagt naar de kosten van de jeugdhulp.",
    "De heer Gerritsen (wethouder) antwoordt dat het tekort in 2016 oploopt.",
    "Van Leeuwen vindt dat de raad eerder had moeten horen van het tekort.",
    "Gerritsen erkent dat de informatie laat kwam.",
)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Van Leeuwen vindt", ["role/council-members"]),
        ("Gerritsen erkent", ["role/alderman"]),
    ],
)
def test_a_person_addressed_with_a_bracket_keeps_its_role_by_surname(fragment, expected):
    assert speakers_of(_MINUTES, fragment) == expected
