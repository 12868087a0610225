"""Tests for kg.extract.itemvoices: a list item opened by its speaker and a colon."""

from __future__ import annotations

import pytest

from kg.extract import itemvoices as iv
from kg.extract.model import SentenceMention
from tests.extract_helpers import extract_text, key


def _voice(sentence: str, group: str, entity: str = "role/x") -> bool:
    at = sentence.index(group)
    m = SentenceMention(entity, "role", at, at + len(group), group, 0)
    return iv.item_voice(sentence, 0, m, sentence[m.end :])


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        # bullet, numbered, lettered, semicolon items and the sentence's own start
        ("Reacties: - de wethouder: het gaat; - een raadslid: het kan beter.", "raadslid", True),
        ("Reacties: 1. de directeur: we groeien; 2. de huisarts: het is druk.", "huisarts", True),
        ("Reacties: a) de cliëntenraad: te duur; b) de huisartsen: te traag.", "huisartsen", True),
        ("Zo klinkt het; de wijkcoach: veel papier; de wethouder: minder.", "wijkcoach", True),
        ("De wethouder: de tekorten zijn tijdelijk.", "wethouder", True),
        # a short phrase of the group's own before the colon, a quotation after it
        ("Twee geluiden: - een raadslid van de oppositie: te weinig verhalen.", "raadslid", True),
        ("Twee geluiden: - een beleidsmedewerker jeugd: ‘te laat’.", "beleidsmedewerker", True),
        ("Twee geluiden: - een medewerker van de wijkteams: het werkt.", "wijkteams", True),
        # a group inside a clause, a figure after the colon, no colon at all
        ("De kritiek komt uit de raad zelf: de monitor is te dun.", "raad", False),
        ("Gebruikers: - huishoudens: 1.200; - ouderen: 800.", "huishoudens", False),
        ("Volgens de wethouder gaat het goed.", "wethouder", False),
        ("Er zijn drie partijen: de gemeente, de raad en de huisartsen.", "huisartsen", False),
    ],
)  # fmt: skip
def test_a_group_opening_an_item_before_a_colon_speaks_it(sentence, group, expected):
    assert _voice(sentence, group) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wat de betrokkenen zeggen, valt zo samen te vatten: - de wethouder: de teams werken;"
            " - een beleidsmedewerker: de cijfers kwamen laat; - de huisartsen: korte lijnen.",
            ["role/alderman", "role/general-practitioners", "role/policy-officers"],
        ),
        (
            "De kritiek komt uit de raad zelf: - een raadslid van de oppositie: de monitor is te"
            " dun; - een raadslid van de coalitie: de raad stuurt te weinig.",
            ["role/council-members"],
        ),
        (
            "Enkele reacties op een rij; de cliëntenraad: de eigen bijdrage is te hoog; de"
            " huisartsen: de wachttijden zijn te lang.",
            ["role/client-council", "role/general-practitioners"],
        ),
        (
            "De gesprekspartners noemen twee knelpunten: - de wethouder: de tekorten op jeugd;"
            " - een raadslid: de trage informatie.",
            ["role/alderman", "role/council-members"],
        ),
        ("De doelgroepen: - ouderen: ruim 1.200; - jongeren: ongeveer 800.", ["role/authors"]),
    ],
)
def test_the_speakers_of_items_speak_the_sentence_and_replace_their_collective(sentence, expected):
    _doc, ex = extract_text(sentence)
    assert [sorted(key(s) for s in f.speakers) for f in ex.findings] == [expected]


def test_a_sentence_without_items_keeps_its_collective():
    speakers = ["role/interviewees"]
    s = "De betrokkenen zeggen dat het goed gaat."
    roles = [SentenceMention("role/interviewees", "role", 3, 14, "betrokkenen", 0)]
    assert iv.named_members(s, 0, len(s), roles, speakers) == speakers
