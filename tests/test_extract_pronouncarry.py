"""A labelled person's voice carried by a pronoun into the next sentence
(kg/extract/pronouncarry.py, applied by kg/extract/codealiases.py); invented Dutch accounts
of council debates, none of any profile's wording."""

from __future__ import annotations

import pytest
from extract_helpers import speakers_of

from kg.extract.pronouncarry import carried_voice

_PARAGRAPHS = (
    "Raadslid Kramer (GroenLinks) opent het debat over de jeugdhulp. Hij wijst op de "
    "wachtlijsten bij de jeugd-ggz, die in 2016 verder zijn opgelopen.",
    "Wethouder Oosterhuis reageert op de vragen over de huishoudelijke hulp. Volgens haar "
    "is het aantal klachten in 2016 juist gedaald.",
    "De gemeente telde in 2016 ruim 300 jongeren met jeugdhulp. Zij kregen vaker hulp in de wijk.",
    "Oosterhuis zegt toe dat de raad een rapportage krijgt.",
)


def _speakers(fragment: str) -> list[str]:
    return speakers_of(_PARAGRAPHS, fragment)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Hij wijst op de wachtlijsten", ["role/council-members"]),
        ("Volgens haar is het aantal klachten", ["role/alderman"]),
    ],
)
def test_a_pronoun_carries_the_labelled_persons_voice(fragment, expected):
    assert _speakers(fragment) == expected


def test_a_pronoun_after_an_unlabelled_sentence_carries_no_person():
    assert _speakers("Zij kregen vaker hulp") != ["role/alderman"]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Zij vindt de eigen bijdrage te hoog.", True),
        ("Ze pleit voor een lagere drempel.", True),
        ("De kosten zijn volgens hem niet te dragen.", True),
        ("“Wij gaan dit zeker oppakken.”", True),
        ("Hijskranen staan er niet.", False),
        ("Zeker is dat de kosten stijgen.", False),
        ("Het college vindt dat het goed gaat.", False),
        ("Volgens de GGD is de eenzaamheid groot.", False),
    ],
)
def test_carried_voice(quote, expected):
    assert carried_voice(quote) is expected
