"""One provision per place or unit of organisation (kg/extract/perunit.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.perunit import one_per_unit
from tests.extract_helpers import extract_text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # the provision first, the unit after a preposition
        (
            "Inmiddels is er een vaste wijkverpleegkundige voor elke dorpskern.",
            "een vaste wijkverpleegkundige voor elke dorpskern",
        ),
        (
            "De GGD plaatste een jeugdverpleegkundige van het centrum bij iedere school.",
            "een jeugdverpleegkundige van het centrum bij iedere school",
        ),
        # the unit first, after a preposition
        (
            "Het welzijnswerk opende in elke wijk een inloophuis voor ouderen.",
            "in elke wijk een inloophuis",
        ),
        (
            "Sindsdien zit op iedere middelbare school sinds 2017 een vaste jongerencoach.",
            "op iedere middelbare school sinds 2017 een vaste jongerencoach",
        ),
        # the unit as subject with a verb of having
        (
            "Volgens de wethouder heeft elk gebiedsteam een eigen gedragsdeskundige.",
            "heeft elk gebiedsteam een eigen gedragsdeskundige",
        ),
        (
            "Ouders zijn blij dat iedere basisschool nu een aanspreekpunt heeft.",
            "iedere basisschool nu een aanspreekpunt",
        ),
        (
            "Sinds vorig jaar werkt elk wijkteam met een vaste schuldhulpverlener.",
            "elk wijkteam met een vaste schuldhulpverlener",
        ),
    ],
)
def test_one_per_unit_is_a_count_of_one(sentence, span):
    found = one_per_unit(sentence, 0, len(sentence))
    assert [(sentence[n.start : n.end], n.value, n.unit) for n in found] == [
        (span, Decimal(1), "count")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # denied or restricted
        "Er is nog lang niet op elke school een vaste contactpersoon.",
        "Niet elk team heeft een eigen jurist.",
        # plural provisions: no "een"
        "Het college koos voor buurtteams in elke wijk.",
        # a vague amount or a frequency after "een"
        "In elke kern wonen een paar gezinnen met schulden.",
        "Het team komt in elke wijk een keer per maand bijeen.",
        # units outside the list: a procedure per application, per hour, the municipality
        "De raad vroeg om bij elke aanvraag binnen zes weken een besluit te nemen.",
        "Je hoeft niet voor elk uur een formulier in te vullen.",
        "Elke gemeente in de regio hanteert een eigen tarief.",
        # a noun of manner or character: how the units differ, not how many
        "Volgens de wethouder heeft elke wijk een eigen aanpak.",
        "Elke dorpskern kent een eigen karakter.",
        # no "elk(e)" or "ieder(e)" at all
        "Op de school is een vaste contactpersoon.",
    ],
)
def test_not_one_per_unit(sentence):
    assert one_per_unit(sentence, 0, len(sentence)) == []


def test_the_extraction_reads_one_per_unit_without_a_measure():
    _doc, ex = extract_text("Het sociaal team houdt in iedere dorpskern een wekelijks spreekuur.")
    found = [(i.value, i.unit, i.measure) for i in ex.indicators]
    assert found == [(Decimal(1), "count", None)]
