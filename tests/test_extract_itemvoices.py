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


def _slide_voice(label: str, line: str) -> list[str]:
    """The speakers of ``line``, a bullet under the label line ``label`` of a slide."""
    doc, ex = extract_text(label, f"- {line}", "- Drie locaties voor dagbesteding")
    for f in ex.findings:
        if line[:20] in doc.text[f.start : f.end]:
            return sorted(key(s) for s in f.speakers)
    raise AssertionError(f"no finding holds {line!r}")


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Jeugdconsulent: wachtlijst voor de jeugd-ggz nog altijd lang", "role/youth-consultants"),
        ("Wijkagent: meer meldingen van overlast in de avonduren", "role/police"),
        ("Huisartsen: verwijsbrieven komen terug zonder reactie", "role/general-practitioners"),
        ("De controller: tekort op de Wmo kleiner dan verwacht", "role/controller"),
        # a count the function reports
        (
            "Leerplichtambtenaar: 9 thuiszitters, tegen 12 vorig jaar",
            "role/compulsory-education-officers",
        ),
        (
            "Schuldhulpverleners: 240 aanmeldingen in 2016, wachttijd opgelopen",
            "role/debt-counsellors",
        ),
        # an arrow to the group's stance
        ("Scholen (intern begeleiders) → positief over het wijkteam", "role/schools"),
        (
            "Jongerenwerkers → kritisch over de sluiting van het jongerencentrum",
            "role/jongerenwerker",
        ),
        ("Zorgaanbieders → bezorgd over de lage tarieven", "role/care-providers"),
        # the noun of what a group expects or judges, telegram style
        ("Vooruitblik college: tekort op de jeugd neemt af", "role/executive-board"),
    ],
)
def test_an_actor_alone_before_a_colon_or_an_arrow_speaks_the_line(line, group):
    assert _slide_voice("Stand van zaken:", line) == [group]


@pytest.mark.parametrize(
    "line",
    [
        "Statushouders: taakstelling dit jaar niet gehaald",
        "Het Rijk: te laat met de circulaires, budget krap",
        "Consulenten: 12 fte, twee vacatures open",
        "Huisartsen → verwijzen nog vaak door naar de specialist",
    ],
)
def test_a_key_that_is_the_lines_subject_does_not_speak(line):
    assert _slide_voice("Stand van zaken:", line) == ["role/authors"]


@pytest.mark.parametrize(
    ("line", "voice"),
    [
        ("Regels te laat, betalingen chaotisch in 2015", "role/interviewees"),
        ("Wachtlijst bij de jeugd-ggz → gezinnen lopen vast", "role/interviewees"),
        ("Wachttijd voor een eerste gesprek opgelopen tot 6 weken", "role/authors"),
        ("Eén gezin, één plan: in 2016 voor ruim 200 gezinnen", "role/authors"),
    ],
)
def test_the_study_s_talks_lead_the_items_that_give_no_figures(line, voice):
    assert _slide_voice("Uit de gesprekken:", line) == [voice]
