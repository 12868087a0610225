"""Timestamped entries of a live blog or a log (kg.clockentries), on invented lines."""

from __future__ import annotations

import pytest

from kg.clockentries import clock_entry
from kg.document import parse_profile


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("20:14 – De wethouder opent het debat over de jeugdhulp.", "De"),
        ("14.32 uur – Een raadslid vraagt naar de wachtlijsten.", "Een"),
        ("9.05 - Het spreekuur in het wijkcentrum begint.", "Het"),
        ("23:50 — Tot zover de verslaggeving van vanavond.", "Tot"),
        ("7:45 uur – Het eerste gezin meldt zich bij het loket.", "Het"),
    ],
)
def test_an_entry_opens_after_its_time(line, first):
    assert line[clock_entry(line) :].split()[0] == first


@pytest.mark.parametrize(
    "line",
    [
        "1.000 – 2.000 inwoners krijgen een brief.",
        "Om 20.15 uur begon het debat over de zorg.",
        "2015 – een jaar van overgang voor de gemeente.",
        "25:10 – geen tijd van de klok.",
        "Het loket gaat om 9.00 uur open.",
    ],
)
def test_no_entry(line):
    assert clock_entry(line) == 0


def test_sentences_leave_the_time_out_and_a_heading_stands_over_an_entry():
    text = (
        "Stad\n\nMotto\n\nWonen en zorg\n\n"
        "20:41 – De wethouder antwoordt. Het loket is vol.\n\n"
        "Werk\n\n21:02 – Een raadslid is kritisch over de re-integratie.\n"
    )
    doc = parse_profile(text, "stad")
    assert [s.heading for s in doc.sections] == ["Wonen en zorg", "Werk"]
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "De wethouder antwoordt.",
        "Het loket is vol.",
        "Een raadslid is kritisch over de re-integratie.",
    ]
