import pytest

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


@pytest.mark.parametrize(
    "sentence",
    [
        # a growing number of the elderly (ageing), with a remark; the inverted order too
        "Volgens de provincie groeit het aantal 80-plussers tot 2030 met de helft.",
        "De GGD verwacht dat het aantal 85-plussers de komende jaren verdubbelt.",
        "Volgens het planbureau stijgt het aantal hoogbejaarden in de dorpen snel.",
        "Het aantal 75-plussers neemt tot 2025 met een kwart toe, zegt de ouderenadviseur.",
        # the tail of a joined word counts: "Wmo-cliënten"
        "Het aantal Wmo-cliënten steeg in 2016 met 12%, vooral door de jeugd-ggz.",
    ],
)
def test_growing_number_of_elderly_or_joined_clients_is_a_growing_demand(sentence) -> None:
    assert rising_care(sentence, 0, len(sentence))
    assert polarity(sentence, 0, len(sentence), []) == "negative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal 75-plussers groeit tot 2025 met ongeveer de helft.",  # a bare figure
        "Volgens de provincie groeit het aantal inwoners tot 2030 met 5%.",  # the population
        "Volgens het CBS neemt het aantal 75-plussers af.",  # a fall
        "Volgens de gemeente groeit het aantal vrijwilligers gestaag.",  # no care, no elderly
    ],
)
def test_no_growing_demand_of_elderly(sentence) -> None:
    assert not rising_care(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition that restates the figure is no remark on it
        "Het aantal Wmo-cliënten steeg van 900 naar 1.080, een stijging van 20%.",
        "Het aantal aanvragen groeide van 300 naar 360, een toename van een vijfde.",
        "Het aantal cliënten met begeleiding steeg tot 510, 12% meer dan in 2015.",
        "Het aantal meldingen nam toe tot 240, ruim een kwart meer dan een jaar eerder.",
    ],
)
def test_an_apposition_restating_the_rise_is_no_remark(sentence) -> None:
    assert not rising_care(sentence, 0, len(sentence))
