"""A pronoun that is the subject of a verb of change or amount takes up a quantity, no
person (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract.quantitypronouns import person_taken_up


# Inversion after a fronted adverbial, main-clause order, the perfect, singular "hij"/"zij"
# and the weak "ze", past and present.
@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014 bedroeg de werkloosheid 6,6%; in 2015 liep zij op tot 7,1%.",
        "De bijstand was 30 per 1.000 inwoners; sindsdien is hij gedaald tot 27.",
        "De wachtlijst telde 70 mensen; in 2016 nam ze toe tot 90.",
        "Het tekort was € 2 miljoen; zij steeg in een jaar tot € 3 miljoen.",
        "De armoede is 9%; in de wijken ligt zij boven 15%.",
        "De caseload bedraagt 40; hij is sinds 2014 verdubbeld.",
    ],
)
def test_a_pronoun_of_a_quantity_takes_up_no_person(sentence):
    assert not person_taken_up(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarvoor liet hij zes teams starten.",
        "Tegelijk wijzen zij op de caseload, die opliep tot 55 huishoudens.",
        "We zien het aantal stijgen tot 120.",
        "De werkloosheid steeg tot 7%, zeggen zij.",
        "Hij meldt dat het tekort steeg tot € 3 miljoen.",
    ],
)
def test_a_pronoun_of_a_person_takes_up_a_person(sentence):
    assert person_taken_up(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij merken op dat de reserve in 2016 € 4 miljoen bedroeg, ruim 15% van het budget.",
        "We constateren dat 12% van de jongeren jeugdhulp krijgt.",
        "Wij hebben de jaarcijfers van de kredietbank bekeken: er waren 310 aanmeldingen.",
        "We hebben de aantallen van 2014 en 2016 vergeleken: 40 tegen 65 cliënten.",
        "Wij stellen vast dat het tekort € 1,2 miljoen bedraagt.",
    ],
)
def test_the_writers_frame_around_figures_takes_up_no_person(sentence):
    assert not person_taken_up(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij spraken in 2016 met twaalf mensen.",  # the study's set-up: the writers act
        "We hebben 40 klachten gehad.",  # someone's own account
        "In 2015 zijn we begonnen met drie wijkteams.",
    ],
)
def test_the_writers_other_acts_stay_a_person(sentence):
    assert person_taken_up(sentence)
