"""An intake that has ended ("geen nieuwe mensen meer") is no shortfall (kg.extract.endedintake)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text

from kg.extract.endedintake import intake_ended


def polarities(sentence: str) -> list[str]:
    _doc, ex = extract_text(sentence)
    return [f.polarity for f in ex.findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de directeur neemt het werkbedrijf sinds 2016 geen nieuwe medewerkers meer aan.",
        "Het beschermd wonen laat volgens de regio geen nieuwe cliënten meer toe.",
        "Sinds januari worden er geen nieuwe deelnemers meer ingeschreven, zegt de coördinator.",
        "Er stromen sinds de nieuwe wet geen nieuwe werknemers meer in.",
        "In de dagbesteding komen geen nieuwe bezoekers meer bij.",
    ],
)
def test_an_ended_intake_is_a_neutral_finding(sentence):
    assert intake_ended(sentence, (0, len(sentence)))
    assert polarities(sentence) == ["neutral"]


def test_a_judgement_of_an_ended_intake_still_counts():
    s = "De wethouder betreurt dat het werkbedrijf sinds 2015 geen nieuwe mensen meer opneemt."
    assert polarities(s) == ["negative"]


@pytest.mark.parametrize(
    "sentence",
    [
        # no verb of coming in: the negation keeps its reading
        "Volgens de stichting worden er geen nieuwe vrijwilligers meer gevonden.",
        "De gemeente kreeg volgens de raad geen nieuwe taken meer.",
        # no "meer": nobody new came, no intake closed
        "Volgens de wethouder komen er geen nieuwe mensen bij de sociale werkvoorziening.",
    ],
)
def test_other_negations_stay_negative(sentence):
    assert not intake_ended(sentence, (0, len(sentence)))
    assert polarities(sentence) == ["negative"]
