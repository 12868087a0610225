"""Tests for kg.extract.entrylines: the dated heading of a diary's entry (invented lines)."""

from __future__ import annotations

import pytest

from kg.extract.entrylines import entry_line


def _first(text: str) -> bool:
    """Whether the first sentence of ``text`` (up to its first ". ") is an entry line."""
    end = text.find(". ") + 1 or len(text)
    return entry_line(text, 0, end)


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdag 7 mei, bibliotheek in Dalen. De bibliothecaris vertelt over de leesclub.",
        "Vrijdagochtend. Het buurthuis is nog dicht.",
        "Donderdag, na de lunch. Ik loop langs het wijkcentrum.",
        "Zondagavond, weer thuis. Tijd om de aantekeningen uit te werken.",
        "Maandag 3 oktober 2016. De teamleider neemt mij mee naar de huisbezoeken.",
        "14 juni, gemeentekantoor. Twee consulenten laten de registratie zien.",
        "Woensdagmiddag, ’s middags in de bus naar Assen. Onderweg lees ik de nota.",
        "Dinsdag, later.",
        "’s Avonds, in het hotel. De cijfers van de dag lees ik nog eens door.",
        "’s Ochtends. Het eerste gesprek is met de teamleider.",
        "Dag 3, Hoogeveen. De wethouder ontvangt mij op het gemeentehuis.",
        "Dag 12. Terug naar huis.",
    ],
)
def test_a_dated_line_opening_a_paragraph_is_an_entry_line(text):
    assert _first(text)


def test_a_dated_line_on_a_line_of_its_own_after_a_paragraph_is_an_entry_line():
    text = "Het loket sluit om vijf uur.\n\nDonderdag 9 juni.\n\nDe wethouder is op bezoek."
    start = text.index("Donderdag")
    assert entry_line(text, start, text.index(".", start) + 1)


@pytest.mark.parametrize(
    "text",
    [
        "Dinsdag 12 april sprak ik de wethouder over de wachtlijsten.",
        "Vrijdag is de markt in het dorp het drukst.",
        "Maandag, ik reis vroeg af naar de gemeente.",
        "Zaterdag, het is stil in het gemeentehuis.",
        "Woensdagmiddag hebben de teams hun overleg.",
        "Op 1 januari 2015 ging de Jeugdwet in.",
        "14 juni besloot de raad tot een nieuwe verordening.",
        "’s Avonds is het stil in het buurthuis.",
        "Dag en nacht staat de telefoon van het crisisteam aan.",
        "Dagelijks komen er drie nieuwe aanmeldingen binnen.",
        "Maandagavond, toen de raad vergaderde over de begroting en de wethouder een "
        "toelichting gaf op de tekorten in de jeugdhulp van de afgelopen twee jaar.",
    ],
)
def test_a_dated_clause_is_no_entry_line(text):
    assert not _first(text)


def test_a_dated_line_inside_a_paragraph_is_no_entry_line():
    text = "Het spreekuur is voorbij. Dinsdagavond."
    assert not entry_line(text, text.index("D"), len(text))


@pytest.mark.parametrize(
    "line",
    ["22 september 2016", "Geplaatst op 4 juli 2016", "Vrijdag 20 mei", "3-11-2016", "Dinsdag"],
)
def test_a_date_on_a_line_of_its_own_without_a_full_stop_is_an_entry_line(line):
    text = f"Het loket was vol.\n\n{line}\n\nDe consulent belt de familie terug."
    start = text.index(line)
    assert entry_line(text, start, start + len(line))


@pytest.mark.parametrize(
    "line",
    ["22 september 2016 opende het nieuwe loket", "Geplaatst op de wachtlijst", "Mei 2016"],
)
def test_a_line_of_its_own_that_goes_on_or_lacks_a_day_is_no_entry_line(line):
    text = f"Het loket was vol.\n\n{line}\n\nDe consulent belt de familie terug."
    start = text.index(line)
    assert not entry_line(text, start, start + len(line))


def test_an_unclosed_date_inside_a_line_is_no_entry_line():
    text = "14 maart 2016 en verder"
    assert not entry_line(text, 0, len("14 maart 2016"))
