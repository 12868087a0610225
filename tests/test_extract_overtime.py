"""kg.extract.overtime: a change over time is an increase or a decrease, a level keeps its
direction (annotation guideline, ``tests/gold/README.md``). Invented sentences only."""

from __future__ import annotations

import pytest

from kg.extract.overtime import as_change, changed
from tests.extract_helpers import extract_text


def _comparisons(sentence: str) -> list[tuple[str | None, str | None]]:
    doc, ex = extract_text(sentence)
    return [(i.comparison, i.reference) for i in ex.indicators if i.comparison]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het aantal meldingen bij de jeugdzorg is dit jaar sterk gestegen.", "increase"),
        ("De wachttijd voor een keukentafelgesprek loopt steeds verder op.", "increase"),
        ("Volgens de wijkteams neemt het aantal eenzame ouderen snel toe.", "increase"),
        ("De gemeente ziet steeds meer jongeren met schulden.", "increase"),
        ("De eigen bijdrage voor de huishoudelijke hulp is verlaagd.", "decrease"),
        ("Het budget voor de Wmo daalt de komende jaren.", "decrease"),
        ("Het aantal cliënten ging van 300 naar 250.", "decrease"),
        ("Het aantal bijstandsgerechtigden is met 12% gedaald.", "decrease"),
        ("De bevolking van de kleine kernen vergrijst snel.", "increase"),
        ("Veel dorpen ontgroenen doordat jongeren naar de stad trekken.", "decrease"),
        ("In de kleine kernen is sprake van een sterke vergrijzing.", "increase"),
    ],
)
def test_a_change_over_time_is_an_increase_or_a_decrease(sentence, expected):
    assert expected in [c for c, _ in _comparisons(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het gebruik van de Wmo ligt hoger dan het landelijk gemiddelde.", "higher"),
        ("De werkloosheid is lager dan in de regio.", "lower"),
        ("Het aandeel ouderen ligt 4% boven het gemiddelde.", "higher"),
    ],
)
def test_a_level_against_a_reference_keeps_its_direction(sentence, expected):
    found = [c for c, _ in _comparisons(sentence)]
    assert expected in found
    assert "increase" not in found and "decrease" not in found


def test_a_figure_against_its_own_earlier_value_is_a_change():
    found = _comparisons("Het aantal meldingen is dit jaar twee keer zo hoog als in 2014.")
    assert ("increase", "2014") in found  # the earlier moment the text names


@pytest.mark.parametrize(
    "quote",
    [
        "het aantal is flink toegenomen",
        "de kosten lopen op",
        "een daling van de lasten",
        "steeds vaker alleen",
        "de gemeente gaat er op achteruit",
        "het groeiende aantal",
    ],
)
def test_words_of_change(quote):
    assert changed(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "het aantal is hoger dan gemiddeld",
        "nog steeds meer dan landelijk",
        "een op de acht kinderen groeit op in armoede",
        "er lopen weinig trajecten",
    ],
)
def test_no_word_of_change(quote):
    assert not changed(quote)


def test_as_change_keeps_other_values():
    assert [as_change(c) for c in ("higher", "less", "equal", None)] == [
        "increase",
        "decrease",
        "equal",
        None,
    ]


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Het aantal cliënten is hoger dan vorig jaar.", "previous year"),
        ("Het aantal meldingen ligt lager dan in 2014.", "2014"),  # the year the text names
        ("De kosten van de Wmo zijn hoger dan een jaar eerder.", "previous year"),
    ],
)
def test_a_level_against_an_earlier_moment_is_a_change_with_that_reference(sentence, reference):
    assert {r for c, r in _comparisons(sentence) if c in {"increase", "decrease"}} == {reference}


def test_a_level_against_the_national_average_is_no_change():
    assert _comparisons("Het aantal cliënten is hoger dan landelijk.") == [
        ("higher", "national average")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aantal jeugdigen met jeugdhulp is sterker gestegen dan in de regio.",
            ("higher", "regional average"),
        ),
        ("De kosten van de Wmo stegen harder dan landelijk.", ("higher", "national average")),
        (
            "De werkloosheid daalde minder snel dan in de provincie.",
            ("higher", "provincial average"),
        ),
    ],
)
def test_a_change_set_against_another_place_is_a_level_with_its_reference(sentence, expected):
    assert expected in _comparisons(sentence)


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Het aantal cliënten van de Wmo is ten opzichte van 2015 gestegen.", "2015"),
        ("Vergeleken met vorig jaar is het aantal meldingen flink toegenomen.", "previous year"),
    ],
)
def test_a_change_since_an_earlier_moment_has_that_moment_as_reference(sentence, reference):
    assert _comparisons(sentence)[0][1] == reference


@pytest.mark.parametrize(
    "sentence",
    ["De wachtlijsten voor de thuiszorg worden langer.", "De tekorten werden fors groter."],
)
def test_becoming_more_is_a_change(sentence):
    assert changed(sentence.lower())


def test_being_more_is_no_change():
    assert not changed("de wachtlijsten zijn langer dan in de regio")


def test_a_waiting_list_that_grows_longer_is_an_increase():
    assert _comparisons("De wachtlijsten voor de jeugd-ggz worden langer.") == [("increase", None)]


def test_having_become_shorter_is_a_decrease():
    assert _comparisons("De doorlooptijden voor een indicatie zijn korter geworden.") == [
        ("decrease", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal ondertoezichtstellingen nam in een jaar tijd toe met 12%.",
        "De caseload is in een jaar tijd opgelopen tot gemiddeld 45 huishoudens.",
        "Het aantal meldingen nam in een jaar met 20% toe, tot 380.",
    ],
)
def test_a_change_within_a_year_is_against_the_year_before(sentence):
    _, ex = extract_text(sentence)
    figures = [i for i in ex.indicators if i.value is not None]
    assert figures and all(
        (i.comparison, i.reference) == ("increase", "previous year") for i in figures
    )


def test_a_change_without_its_time_has_no_earlier_moment():
    _, ex = extract_text("Het aantal meldingen nam met 20% toe. Dat was een jaar geleden anders.")
    assert [(i.comparison, i.reference) for i in ex.indicators if i.value] == [("increase", None)]
