"""Layouts of invented profiles the PDF export does not produce: footnotes, tables laid
out as text columns, numbered lists, printed interviews."""

from __future__ import annotations

from kg.document import parse_profile


def sentences(text: str) -> list[str]:
    doc = parse_profile(text, "x")
    return [doc.sentence_text(s) for s in doc.sentences]


def headings(text: str) -> list[str]:
    return [s.heading for s in parse_profile(text, "x").sections]


def test_footnote_markers_and_the_rule_above_the_notes_leave_the_text():
    text = (
        "Stad\n\nMotto\n\nBestuur\nDe gemeente werkt samen in de regio Rivierenland[1]. "
        "De werkloosheid is hoog.²\n"
        "__________\n[1] Rivierenland omvat acht gemeenten.\n² Bron: CBS.\n"
    )
    doc = parse_profile(text, "x")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De gemeente werkt samen in de regio Rivierenland.",
        "De werkloosheid is hoog.",
        "Rivierenland omvat acht gemeenten.",
        "Bron: CBS.",
    ]
    assert ("rule", "__________") in doc.removed
    assert ("footnote marker", "[1]") in doc.removed


def test_square_metres_and_bracketed_text_keep_their_marks():
    text = "Stad\n\nMotto\n\nBestuur\nEen woning van 50 m² kost veel. Zie de tabel [2] hieronder.\n"
    assert sentences(text) == ["Een woning van 50 m² kost veel.", "Zie de tabel [2] hieronder."]


def test_a_table_laid_out_as_text_columns_gives_rows_not_headings():
    text = (
        "Stad\n\nMotto\n\nKerncijfers\n"
        "Indicator          Stad      Nederland\n"
        "Werkloosheid       9,1%      6,9%\n"
        "Inwoners\t107.400\t-\n"
        "Bijstand\u00a0\u00a0\u00a0\u00a058\u00a0\u00a0\u00a041\n"
        "Bestuur\nDe wethouder is tevreden.\n"
    )
    assert headings(text) == ["Kerncijfers", "Bestuur"]
    assert sentences(text)[:3] == [
        "Werkloosheid 9,1% (Nederland 6,9%)",  # the header names the national column
        "Inwoners 107.400",
        "Bijstand 58 (Nederland 41)",
    ]
    # the header row names the columns and states nothing
    assert ("table header", "Indicator Stad Nederland") in parse_profile(text, "x").removed


def test_a_row_without_figures_below_another_is_no_header():
    text = (
        "Stad\n\nMotto\n\nKerncijfers\n"
        "Werkloosheid       9,1%      6,9%\n"
        "Jeugdhulp          hoog      gemiddeld\n"
        "Wmo                laag      gemiddeld\n"
    )
    assert sentences(text) == [
        "Werkloosheid 9,1% 6,9%",
        "Jeugdhulp hoog gemiddeld",
        "Wmo laag gemiddeld",
    ]


def test_numbered_items_are_sentences_of_their_own_without_their_number():
    text = (
        "Stad\n\nMotto\n\nBestuur\nMedewerkers noemen drie knelpunten:\n"
        "1) De wachtlijst is lang.\n2) De samenwerking verloopt moeizaam.\n"
        "a) Er is te weinig kennis.\n"
    )
    assert sentences(text) == [
        "Medewerkers noemen drie knelpunten:",
        "De wachtlijst is lang.",
        "De samenwerking verloopt moeizaam.",
        "Er is te weinig kennis.",
    ]


def test_the_questions_of_a_printed_interview_are_no_headings():
    text = (
        "Stad\n\nMotto\n\nBestuur\nInterview met de wethouder\n"
        "V: Wat was het grootste probleem in 2015?\n"
        "A: De informatie van het Rijk kwam te laat, pas in het najaar van 2014.\n"
        "Vraag: En de Participatiewet?\nAntwoord: Daar maak ik me zorgen over.\n"
    )
    assert headings(text) == ["Bestuur", "Interview met de wethouder"]
    assert "V: Wat was het grootste probleem in 2015?" in sentences(text)


def test_section_numbers_give_the_levels_of_unknown_headings():
    text = (
        "Stad\n\nMotto\n\n1 Zorg en welzijn\n\nDe gemeente kent een breed aanbod van zorg.\n\n"
        "1.1 Wonen met zorg\n\nEr zijn drie woonzorgcentra in de kernen van de gemeente.\n\n"
        "1.2 Jeugd\n\nHet jeugdteam werkt vanuit de scholen en de huisartsen.\n\n"
        "2 Werk en inkomen\n\nDe werkloosheid daalt al enkele jaren op rij licht.\n"
    )
    doc = parse_profile(text, "x")
    assert [(s.heading, s.level, s.parent) for s in doc.sections] == [
        ("Zorg en welzijn", 1, None),
        ("Wonen met zorg", 2, 1),
        ("Jeugd", 2, 1),
        ("Werk en inkomen", 1, None),
    ]


