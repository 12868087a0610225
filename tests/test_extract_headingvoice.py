"""Who a section heading gives the floor to (kg.extract.headingvoice)."""

from __future__ import annotations

import pytest

from kg.extract.headingvoice import heading_voice
from kg.extract.model import SentenceMention


@pytest.mark.parametrize(
    ("heading", "groups", "expected"),
    [
        ("Cliëntenraad en Wmo-raad", [(0, 12), (16, 24)], ["role/a", "role/b"]),
        ("Wat raadsleden zeggen", [(4, 14)], ["role/a"]),
        ("Ervaringen van de huisartsen", [(18, 28)], ["role/a"]),
        ("De huisartsen aan het woord", [(3, 13)], ["role/a"]),
        ("De rol van huisartsen", [(11, 21)], []),
        ("Huisartsen en de wachtlijst", [(0, 10)], []),
        ("Huisartsen over de samenwerking", [(0, 10)], ["role/a"]),
        ("Reacties van zorgaanbieders", [(13, 27)], ["role/a"]),
        ("Het woord aan de wethouder", [(17, 26)], ["role/a"]),
        ("In gesprek met de cliëntenraad", [(18, 30)], ["role/a"]),
        ("Wat zeggen raadsleden?", [(11, 21)], ["role/a"]),
        ("Afspraken met huisartsen over de zorg", [(14, 24)], []),
        ("Gesprekken met zorgaanbieders", [(15, 29)], ["role/a"]),
        ("Gesprek met de wethouder", [(15, 24)], ["role/a"]),
        ("Het verhaal van de huisartsen", [(19, 29)], ["role/a"]),
        ("Volgens raadsleden", [(8, 18)], ["role/a"]),
        ("Vanuit de scholen", [(10, 17)], ["role/a"]),
    ],
)
def test_heading_voice(heading, groups, expected):
    mentions = [
        SentenceMention(f"role/{'ab'[i]}", "role", s, e, heading[s:e], None)
        for i, (s, e) in enumerate(groups)
    ]
    assert list(heading_voice(heading, mentions)) == expected


# The header of an interview's summary gives the block under it to the person it names first
# (invented headers and sentences).
_SUMMARY = """Teststad
Een motto

Waarom in de selectie?
De gemeente Teststad is in de selectie opgenomen vanwege de ligging aan de rivier.

Zorggebruik
De onderzoekers spraken in het voorjaar met vier gesprekspartners.
{header}
Hij vindt dat de regio te groot is voor een kleine gemeente.
"""


@pytest.mark.parametrize(
    ("header", "group"),
    [
        ("Gesprek 5 – beleidsmedewerker jeugd, 12 mei 2016", "policy-officers"),
        ("Gesprek 3 – wijkverpleegkundige, 3 mei 2016", "district-nurses"),
        ("Interview 2 – huisarts in het dorp, 4 mei 2016", "general-practitioners"),
        ("Gesprek 6 - schuldhulpverlener, 2 juni 2016", "debt-counsellors"),
    ],
)
def test_an_interview_header_gives_its_block_to_the_person_it_names(header, group):
    from tests.extract_helpers import extract_profile, finding_for, key

    doc, ex = extract_profile(_SUMMARY.format(header=header))
    assert header in [s.heading for s in doc.sections]  # the header is a section's heading
    found = finding_for(doc, ex, "Hij vindt")
    assert [key(s) for s in found.speakers] == [f"role/{group}"]


@pytest.mark.parametrize(
    "header",
    ["Gesprekken over de begroting", "Gesprekken in de raad"],
)
def test_no_interview_header_without_the_person_after_its_label(header):
    mentions = [
        SentenceMention("role/council", "role", i, i + 4, "raad", None)
        for i in [header.find("raad")]
        if i >= 0
    ]
    assert heading_voice(header, mentions) == ()
