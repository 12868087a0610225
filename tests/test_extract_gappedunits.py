"""Tests for kg.extract.gappedunits: a bare number takes the unit just named."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.numbers import find_numbers


def _figures(text: str) -> list[tuple[str, Decimal | None, str]]:
    return [(text[n.start : n.end], n.value, n.unit) for n in find_numbers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Een intake volgt binnen twee weken, bij drukte binnen zes.", "zes", 6, "weeks"),
        ("De behandeling duurt vier maanden; de norm is drie.", "drie", 3, "months"),
        (
            "Er zijn 35 uitkeringen per 1.000 inwoners; in de regio zijn dat er 27.",
            "27",
            27,
            "per 1000 inhabitants",
        ),
    ],
)
def test_a_bare_number_after_a_span_or_rate_takes_its_unit(text, quote, value, unit):
    assert _figures(text)[-1] == (quote, Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Er zijn twaalf wijkteams, in 2014 nog tien.",
        "Na zes weken daalde het aantal klachten van 40 naar 25.",
        "De termijn is acht weken sinds 2015.",
        "De wachttijd is zes weken; het aantal wachtenden is 120.",
        "Binnen vier weken kwamen er meldingen binnen, in totaal 250.",
    ],
)
def test_no_unit_is_carried_to_a_count_or_a_year(text):
    assert all(u != "weeks" for q, _, u in _figures(text) if not q.endswith("weken"))
