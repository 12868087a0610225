"""Key-figure lines are data, not findings."""

from __future__ import annotations

import pytest
from extract_helpers import extract_profile, profile

from kg.extract.keyfigures import key_figure_line, key_level_line


@pytest.mark.parametrize(
    "line",
    [
        "Inwoners: 87.000",
        "Aandeel 65+: 24%",
        "Werkloosheid: 9,8% (NL 6,9%)",
        "Uitgaven sociaal domein per inwoner: € 1.150",
        "Tekort jeugdhulp 2016: € 2,4 miljoen",
        "Bijstandsuitkeringen: ruim 1.200",
        "Jongeren met jeugdhulp: 11,2 procent (2015)",
        "Inwoners: 24.300; huishoudens: 10.100.",
        "Kernen: 14",
    ],
)
def test_a_label_and_a_figure_is_a_key_figure_line(line):
    assert key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "De conclusie: 40% van de jongeren voelt zich eenzaam.",
        "Ambtenaren zeggen het zo: de kosten stijgen.",
        "Het aandeel 65-plussers bedraagt 24%.",
        "Werkloosheid: hoog",
        "Een wethouder vat het samen: “Wij hebben 4 miljoen tekort en geen idee waarom.”",
        "In de gemeente Teststad, met een bijzonder lange en ingewikkelde voorgeschiedenis van "
        "samenwerking met alle buurgemeenten: 14",
    ],
)
def test_a_sentence_with_more_than_a_figure_is_not(line):
    assert not key_figure_line(line)


def test_a_fact_box_gives_figures_and_no_findings():
    text = profile(
        ("Kerncijfers", ["Inwoners: 87.000\nWerkloosheid: 9,8% (NL 6,9%)\nAandeel 65+: 24%"]),
        ("Bestuur", ["Ambtenaren vinden de samenwerking in de regio moeizaam."]),
    )
    doc, extraction = extract_profile(text)
    quotes = [doc.text[f.start : f.end] for f in extraction.findings]
    assert not any(":" in q for q in quotes)
    assert any("moeizaam" in q for q in quotes)
    assert {str(i.value) for i in extraction.indicators} >= {"87000", "9.8", "24"}


# A label may hold a number with its separators: a rate per thousand, a decimal of staff,
# a year range. Lines of our own.
@pytest.mark.parametrize(
    "line",
    [
        "Bijstand per 1.000 inwoners: 28",
        "Uitkeringen per 1.000 inwoners: 31 (NL 42)",
        "Jeugdhulp per 1.000 jongeren: 98",
        "Formatie per 10.000 inwoners: 2,5",
        "Meldingen per 1.000 huishoudens: 4,2 (2016)",
    ],
)
def test_a_label_with_a_number_of_its_own_is_a_key_figure_line(line):
    assert key_figure_line(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Per 1.000 inwoners zijn er 28 uitkeringen: meer dan in de regio.",
        "De bijstand per 1.000 inwoners steeg: van 28 naar 31.",
        "Conclusie van de 1.000 respondenten: de toegang werkt.",
        "Van de 1.000 inwoners is 28 werkloos.",
    ],
)
def test_a_sentence_with_a_number_in_it_is_not(sentence):
    assert not key_figure_line(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Inwoners (2016): 42.100.",
        "Huishoudens: ruim 9.000.",
        "Aandeel 75-plussers: 11%, landelijk 9%.",
        "Werkloosheid (2016): 7,2%, tegen 6,0% landelijk.",
        "Bijstand: 41 per 1.000 inwoners, ruim boven het landelijke gemiddelde.",
        "Jeugdhulp: 1 op de 9 jongeren, iets onder het provinciale beeld.",
        "Wmo-gebruik: 6,1% van de inwoners.",
        "Uitkeringen: 30 per 1.000 inwoners, bijna het dubbele van buurgemeente Ommen.",
        "Bijstand: 25 per 1.000 inwoners, twee keer zoveel als in Epe.",
    ],
)
def test_a_fact_sheet_line_with_its_unit_or_comparison_is_a_key_figure_line(line):
    assert key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Werkloosheid: 7%, vooral onder jongeren.",
        "Tekort jeugdhulp: € 2 miljoen, vooral door verblijf.",
        "Daklozen: gemiddeld 20 daklozen per nacht.",
        "Thuiszitters: 24 leerlingen, volgens de leerplichtambtenaar.",
        "Bijstand: 41 per 1.000 inwoners, ruim boven het gemiddelde, maar dalend.",
        "Wachttijd: 14 weken, te lang.",
    ],
)
def test_a_line_with_a_remark_beyond_its_comparison_is_not(line):
    assert not key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jeugdhulp met verblijf: duidelijk hoger dan in vergelijkbare steden.",
        "Wmo-gebruik: iets onder het landelijk gemiddelde.",
        "Bijstand: fors lager dan in omliggende gemeenten.",
        "Zorgkosten per inwoner: boven het landelijke niveau.",
        "Werkloosheid onder jongeren: lager dan landelijk",
    ],
)
def test_a_level_against_a_standard_without_a_figure_is_a_key_level_line(line):
    assert key_level_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Wachttijd: hoger dan vorig jaar, door personeelstekort.",
        "Werkdruk: hoog, vooral in de wijken.",
        "Tarieven: lager dan in de regio, en te laag voor specialistische hulp.",
        "De kosten liggen hoger dan in vergelijkbare steden.",
        "Grip op de regio: minder dan gehoopt.",
    ],
)
def test_a_level_with_a_remark_or_in_a_sentence_is_not(line):
    assert not key_level_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Banenafspraak 2016: 40 plaatsen; gerealiseerd: 31.",
        "Huishoudelijke hulp: 1.250 cliënten.",
        "Re-integratie: ruim 300 trajecten.",
        "Beschermd wonen: 85 plekken, landelijk 90.",
        "Bijstand: 1.100 uitkeringen per jaar.",
    ],
)
def test_a_figure_with_a_unit_of_the_register_is_a_key_figure_line(line):
    assert key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nachtopvang: 20 daklozen per nacht.",
        "Huisvesting: 142 statushouders.",
        "Thuiszitters: 38 leerlingen in het schooljaar 2015-2016.",
        "Huishoudelijke hulp: 1.250 cliënten eind 2015, na een daling door de versobering.",
    ],
)
def test_a_figure_with_a_problem_group_or_more_after_it_is_not(line):
    assert not key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Het gebruik van de Wmo is hoog: 14% van de inwoners.",  # a verdict before its grounds
        "De uitgaven zijn gestegen: € 2,4 miljoen.",
        "Wat de gemeente uitgeeft: € 1.200 per inwoner.",
        "Volgens het CBS: 9,1%.",  # a source, no label (kg.extract.linekeys)
    ],
)
def test_a_clause_or_a_source_before_the_figure_is_no_key_figure_line(line):
    assert not key_figure_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "De bijstand is: lager dan landelijk.",
        "Volgens de GGD: iets onder het landelijk gemiddelde.",
        "Wat wij zien: hoger dan in vergelijkbare gemeenten.",
        "Uit de monitor: boven het landelijk gemiddelde.",
    ],
)
def test_a_clause_or_a_source_before_a_level_is_no_key_level_line(line):
    assert not key_level_line(line)
