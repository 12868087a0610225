"""Duplicated administration reads as a complaint (invented claims, no profile's words)."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.duplicatework import duplicated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a small number of registers for one case
        ("Een thuiszorgaanbieder houdt voor elke cliënt twee aparte dossiers bij.", True),
        ("Consulenten werken per gezin in vier verschillende systemen.", True),
        ("Wie in drie gemeenten levert, krijgt drie sets declaraties terug.", True),
        ("Volgens de Wmo-raad levert één aanvraag soms twee beschikkingen op.", True),
        # copies, repetition and the load itself
        ("Het jaarverslag gaat in viervoud naar de regio.", True),
        ("Elke melding moet twee keer worden ingevoerd in het registratiesysteem.", True),
        ("De zorgaanbieder factureert dubbel, bij gemeente en zorgkantoor.", True),
        ("Sinds de transitie is het papierwerk verdubbeld.", True),
        ("Medewerkers spreken van dubbel werk bij elke herindicatie.", True),
        # not duplication: a rate, a caseload, a ratio, a denial, another noun
        ("De raad ontvangt drie rapportages per jaar.", False),
        ("Een consulent beheert gemiddeld veertig dossiers.", False),
        ("Het aantal aanvragen is twee keer zo hoog als in 2014.", False),
        ("De gemeente koos bewust voor geen twee systemen naast elkaar.", False),
        ("Het sociaal team telt drie wijkverpleegkundigen.", False),
        ("De wethouder bezoekt de teams twee keer per maand.", False),
        ("In de wijk is sprake van een dubbele vergrijzing.", False),
    ],
)
def test_duplicated(sentence, expected):
    assert duplicated(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de wijkverpleegkundigen vult een cliënt bij drie instanties drie formulieren in.",
        "De jeugdconsulenten registreren elke casus twee keer, voor de gemeente en voor de regio.",
        "Aanbieders: per cliënt twee systemen, één van de gemeente en één van het zorgkantoor.",
        "Een teamleider vertelt dat elk plan in drievoud wordt opgesteld.",
    ],
)
def test_duplication_alone_is_negative(sentence):
    assert polarity_of(sentence) == "negative"


def test_duplication_judged_otherwise_keeps_its_judgement():
    s = "De consulenten zijn tevreden dat zij nu in één systeem werken in plaats van drie systemen."
    assert polarity_of(s) != "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aanbieders moeten per cliënt twee keer dezelfde gegevens aanleveren.", True),
        ("De gemeente levert haar gegevens twee keer per jaar aan het CBS.", False),
    ],
)
def test_data_delivered_twice(sentence, expected):
    # supplying the same data more than once is duplication; a rate is not
    assert duplicated(sentence, 0, len(sentence)) is expected
