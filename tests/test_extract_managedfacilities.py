"""An organisation that runs a facility of the social domain does that work for the
municipality."""

from __future__ import annotations

import pytest

from kg.extract.managedfacilities import gate
from tests.extract_helpers import extract_text, key

OWN = "municipality/teststad"


def relations(*paragraphs):
    _, ex = extract_text(*paragraphs)
    return {(r.type, key(r.subject), key(r.object)) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "runner"),
    [
        (
            "Ook Stichting Welzijn Noord, die het steunpunt mantelzorg beheert, ziet de groep"
            " groeien.",
            "organisation/stichting-welzijn-noord",
        ),
        (
            "Stichting Welzijn Noord beheert sinds 2015 het inloophuis in de wijk.",
            "organisation/stichting-welzijn-noord",
        ),
        (
            "MEE, dat het noodfonds voor gezinnen beheert, krijgt veel aanvragen.",
            "organisation/mee",
        ),
        (
            "Stichting Welzijn Noord beheerde in 2016 al het meldpunt voor verslaving.",
            "organisation/stichting-welzijn-noord",
        ),
    ],
)
def test_an_organisation_that_runs_a_facility_works_for_the_municipality(sentence, runner):
    assert ("executes-for", runner, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De corporatie Woonstad, die 8000 woningen beheert, meldt meer huurachterstanden.",
        "MEE beheert zijn eigen wachtlijst.",  # its own, no service
        "MEE beheert het steunpunt niet meer.",  # denied
        "De gemeente beheert het steunpunt zelf, met hulp van MEE.",  # the municipality runs it
    ],
)
def test_no_task_without_a_facility_run_for_the_municipality(sentence):
    found = relations(sentence)
    assert ("executes-for", "organisation/mee", OWN) not in found
    assert not [r for r in found if r[0] == "executes-for" and "woonstad" in r[1]]


def test_the_gate_needs_the_verb():
    assert gate("x beheert het loket.") and not gate("x levert de hulp.")
