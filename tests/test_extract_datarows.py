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
