"""The vocabularies of reported speech: what reports, what only looks like it."""

from __future__ import annotations

import re

import pytest

from kg.extract.speechcues import FUNCTION, NOT_REPORTING, PARTICIPLES, QUANT, REPORTING


@pytest.mark.parametrize(
    "phrase",
    [
        "vertellen",
        "geven daarbij aan",
        "hebben aangegeven",
        "heeft in het gesprek verteld",
        "klagen",
        "zijn kritisch",
        "is zich ervan bewust",
        "maken zich zorgen",
        "reageren positief",
        "geeft als reden",
        "naar eigen zeggen",
        "merken",
        "weten dat",
        "realiseren zich",
        "geven te kennen",
        "hebben graag",
        "zijn verbaasd",
        "zijn er zeker van",
        "hebben erop gewezen",
    ],
)
def test_reporting_phrases(phrase):
    assert REPORTING.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["werken", "wonen", "verwijzen", "hebben de voorwaarden gesteld", "weten de weg", "acht"],
)
def test_phrases_that_do_not_report(phrase):
    assert not REPORTING.match(phrase)


def test_taking_place_and_supervising_are_not_reports():
    assert NOT_REPORTING.match(" vindt in het najaar plaats")
    assert NOT_REPORTING.match(" ziet toe op de kwaliteit")
    assert not NOT_REPORTING.match(" vindt dat het beter kan")
    assert NOT_REPORTING.match(" stelt de kaders vast")
    assert not NOT_REPORTING.match(" stelt vast dat de kosten stijgen")


def test_a_function_of_a_group_takes_an_optional_article():
    function = re.compile(rf"^{FUNCTION}$", re.IGNORECASE)
    assert function.match("voorzitter van de")
    assert function.match("directeuren van")
    assert not function.match("inwoners van de")


def test_quantifiers_and_participles():
    assert re.fullmatch(QUANT, "een deel van de")
    assert re.fullmatch(QUANT, "betrokken")
    assert re.fullmatch(PARTICIPLES, "aangegeven")
    assert not re.fullmatch(PARTICIPLES, "gewaardeerd")  # appreciation in the passive is a fact