def test_the_back_matter_is_top_level_after_a_theme_with_sub_sections():
    from kg.document import KnownHeading

    known = [KnownHeading("b", ("Bestuur",), 1), KnownHeading("s", ("Sturing",), 2, "b")]
    text = (
        "Stad\n\nMotto\n\nBestuur\n\nDe raad vergadert elke maand over het sociaal domein.\n\n"
        "Wonen\n\nEr zijn drie woonzorgcentra in de kernen van de gemeente.\n\n"
        "Bronnen\n\nCBS (2016). Statline, bevolking en werkloosheid per gemeente.\n"
    )
    doc = parse_profile(text, "x", known)
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("Bestuur", 1),
        ("Wonen", 2),  # an unknown heading under a theme with sub-sections
        ("Bronnen", 1),
    ]


def test_items_ending_in_a_semicolon_are_items_in_typed_text_only():
    items = "- preventie en vroegsignalering;\n- een sterke sociale basis;\n- minder regels.\n"
    typed = "Stad\n\nMotto\n\nBestuur\n\nHet college wil inzetten op:\n" + items
    assert sentences(typed)[1:] == [
        "preventie en vroegsignalering;",
        "een sterke sociale basis;",
        "minder regels.",
    ]
    # the PDF export's layout (an empty line after each line, white space between
    # paragraphs): a line ending in ";" goes on with its paragraph
    pdf = "Stad\n\n \n\nBestuur\n\n \n\nHet college wil inzetten op:\n\n" + items.replace(
        "\n", "\n\n"
    )
    assert sentences(pdf)[1:] == [
        "preventie en vroegsignalering; - een sterke sociale basis; - minder regels."
    ]


def test_a_list_of_sources_stays_in_the_text_but_gives_no_sentences():
    text = (
        "Stad\n\nMotto\n\nBestuur\n\nDe raad vergadert elke maand over het sociaal domein.\n\n"
        "Literatuur\n\nCBS (2016). Statline. Den Haag.\n\nGemeente Stad (2014). Beleidsplan.\n\n"
        "Noten\n\n[1] De raad vergadert sinds 2016 ook in de wijken.\n"
    )
    doc = parse_profile(text, "x")
    assert [s.heading for s in doc.sections] == ["Bestuur", "Literatuur", "Noten"]
    assert "CBS (2016). Statline. Den Haag." in doc.text  # shown with the source
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De raad vergadert elke maand over het sociaal domein.",
        "De raad vergadert sinds 2016 ook in de wijken.",  # a note is prose
    ]


def test_items_numbered_with_a_period_leave_their_number_out_of_the_sentence():
    text = (
        "Stad\n\nMotto\n\nBestuur\n\nAmbtenaren noemen drie knelpunten:\n"
        "1. De wachtlijst is lang.\n2. De samenwerking verloopt moeizaam.\n"
        "3. Waarom is er te weinig kennis?\n\n"
        "2. Waarom in de selectie?\n\nDe gemeente werkt al jaren met sociale wijkteams.\n"
    )
    assert sentences(text) == [
        "Ambtenaren noemen drie knelpunten:",
        "De wachtlijst is lang.",
        "De samenwerking verloopt moeizaam.",
        "Waarom is er te weinig kennis?",
        "De gemeente werkt al jaren met sociale wijkteams.",
    ]
    assert headings(text) == ["Bestuur", "Waarom in de selectie?"]


def test_justified_text_from_a_layout_conversion_is_prose_not_table_rows():
    text = (
        "Stad\n\nMotto\n\nBestuur\n"
        "    Ambtenaren  vertellen  dat  de  gemeente  vooral  heeft  ingezet  op een goede\n"
        "    toegang.  Het  sociaal  team  is  de  voordeur  voor  alle  vragen  over zorg,\n"
        "    werk   en   inkomen.   Volgens   de   wethouder  is  de  samenwerking  met  de\n"
        "    huisartsen   nog   een   zwak   punt:  veel  verwijzingen  naar  de  jeugdhulp\n"
        "    lopen buiten het sociaal team om.\n"
    )
    assert sentences(text) == [
        "Ambtenaren vertellen dat de gemeente vooral heeft ingezet op een goede toegang.",
        "Het sociaal team is de voordeur voor alle vragen over zorg, werk en inkomen.",
        "Volgens de wethouder is de samenwerking met de huisartsen nog een zwak punt: veel "
        "verwijzingen naar de jeugdhulp lopen buiten het sociaal team om.",
    ]


def test_a_word_processors_list_with_tabs_after_its_marks_gives_items_not_rows():
    text = (
        "Stad\n\nMotto\n\nBestuur\nAmbtenaren noemen drie knelpunten:\n"
        "•\tde wachtlijsten voor de jeugd-ggz zijn\n\tlang;\n"
        "•\tde administratieve last is hoog;\n\n"
        "1.\tDe raad is kritisch over de kosten.\n2.\tDe wethouder is tevreden.\n"
    )
    assert sentences(text) == [
        "Ambtenaren noemen drie knelpunten:",
        "de wachtlijsten voor de jeugd-ggz zijn lang;",
        "de administratieve last is hoog;",
        "De raad is kritisch over de kosten.",
        "De wethouder is tevreden.",
    ]
