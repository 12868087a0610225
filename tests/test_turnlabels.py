"""Tests for kg.turnlabels: lines that open with a speaker's label are turns, not headings."""

from __future__ import annotations

from kg.document import parse_profile
from kg.turnlabels import turn_lines


def test_a_label_that_opens_three_lines_is_a_speakers():
    lines = [
        "Presentator Lisa: Welkom.",
        "Wethouder Bos: Dank je.",
        "Presentator Lisa: Hoe staat het met de jeugdzorg?",
        "Wethouder Bos: Het tekort groeit.",
        "Presentator Lisa: Twaalf weken!",
        "Wethouder Bos: Helaas wel",
    ]
    assert turn_lines(lines) == frozenset(range(6))


def test_a_label_used_once_or_twice_is_no_speakers():
    lines = ["Jeugd: de grootste zorg", "De jeugdhulp is duur.", "Jeugd: de kosten", "Wonen: krap"]
    assert turn_lines(lines) == frozenset()


def test_short_turns_are_paragraphs_not_headings():
    text = "\n\n".join(
        [
            "Zaltdorp",
            "Dit profiel is een gesprek over de gemeente.",
            "Jeugd",
            "Sanne: De wachttijd is lang.",
            "Host Pieter: Hoe lang dan?",
            "Sanne: Twaalf weken. Dat is te lang.",
            "Host Pieter: Twaalf weken!",
            "Sanne: Ja, echt",
            "Host Pieter: En de kosten?",
            "Wonen",
            "De woningmarkt is krap.",
        ]
    )
    doc = parse_profile(text, "zaltdorp")
    assert [s.heading for s in doc.sections] == ["Jeugd", "Wonen"]
