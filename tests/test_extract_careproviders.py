"""A care form named as a place one is referred to or waits at stands for its providers
(kg/extract/careproviders.py), on invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, key


def _concerns(sentence: str) -> set[str]:
    _doc, ex = extract_text(sentence)
    (finding,) = ex.findings
    return {key(c) for c in finding.concerns}


@pytest.mark.parametrize(
    "sentence",
    [
        "Huisartsen klagen over de wachttijden bij de jeugd-ggz.",
        "Volgens de wijkteams verwijzen huisartsen vaak rechtstreeks naar de jeugd-ggz.",
        "Huisartsen merken dat de jeugd-ggz lastiger bereikbaar is geworden.",
        "De aanbieders van jeugd-ggz hebben hun budgetplafond bereikt.",
    ],
)
def test_care_one_is_referred_to_or_waits_at_names_its_providers(sentence):
    assert "role/mental-health-care" in _concerns(sentence)


def test_care_that_is_used_names_no_providers():
    # attributed: a level in the authors' voice is data (gold decision 1, twenty-seventh session)
    concerns = _concerns(
        "Volgens de wethouder is het gebruik van jeugdhulp, vooral de jeugd-ggz,"
        " hoger dan gemiddeld."
    )
    assert "role/mental-health-care" not in concerns


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de huisartsen heeft de jeugd-ggz in de regio een wachtlijst van maanden.",
        "Volgens de consulenten slibt de jeugd-ggz in de zomer dicht.",
        "Volgens de wijkteams zit de jeugd-ggz al maanden vol.",
        "Huisartsen: 'De jeugd-ggz kent lange wachttijden voor gezinnen.'",
        "Jeugd-ggz: wachttijd volgens de huisartsen opgelopen tot tien weken",
    ],
)
def test_a_care_form_that_keeps_a_wait_or_is_full_names_its_providers(sentence):
    concerns = _concerns(sentence)
    assert "role/mental-health-care" in concerns
    assert "problem/mental-health" not in concerns  # the wait is the providers', not the ill


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wethouder groeit vooral de jeugd-ggz hard.",
        "Volgens de wethouder zit de groei vooral in de jeugd-ggz.",
    ],
)
def test_a_care_form_that_grows_names_no_providers(sentence):
    assert "role/mental-health-care" not in _concerns(sentence)
