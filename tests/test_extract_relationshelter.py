"""Shelter elsewhere as a dependence (kg.extract.relationshelter), on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.relationshelter import shelter_in, sheltering
from tests.test_extract_relations import OWN, relations


def test_the_homeless_going_to_the_shelter_of_another_municipality():
    found = relations("Wie op straat belandt, vertrekt meestal naar de opvang in Zwolle.")
    assert ("depends-on", OWN, "municipality/zwolle") in found
    assert ("oriented-towards", OWN, "municipality/zwolle") not in found


def test_sheltered_housing_elsewhere_gives_each_municipality_of_the_list():
    found = relations(
        "Beschermd wonen is een taak van de regio; wie daarop is aangewezen, moet meestal"
        " verhuizen naar Almere of Lelystad."
    )
    assert {
        ("depends-on", OWN, "municipality/almere"),
        ("depends-on", OWN, "municipality/lelystad"),
    } <= found


def test_no_shelter_no_dependence():
    found = relations("Voor hun studie gaan jongeren naar Zwolle.")
    assert ("depends-on", OWN, "municipality/zwolle") not in found


def test_a_shelter_denied_gives_none():
    found = relations("Daklozen gaan niet naar de opvang in Zwolle.")
    assert ("depends-on", OWN, "municipality/zwolle") not in found


def test_words_and_cues():
    assert shelter_in("de nachtopvang") and shelter_in("beschermd wonen")
    assert not shelter_in("de wachttijd")
    assert sheltering("kunnen terecht in de opvang in ", "daklozen kunnen terecht")
    assert not sheltering("gaan naar ", "jongeren gaan naar")


def test_the_centre_of_shelter_named_after_the_municipality():
    # "in X terecht" (the verb after), "X is centrumgemeente voor de opvang", "X, dat daarvoor
    # centrumgemeente is" in a sentence about shelter
    for sentence in (
        "Wie in de gemeente dakloos raakt, kan alleen in Zwolle terecht voor de nachtopvang.",
        "Zwolle is centrumgemeente voor de maatschappelijke opvang.",
        "De gemeente werkt voor beschermd wonen samen met Zwolle, dat daarvoor centrumgemeente is.",
    ):
        assert ("depends-on", OWN, "municipality/zwolle") in relations(sentence), sentence


def test_a_centre_or_a_place_to_go_without_shelter_gives_no_dependence():
    assert ("depends-on", OWN, "municipality/zwolle") not in relations(
        "Zwolle is centrumgemeente voor de jeugdhulp."
    )
    assert ("depends-on", OWN, "municipality/zwolle") not in relations(
        "Voor werk kunnen inwoners in Zwolle terecht."
    )


def test_day_care_and_child_care_are_no_shelter():
    assert not shelter_in("voor dagopvang moeten gezinnen uitwijken naar zwolle")
    assert not shelter_in("de kinderopvang en de naschoolse opvang in zwolle")
    assert shelter_in("de kinderopvang en de opvang voor daklozen")
    found = relations(
        "Voor dagopvang moeten gezinnen met een dementerende ouder soms uitwijken naar Zwolle."
    )
    assert ("depends-on", OWN, "municipality/zwolle") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the profile's municipality shelters: those it takes in depend on it, in any form
        "Wie in Heerlen of Kerkrade dakloos raakt, komt meestal in de opvang in Teststad terecht.",
        "Daklozen uit Heerlen en Kerkrade worden in Teststad opgevangen.",
        "Cliënten van beschermd wonen uit Heerlen en Kerkrade zijn in Teststad ondergebracht.",
        "Dak- en thuislozen uit Heerlen en Kerkrade kunnen in Teststad terecht.",
        "Jongeren uit Heerlen en Kerkrade die op straat belanden, gaan naar de opvang in Teststad.",
    ],
)
def test_those_the_own_shelter_takes_in_depend_on_it(sentence):
    found = relations(sentence)
    assert ("depends-on", "municipality/heerlen", OWN) in found
    assert ("depends-on", "municipality/kerkrade", OWN) in found


def test_going_home_is_no_shelter_of_the_own():
    found = relations("Cliënten in de opvang in Heerlen willen terug naar Teststad.")
    assert ("depends-on", "municipality/heerlen", OWN) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor beschermd wonen is Heerlen centrumgemeente.",
        "Voor de maatschappelijke opvang is Heerlen de centrumgemeente.",
        "Voor dak- en thuislozen blijft Heerlen de centrumgemeente.",
        "Voor de opvang van daklozen was Heerlen al centrumgemeente.",
    ],
)
def test_the_centre_of_shelter_named_with_the_verb_first(sentence):
    assert ("depends-on", OWN, "municipality/heerlen") in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor de jeugdhulp is Heerlen centrumgemeente.",  # no shelter
        "Voor beschermd wonen is Heerlen geen centrumgemeente meer.",  # denied
        "Voor beschermd wonen zijn Heerlen en Sittard in overleg.",  # no centre
    ],
)
def test_no_inverted_centre_without_shelter_or_the_role(sentence):
    assert ("depends-on", OWN, "municipality/heerlen") not in relations(sentence)


def test_a_centre_of_shelter_leads_no_body_of_the_sentence_before():
    found = relations(
        "Teststad koopt de jeugdhulp in via de Inkooporganisatie Jeugd Zuidland, samen met"
        " Delft en Zoetermeer. Voor beschermd wonen en maatschappelijke opvang is Delft"
        " centrumgemeente."
    )
    assert ("depends-on", OWN, "municipality/delft") in found
    assert not {r for r in found if r[0] == "lead-municipality"}


def test_shelter_run_through_a_centre_municipality_is_a_dependence():
    found = relations(
        "Teststad overlegt met Wierden en Ommen over beschermd wonen, dat via centrumgemeente"
        " Enschede loopt."
    )
    assert ("depends-on", OWN, "municipality/enschede") in found
    found = relations("De inkoop van de jeugdhulp loopt via centrumgemeente Enschede.")
    assert ("depends-on", OWN, "municipality/enschede") not in found  # no shelter named


def test_a_centre_for_the_task_further_on_leads_no_group_of_the_municipality():
    # the centre of shelter named for the task alone, sentences after the membership, is one
    # the municipality depends on; it does not lead the group the municipality is a member of
    found = relations(
        "Teststad maakt deel uit van Regio Vallei. De jeugdhulp wordt regionaal ingekocht."
        " Voor beschermd wonen en maatschappelijke opvang is Leusden centrumgemeente."
    )
    assert ("depends-on", OWN, "municipality/leusden") in found
    assert ("lead-municipality", "body/regio-vallei", "municipality/leusden") not in found


def test_a_centre_for_the_whole_region_further_on_still_leads_it():
    found = relations(
        "Teststad maakt deel uit van Regio Vallei. De jeugdhulp wordt regionaal ingekocht."
        " Leusden is centrumgemeente voor beschermd wonen in de regio."
    )
    assert ("lead-municipality", "body/regio-vallei", "municipality/leusden") in found
