"""The other home-seekers set against the status holders (kg/extract/problemothers.py),
on invented sentences."""

from __future__ import annotations

import tomllib

from kg.extract.problemothers import OTHERS_FILE, load_others, other_seekers
from tests.extract_helpers import extract_text, finding_for, key


def test_a_claim_about_the_other_home_seekers_is_about_the_status_holders():
    sentence = "Volgens de corporatie voelen gewone woningzoekenden zich achtergesteld."
    doc, ex = extract_text(sentence)
    concerns = {key(c) for c in finding_for(doc, ex, "achtergesteld").concerns}
    assert "problem/status-holders" in concerns


def test_home_seekers_without_a_contrast_are_no_status_holders():
    s = "Het aantal woningzoekenden in de stad groeit."
    assert other_seekers(s, 0, len(s)) == set()


def test_every_phrase_holds_its_gate():
    data = tomllib.loads(OTHERS_FILE.read_text(encoding="utf-8"))
    for entry in data["others"]:
        assert all(entry["gate"] in phrase.lower() for phrase in entry["phrases"])
    assert load_others()
