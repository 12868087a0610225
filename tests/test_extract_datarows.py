"""Rows of a table and key-figure lines are data, not sentences."""

from __future__ import annotations

import pytest

from kg.extract.datarows import data_row


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
