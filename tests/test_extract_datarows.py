"""Rows of a table and key-figure lines are data, not sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.datarows import data_row, source_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Werkloosheid 5,9% 7,4%", True),
        ("Jeugdhulp hoog gemiddeld", True),
        ("Werkloosheid: 9,8% (NL 6,9%)", True),
        ("Inwoners 107.400 -", True),
        ("De werkloosheid is 5,9% en landelijk 7,4%.", False),
        ("- de wachtlijsten", False),
    ],
)
def test_a_data_row_is_a_label_with_values_and_no_sentence_mark(text, expected):
    assert data_row(text) is expected


def test_a_header_of_years_is_a_tables_row():
    assert data_row("2014      2015")
    assert not data_row("Tussen 2014 en 2015")


def test_a_table_and_its_caption_leave_no_finding():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "De monitor geeft het volgende beeld (aantal cliënten):\n\n"
        "                    2014      2015\n"
        "Wmo-voorzieningen   2.050     2.260\n\n"
        "De raad vindt de stijging zorgelijk."
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == [
        "De raad vindt de stijging zorgelijk."
    ]


# A line of sources makes no claim: singular and plural, in brackets or not, numbered
# sources, a source with a remark of the authors; nor does a field of a colophon or a
# cross-reference. Lines of our own.
_SOURCES = [
    "Bron: CBS, 2016.",
    "Bronnen: [1] CBS Statline; [2] GGD Gezondheidsmonitor 2016.",
    "Bronnen: CBS en Vektis (2016).",
    "BRON: Waarstaatjegemeente.nl",
    "Bron : eigen bewerking van cijfers van het UWV.",
    # the fields of a colophon and a cross-reference
    "Datum: 12 mei 2017",
    "Auteurs: J. de Vries en P. Bakker",
    "Kenmerk: 2017/0345",
    "Zie bijlage 2 voor de gebruikte cijfers.",
    "Zie ook: Monitor sociaal domein 2016.",
    # the header fields of a letter, an e-mail and a newsletter
    "Aan: de leden van de gemeenteraad",
    "Van: Sanne Koster, beleidsadviseur jeugd",
    "Onderwerp: wachttijden schuldhulp.",
    "Betreft: evaluatie wijkteams 2016",
    "In dit nummer: de wijkteams, de mantelzorg en de voedselbank.",
]


@pytest.mark.parametrize("line", _SOURCES)
def test_a_line_of_sources_is_no_finding(line):
    assert source_line(line)
    text = "Het aantal uitkeringen steeg in 2016 naar 680, vooral door de instroom van jongeren."
    doc, ex = extract_text(f"{text}\n{line}", heading="Participatie")
    assert [doc.text[f.start : f.end] for f in ex.findings] == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bronnen binnen de gemeente melden een daling van het aantal klachten.",
        "Bron van zorg is de wachtlijst voor de jeugd-ggz.",
        "Volgens de bron is het aantal meldingen gestegen.",
        "De bronnen zijn het CBS en de GGD.",
        "Knelpunten: de wachttijd en de kosten.",
        "Datum en tijd van de gesprekken zijn niet vastgelegd.",
        "Zieke werknemers keren via het UWV terug.",
        "Van 2014 tot 2016: een verdubbeling van het aantal meldingen.",
        "Aan de raad is dat nooit gemeld.",
        "Onderwerp van gesprek was de wachtlijst.",
    ],
)
def test_a_sentence_about_sources_is_no_line_of_sources(sentence):
    assert not source_line(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Inwoners (2016): 42.100.",
        "Aandeel 65-plussers: 23%, landelijk 18%.",
        "Bijstand: 41 per 1.000 inwoners, ruim boven het landelijke gemiddelde.",
        "Budget sociaal domein: circa € 48 miljoen.",
    ],
)
def test_a_key_figure_line_closing_with_a_full_stop_is_data(line):
    assert data_row(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "De werkloosheid is 7,2% en landelijk 6,0%.",
        "Tekort jeugdhulp: € 2 miljoen, vooral door verblijf.",
        "Conclusie: 40% van de jongeren voelt zich eenzaam.",
        "Werkloosheid 7% onder jongeren.",
    ],
)
def test_a_sentence_closing_with_a_full_stop_is_still_no_row(sentence):
    assert not data_row(sentence)
