"""kg.extract.placedrecipients: people on benefit placed in work are no benefit caseload."""

from __future__ import annotations

import pytest

from tests.extract_helpers import extract_text


def _measures(sentence: str) -> list[str | None]:
    _, extraction = extract_text(sentence)
    return [i.measure for i in extraction.indicators]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 kwamen 64 mensen met een uitkering aan het werk.",
        "In 2015 vonden ongeveer 520 bijstandsgerechtigden werk.",
        "Het werkbedrijf heeft 180 mensen met een uitkering aan een baan geholpen.",
        "Het servicepunt plaatste in 2016 ongeveer 140 bijstandsgerechtigden.",
        "De uitstroom uit de bijstand bedroeg 120 bijstandsuitkeringen.",
    ],
)
def test_recipients_placed_in_work_have_no_benefit_measure(sentence):
    assert _measures(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        # people who did not find work are the caseload
        "De gemeente telt 1.200 bijstandsgerechtigden die niet aan het werk kunnen.",
        "In 2015 vonden 300 bijstandsgerechtigden geen werk.",
        # the work is in another clause: the caseload is why
        "Er zijn 800 uitkeringen, omdat weinig mensen aan het werk komen.",
    ],
)
def test_the_caseload_keeps_its_measure(sentence):
    assert _measures(sentence)[0] == "benefit-recipients"
