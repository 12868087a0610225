from kg.extract.risingcounts import CARE_COUNTS, growing_demand, rising_care
from kg.extract.tone import polarity


def test_rise_of_clients_with_its_cause_is_a_growing_demand() -> None:
    s = "Het aantal cliënten met begeleiding steeg van 780 naar 900, vooral door de AWBZ."
    assert rising_care(s, 0, len(s))
    assert polarity(s, 0, len(s), []) == "negative"


def test_reported_rise_of_a_group_in_care_is_negative() -> None:
    s = "De wethouder antwoordt dat het aantal jeugdigen met een indicatie is gestegen."
    assert rising_care(s, 0, len(s))
    s = "Een schuldhulpverlener meldt dat het aantal aanvragen steeg van 610 naar 740."
    assert rising_care(s, 0, len(s))


def test_bare_rise_is_a_figure() -> None:
    s = "Het aantal cliënten met begeleiding steeg van 610 naar 720."
    assert not rising_care(s, 0, len(s))


def test_population_and_falls_are_no_demand_for_care() -> None:
    s = "De gemeente groeide snel, en het aantal inwoners steeg tot 44.000, zo meldt het CBS."
    assert not rising_care(s, 0, len(s))
    s = "Het aantal cliënten met huishoudelijke hulp nam met 9% af, door de strengere toegang."
    assert not rising_care(s, 0, len(s))
    assert "statushouders" not in CARE_COUNTS


def test_more_and_more_people_asking_for_help_is_a_growing_demand() -> None:
    s = "Volgens de schuldhulpverlener kloppen steeds meer jonge gezinnen aan."
    assert growing_demand(s, 0, len(s))
    assert polarity(s, 0, len(s), []) == "negative"
    s = "Een groeiend aantal ouderen meldt zich bij het loket."
    assert growing_demand(s, 0, len(s))
    s = "Steeds meer gezinnen weten het wijkteam te vinden."
    assert not growing_demand(s, 0, len(s))
