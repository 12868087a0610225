"""Comparisons with other municipalities (kg.extract.relationcomparisons), invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.relationcomparisons import PLAIN_LIST_ROWS, ROWS
from kg.extract.relationcuerows import ROWS as LATER_ROWS
from kg.extract.relationcues import CUES
from tests.test_extract_relations import OWN, relations

HEERLEN = ("compares-with", OWN, "municipality/heerlen")
KERKRADE = ("compares-with", OWN, "municipality/kerkrade")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparative with "dan" and a noun phrase placing the others
        (
            "Jongeren krijgen hier vaker jeugdhulp dan de jongeren in Heerlen en Kerkrade.",
            {HEERLEN, KERKRADE},
        ),
        (
            "Huisartsen verwijzen vaker door dan hun collega's in Heerlen of Kerkrade.",
            {HEERLEN, KERKRADE},
        ),
        ("De wachttijd is langer dan die van Heerlen.", {HEERLEN}),
        ("Het gebruik ligt hoger dan in Heerlen (8%) en Kerkrade (7%).", {HEERLEN, KERKRADE}),
        (
            "Het aandeel bedraagt 15%, duidelijk lager dan in Heerlen (21%) en Kerkrade.",
            {HEERLEN, KERKRADE},
        ),
        # an equal or a multiple in one word
        ("Er zijn ruim twee keer zoveel uitkeringen als in Heerlen.", {HEERLEN}),
        ("Het aantal meldingen was evenvaak als bij Kerkrade.", {KERKRADE}),
        ("Er zijn anderhalf keer zoveel als in Heerlen en Kerkrade.", {HEERLEN, KERKRADE}),
        ("Het aantal klachten is evenveel als in Kerkrade.", {KERKRADE}),
        # a gapped clause that leaves the own figure out
        (
            "De werkloosheid kwam uit op 6%; in Heerlen lag die hoger, in Kerkrade lager.",
            {HEERLEN, KERKRADE},
        ),
        ("In 2015 had 8% een uitkering; in Heerlen was dat hoger.", {HEERLEN}),
        (
            "Het aandeel is 20%: in Heerlen en Kerkrade ligt het aandeel beduidend lager.",
            {HEERLEN, KERKRADE},
        ),
        ("In Heerlen zijn de wachtlijsten korter, zegt de wethouder.", {HEERLEN}),
        (
            "Het gebruik ligt hier lager: in Heerlen en Kerkrade maken ouderen vaker gebruik van"
            " de hulp dan in de stad.",
            {HEERLEN, KERKRADE},
        ),
    ],
)
def test_comparisons(sentence, expected):
    assert relations(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In Heerlen werd de wachtlijst langer dan in 2014.",  # a time compared
        "In Heerlen is het aantal daklozen hoger geworden.",  # a change
        "In Heerlen wordt de groep ouderen steeds groter.",
        "Meer dan de helft van de inwoners woont in Heerlen.",  # a figure, no comparison
    ],
)
def test_no_comparison(sentence):
    assert relations(sentence) == set()


def test_the_own_level_is_compared_whoever_says_so():
    found = relations(
        "Eenzaamheid is volgens de GGD Zuid hier groter dan in de kernen van Heerlen."
    )
    assert {r for r in found if r[0] == "compares-with"} <= {HEERLEN}


def test_rows_are_comparisons_in_the_cue_table():
    assert {row[1] for row in ROWS} == {"compares-with"}
    assert {row[0] for row in ROWS} <= {p.pattern for p, _, _ in CUES}


def test_plain_list_rows_are_comparisons_in_their_place_among_the_later_rows():
    assert {row[1] for row in PLAIN_LIST_ROWS} == {"compares-with"}
    at = LATER_ROWS.index(PLAIN_LIST_ROWS[0])
    assert LATER_ROWS[at : at + len(PLAIN_LIST_ROWS)] == PLAIN_LIST_ROWS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plain list right after "dan", also after a neighbour noun
        ("De wachttijd is korter dan in Heerlen en Kerkrade.", {HEERLEN, KERKRADE}),
        ("Het gebruik ligt lager dan buurgemeente Heerlen.", {HEERLEN}),
        # an equal or a multiple in two words
        ("Er zijn twee keer zo veel meldingen als in Kerkrade.", {KERKRADE}),
        ("De kosten zijn even hoog als bij Heerlen.", {HEERLEN}),
    ],
)
def test_a_plain_list_of_others(sentence, expected):
    assert {r for r in relations(sentence) if r[0] == "compares-with"} == expected


def test_an_equal_level_with_evenveel_als_in():
    found = relations(
        "Per 1.000 inwoners zijn er 24 uitkeringen, ongeveer evenveel als in het naburige Leusden."
    )
    assert ("compares-with", OWN, "municipality/leusden") in found


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Per 1.000 inwoners zijn er 38 uitkeringen, ruim twee keer zoveel als in buurgemeente"
            " Leusden.",
            "leusden",
        ),
        (
            "Het aandeel jongeren met jeugdhulp is drie keer zoveel als bij buurgemeente Heerlen.",
            "heerlen",
        ),
        ("Bewoners melden zich hier twee keer zovaak als in buurgemeente Zeist.", "zeist"),
        ("Het aantal daklozen is half zoveel als in de buurstad Amersfoort.", "amersfoort"),
    ],
)
def test_a_multiple_written_as_one_word_with_a_bare_neighbour_noun(sentence, other):
    assert ("compares-with", OWN, f"municipality/{other}") in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad telt in 2016 twee keer zoveel aanvragen als in 2014.",
        "Er kwamen twee keer zoveel mensen als in het voorjaar.",
    ],
)
def test_a_multiple_of_an_earlier_year_compares_with_no_municipality(sentence):
    assert not any(kind == "compares-with" for kind, _, _ in relations(sentence))
