"""Difficulties a procedure names (its case, what it watches for or prevents), invented."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.procedures import framed_by_procedure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the case a procedure applies to states no difficulty
        ("Bij een vermoeden van huiselijk geweld wordt Veilig Thuis ingeschakeld.", "neutral"),
        ("In geval van schulden verwijst het wijkteam door naar de kredietbank.", "neutral"),
        ("Bij signalen van kindermishandeling neemt de school contact op met het wijkteam.",
         "neutral"),
        ("Als er sprake is van een wachtlijst, zoekt de consulent samen met de cliënt naar "
         "een alternatief.", "neutral"),
        # what is watched for or prevented
        ("Het wijkteam let in gesprekken op signalen van overbelasting bij mantelzorgers.",
         "neutral"),
        ("Medewerkers zijn getraind in het herkennen van laaggeletterdheid.", "neutral"),
        ("De gemeente biedt mantelzorgers ondersteuning aan om overbelasting te voorkomen.",
         "neutral"),
        # the difficulty stated stays one
        ("Er komen steeds meer signalen van eenzaamheid binnen.", "negative"),
        ("Bij een vermoeden van huiselijk geweld duurt het te lang voordat er hulp komt.",
         "negative"),
    ],
)  # fmt: skip
def test_a_procedure_names_difficulties_without_stating_them(sentence, expected):
    assert polarity_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Wanneer er sprake is van ernstige verwaarlozing, grijpt de gemeente in.",
         "verwaarlozing", True),
        ("Om eenzaamheid tegen te gaan zijn er koffieochtenden.", "eenzaamheid", True),
        ("De eenzaamheid neemt toe, ook al is er veel te doen.", "eenzaamheid", False),
        ("Schulden zijn moeilijk te voorkomen.", "Schulden", False),  # no "om": a verdict
    ],
)  # fmt: skip
def test_framed_by_procedure(sentence, word, expected):
    a = sentence.index(word)
    assert framed_by_procedure(sentence, a, a + len(word)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an item a report lists is a measure, not a difficulty stated
        ("De raad ontvangt elk kwartaal een monitor met het aantal cliënten, de wachttijden "
         "en de uitgaven.", "neutral"),
        ("In de rapportage staan de wachttijden per voorziening.", "neutral"),
        ("Het college rapporteert twee keer per jaar over de wachtlijsten en het aantal "
         "bezwaarschriften.", "neutral"),
        # what a report shows, or a problem qualified, is stated
        ("De monitor laat zien dat de wachttijden oplopen.", "negative"),
        ("De monitor toont oplopende wachttijden.", "negative"),
        ("De rapportage over de wachtlijsten komt te laat.", "negative"),
    ],
)  # fmt: skip
def test_an_item_a_report_lists_is_no_difficulty(sentence, expected):
    assert polarity_of(sentence) == expected


def test_items_a_report_shows():
    s = "De dashboards tonen de wachttijden en het aantal cliënten per wijk."
    assert polarity_of(s) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # a free relative "wie" names whoever is in a case: the case a provision applies to
        "Wie dakloos raakt, kan alleen terecht in de nachtopvang in Apeldoorn.",
        "Wie in Epe of Heerde schulden heeft, kan aankloppen bij de kredietbank in Zwolle.",
        "Het loket is in het gemeentehuis; wie eenzaam is, kan daar een maatje vragen.",
        "Wie na de jeugdhulp dakloos raakt, komt meestal in de opvang in Arnhem terecht.",
    ],
)
def test_whoever_is_in_a_case_states_no_problem(sentence):
    assert polarity_of(sentence) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        # what the main clause states still judges; a "wie" inside a clause is no free relative
        "Wie schulden heeft, wacht drie maanden op een eerste gesprek.",
        "Het team ziet bij wie de schulden oplopen, zegt de consulent.",
        "Veel inwoners van het dorp hebben schulden.",
    ],
)
def test_a_problem_outside_a_whoever_clause_is_stated(sentence):
    assert polarity_of(sentence) == "negative"
