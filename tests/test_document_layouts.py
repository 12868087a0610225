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
    assert sentences(text)[:4] == [
        "Indicator Stad Nederland",
        "Werkloosheid 9,1% 6,9%",
        "Inwoners 107.400 -",
        "Bijstand 58 41",
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
