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


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017 is daarom de jeugdhulp bij het wijkteam ondergebracht.",
        "Sinds 2016 zijn ook de twee loketten voor werk en zorg samengevoegd.",
        "Per 2016 werd al het vervoer aan de regiotaxi gekoppeld.",
        "In 2015 is toen de schuldhulp bij de kredietbank ondergebracht.",
    ],
)
def test_a_measure_of_organisation_after_a_linking_adverb(sentence):
    assert measure_taken(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 is de schuldhulp aan de wijkteams gekoppeld, maar de wachttijd bleef lang.",
        "Volgens de wethouder is in 2016 ook de schuldhulp aan de teams gekoppeld.",
        "In 2016 is daarom de vraag of de teams het aankunnen.",
    ],
)
def test_no_plain_measure_of_organisation(sentence):
    assert not measure_taken(sentence)


def test_a_measure_of_organisation_after_a_speakers_wish_is_the_authors():
    doc, ex = extract_text(
        "De wethouder wil het aantal loketten verder terugbrengen. In 2016 is daarom ook de"
        " schuldhulpverlening aan de wijkteams gekoppeld."
    )
    assert [key(s) for s in finding_for(doc, ex, "loketten").speakers] == ["role/alderman"]
    assert [key(s) for s in finding_for(doc, ex, "gekoppeld").speakers] == ["role/authors"]
