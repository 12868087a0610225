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
