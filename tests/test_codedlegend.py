"""Legends of coded respondents (kg/codedlegend.py) and how the parser reads them
(kg/document.py), on invented Dutch lines."""

from __future__ import annotations

import pytest

from kg.codedlegend import code_key, legend_code, legend_item
from kg.document import parse_profile


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("R1 – wethouder Zorg en Welzijn", "R1"),
        ("G12 — coördinator van het sociaal team", "G12"),
        ("B3: consulent schuldhulpverlening", "B3"),
        ("RA2 - huisarts in het centrum", "RA2"),
        ("[C] directeur van Stichting De Brug", "[C]"),
        ("(i4) beleidsmedewerker jeugd", "(i4)"),
        ("Respondent 7: lid van de cliëntenraad", "Respondent 7"),
        ("Gesprekspartner 2 – manager bij een thuiszorgorganisatie", "Gesprekspartner 2"),
    ],
)
def test_a_legend_line_opens_with_its_code(line, code):
    assert legend_code(line) == code


@pytest.mark.parametrize(
    "line",
    [
        "R4 stelt dat de wachttijd is opgelopen.",  # a code cited in running text
        "Regionale samenwerking",  # a heading
        "Inwoners: 30.000",  # a key figure
        "2015 – een jaar van overgang",  # a year, no code
        "A12 – de snelweg langs de stad is in de jaren zeventig aangelegd en heeft sindsdien "
        "het verkeer door de oude kernen sterk verminderd, zo blijkt uit tellingen.",  # prose
        "- de wijkteams",  # a bullet
    ],
)
def test_other_lines_are_no_legend_lines(line):
    assert legend_code(line) is None


def test_codes_are_compared_without_brackets_and_case():
    assert code_key("[b]") == code_key("B")
    assert code_key("(I3)") == code_key("i3")
    assert code_key("Respondent 4") == code_key("respondent  4")


def test_a_lone_code_line_is_no_legend_item():
    assert not legend_item("A2 – de weg naar het zuiden", "Verkeer", "De weg is druk.")
    assert legend_item("A2 – wethouder", "We spraken met:", "Zorg")
    assert legend_item("A2 – wethouder", "Zorg", "A3 – raadslid")


def _legend_profile(lines: list[str], opener: str = "We spraken met vier mensen:") -> str:
    body = "\n".join(lines)
    return (
        "Stad\n\nMotto\n\nInleiding\n\n"
        f"Het profiel rust op gesprekken. {opener}\n\n{body}\n\n"
        "Zorg\n\nHet gaat goed met de zorg.\n"
    )


@pytest.mark.parametrize(
    "lines",
    [
        ["R1 – wethouder Zorg", "R2 – raadslid", "R3 – huisarts in de stad"],
        ["G1: beleidsmedewerker Wmo", "G2: directeur van Stichting Welzijn Oost"],
        ["[A] wethouder Jeugd", "[B] consulent bij het wijkteam"],
        ["Respondent 1 – voorzitter van de cliëntenraad", "Respondent 2 – teamleider"],
    ],
)
def test_legend_lines_are_running_text_not_headings(lines):
    doc = parse_profile(_legend_profile(lines), "stad")
    assert [s.heading for s in doc.sections] == ["Inleiding", "Zorg"]
    texts = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert all(line in texts for line in lines)  # one paragraph (and sentence) each


def test_short_code_lines_without_a_list_stay_headings():
    prose = "De weg langs de stad is druk en de bewoners klagen al jaren over het lawaai."
    text = f"Stad\n\nMotto\n\nInleiding\n\n{prose}\n\nA2 – Verkeer\n\n{prose}\n"
    doc = parse_profile(text, "stad")
    assert [s.heading for s in doc.sections] == ["Inleiding", "A2 – Verkeer"]
