"""A measure taken, told plainly, is the authors' fact (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.takenmeasures import measure_taken
from tests.extract_helpers import extract_text, finding_for, key


@pytest.mark.parametrize(
    "sentence",
    [
        "Inmiddels is de wachttijd teruggebracht tot gemiddeld acht dagen.",
        "In 2016 werd het budget voor begeleiding verlaagd met een half miljoen.",
        "De huishoudelijke hulp, die door twee organisaties wordt geleverd, werd in 2015"
        " versoberd van vier naar drie uur per week; de cliëntenraad protesteerde.",
    ],
)
def test_a_measure_taken_told_plainly(sentence):
    assert measure_taken(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De tarieven zijn in 2015 verlaagd, maar de verwachtingen liggen hoger.",  # set against
        "Een kanttekening is dat de tarieven in 2015 zijn verlaagd.",  # a subordinate clause
        "Volgens de consulenten is de wachttijd teruggebracht.",  # attributed
        "De wachttijd is lang.",  # no measure
        "Het is hun oordeel dat de tarieven in 2016 zijn verlaagd.",  # a view reported
    ],
)
def test_more_or_other_than_a_measure_taken(sentence):
    assert not measure_taken(sentence)


def test_a_measure_taken_after_a_speakers_claim_is_the_authors():
    doc, ex = extract_text(
        "De ouderenadviseur ziet dat veel mantelzorgers overbelast raken. De huishoudelijke hulp"
        " werd in 2015 teruggebracht van vier naar drie uur per week."
    )
    said = finding_for(doc, ex, "overbelast")
    plain = finding_for(doc, ex, "teruggebracht")
    assert [key(s) for s in said.speakers] != ["role/authors"]
    assert [key(s) for s in plain.speakers] == ["role/authors"]
