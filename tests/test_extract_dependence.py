"""A word of dependence: a description of what decides, or a dependence judged."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.dependence import describes
from kg.extract.toneframes import PEOPLE


@pytest.mark.parametrize(
    "sentence",
    [
        # a municipality depending on another for a task, the object before the word
        "Voor de vrouwenopvang zijn de kleinere gemeenten van de centrumgemeente afhankelijk.",
        "Voor de jeugdzorg met verblijf is Oosterdam van de regio afhankelijk.",
        "Voor de nachtopvang is de gemeente van Zuidstad afhankelijk.",
        "Voor het beschermd wonen is Noordstad sinds 2015 van Zuidstad afhankelijk.",
        # and after it, as before
        "Voor de maatschappelijke opvang is de gemeente afhankelijk van Zuidstad.",
    ],
)
def test_a_municipality_depending_on_another_is_no_verdict(sentence):
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # people depending on someone lack something
        "Voor de regiotaxi zijn veel ouderen van de provincie afhankelijk.",
        "Voor hun boodschappen zijn de bewoners van hun kinderen afhankelijk.",
        # a dependence that weighs
        "Voor de opvang is de gemeente sterk van Zuidstad afhankelijk.",
        "Voor de opvang is de gemeente volledig afhankelijk van Zuidstad.",
    ],
)
def test_a_dependence_of_people_or_weighing_is_negative(sentence):
    assert polarity_of(sentence) == "negative"


def test_no_object_of_the_dependence_is_no_description():
    assert describes(["de", "gemeente", "is"], ["daarvan", "niet"], PEOPLE) is None
    assert describes(["de", "hoogte", "is"], ["van", "het", "inkomen"], PEOPLE) is True


def test_those_who_depend_most_are_judged():
    s = "Gezinnen die het meest van de gemeente afhankelijk zijn, melden zich laat."
    assert polarity_of(s) == "negative"
