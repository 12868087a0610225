"""Tests for kg.extract.sourceheadings: a heading line that names the source of its block."""

from __future__ import annotations

import pytest

from kg.extract.sourceheadings import gate, source_heading


@pytest.mark.parametrize(
    "line",
    [
        # the study's talks with a party
        "Uit de gesprekken met beleidsmedewerkers:",
        "Uit het gesprek met de directeur van de bibliotheek:",
        "Uit de drie gesprekken met jeugdconsulenten:",
        "Uit de eerdere interviews met mantelzorgers:",
        "Uit een gesprek met de teamleider:",
        "In gesprekken met schoolmaatschappelijk werkers:",
        "In het interview met de portefeuillehouder:",
        "Gesprekken met zorgaanbieders en huisartsen:",
        "Interview met de voorzitter van de adviesraad:",
        # a party after "volgens", alone or after a short lead-in
        "Volgens de buurtcoaches:",
        "Volgens medewerkers van het sociaal team:",
        "Zorgpunten volgens de cliëntenraad:",
        "Signalen volgens de huisartsen uit de regio:",
        "De belangrijkste knelpunten volgens de ouders:",
        # a trailing space after the colon
        "Uit de gesprekken met wijkverpleegkundigen:  ",
    ],
)
def test_a_line_naming_the_source_of_its_block(line):
    assert source_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        # no source: a plain heading or a key-value line
        "Kerncijfers:",
        "De cijfers op een rij:",
        "Wachttijden: lang.",
        "Overleg met de buurgemeenten:",
        # a clause of its own, or no closing colon
        "Uit de gesprekken met ouders kwam naar voren dat de wachttijd lang is.",
        "Uit de gesprekken met ouders",
        "Volgens de raadsleden, en ook de wethouder, gaat het goed:",
        "Volgens de wethouder is het zo. Verder:",
        "We geven het volgende weer over de interviews met ouders:",
        "Dit is wat de teamleiders, de coaches en de huisartsen volgens eigen zeggen merken:",
    ],
)
def test_a_line_naming_no_source(line):
    assert not source_heading(line)


def test_the_line_is_read_between_its_offsets():
    text = "Zorg\n\nUit de gesprekken met wijkcoaches:\n\nDruk: hoog."
    start = text.index("Uit")
    end = text.index(":") + 1
    assert source_heading(text, start, end)
    assert not source_heading(text, text.index("Druk"), len(text))
    assert not source_heading(text, start, start)


def test_the_gate_asks_for_the_heading_words():
    assert gate("uit het gesprek met x:")
    assert gate("knelpunten volgens de coaches:")
    assert gate("uit interviews met ouders:")
    assert not gate("het overleg met de buren:")


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        ("Volgens de jongerenwerkers:", True),
        ("Uit de gesprekken met de schoolleiders:", True),
        ("Zorgpunten volgens de cliëntenraad:", False),
        ("Wat goed gaat volgens de coaches:", False),
    ],
)
def test_without_a_lead_in_only_a_line_opening_with_its_source_words(line, opening):
    assert source_heading(line)
    assert source_heading(line, lead_in=False) is opening
