"""Figures the municipality handed to the writers (kg/extract/handedfigures.py): invented Dutch
sentences, none of any profile's wording."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, finding_for, key

from kg.extract.handedfigures import handed_figures

_HANDED = [
    "Volgens de cijfers die de gemeente ons stuurde, groeit het aantal bijstandsgezinnen.",
    "Volgens de gegevens die de gemeente aan de onderzoekers heeft aangeleverd, wacht een op de "
    "vier aanvragers langer dan acht weken.",
    "De wachtlijst is volgens het overzicht dat de gemeente ons in 2017 gaf bijna gehalveerd.",
    "Volgens de registratie die ambtenaren ons verstrekten, kreeg 4% van de kinderen hulp.",
    "Volgens de aantallen die de gemeente zelf aanleverde, daalde het gebruik van de regiotaxi.",
]
_NOT_HANDED = [
    "Volgens de cijfers van het CBS ligt de werkloosheid boven het gemiddelde.",
    "Uit de cijfers die de gemeente ons gaf, blijkt weinig over de kwaliteit.",
    "Volgens de gemeente zelf is het beleid geslaagd.",
    "De cijfers die de gemeente ons stuurde, zijn onvolledig.",
    "Volgens de huisartsen die de gemeente ons noemde, is de wachtlijst lang.",
]


@pytest.mark.parametrize("sentence", _HANDED)
def test_handed_figures_speak_as_civil_servants(sentence: str) -> None:
    assert key(handed_figures(sentence) or "") == "role/civil-servants"


def test_the_college_gives_the_executive_board() -> None:
    s = "Volgens de cijfers die het college ons heeft toegestuurd, stijgen de kosten."
    assert key(handed_figures(s) or "") == "role/executive-board"


@pytest.mark.parametrize("sentence", _NOT_HANDED)
def test_other_sources_are_no_handed_figures(sentence: str) -> None:
    assert handed_figures(sentence) is None


def test_the_finding_is_the_civil_servants() -> None:
    doc, ex = extract_text(
        "Het gebruik van de Wmo is sinds 2015 gestegen. "
        "Volgens de cijfers die de gemeente ons heeft gegeven, kreeg in 2016 ongeveer 7% van de "
        "ouderen huishoudelijke hulp, meer dan landelijk."
    )
    finding = finding_for(doc, ex, "cijfers die de gemeente ons")
    assert [key(s) for s in finding.speakers] == ["role/civil-servants"]


def test_figures_of_a_statistical_source_stay_the_authors() -> None:
    doc, ex = extract_text(
        "Het gebruik van de Wmo is sinds 2015 gestegen. "
        "Volgens de cijfers van het CBS kreeg in 2016 ongeveer 7% van de ouderen huishoudelijke "
        "hulp, meer dan landelijk."
    )
    found = [f for f in ex.findings if "CBS" in doc.text[f.start : f.end]]
    assert all("role/civil-servants" not in [key(s) for s in f.speakers] for f in found)
