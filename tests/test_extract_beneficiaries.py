"""For whom a task is carried out (kg.extract.beneficiaries), on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_relations import OWN, relations

WERKPLEIN = "body/werkplein-heuvelrand"
HEERLEN = "municipality/heerlen"
LANDGRAAF = "municipality/landgraaf"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Werkplein Heuvelrand voert de Participatiewet uit voor Heerlen.",
            {("executes-for", WERKPLEIN, HEERLEN)},
        ),
        (
            "Werkplein Heuvelrand voert voor de gemeente de Participatiewet uit.",
            {("executes-for", WERKPLEIN, OWN)},
        ),
        (
            "Werkplein Heuvelrand voert de Participatiewet uit voor de gemeenten Heerlen en"
            " Landgraaf.",
            {("executes-for", WERKPLEIN, HEERLEN), ("executes-for", WERKPLEIN, LANDGRAAF)},
        ),
        (
            "Werkplein Heuvelrand voert de Participatiewet uit voor Heerlen en de gemeente.",
            {("executes-for", WERKPLEIN, HEERLEN), ("executes-for", WERKPLEIN, OWN)},
        ),
    ],
)
def test_the_party_after_voor_is_the_beneficiary(sentence, expected):
    assert expected <= relations(sentence)


def test_a_party_not_right_after_voor_is_no_beneficiary():
    got = relations("Werkplein Heuvelrand voert de Participatiewet uit voor inwoners van Heerlen.")
    assert ("executes-for", WERKPLEIN, HEERLEN) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "De jeugdhulp voor Heerlen en Landgraaf wordt uitgevoerd door Werkplein Heuvelrand.",
        "De Participatiewet is voor Heerlen en Landgraaf ondergebracht bij Werkplein Heuvelrand.",
        "Voor Heerlen en Landgraaf voert Werkplein Heuvelrand de Participatiewet uit.",
    ],
)
def test_the_parties_after_voor_before_the_cue_are_the_beneficiaries(sentence):
    got = relations(sentence)
    assert {("executes-for", WERKPLEIN, HEERLEN), ("executes-for", WERKPLEIN, LANDGRAAF)} <= got
    assert ("executes-for", WERKPLEIN, OWN) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "De jeugdhulp voor inwoners van Heerlen wordt uitgevoerd door Werkplein Heuvelrand.",
        "Voor de jeugdhulp wordt de uitvoering belegd bij Werkplein Heuvelrand.",
    ],
)
def test_no_party_right_after_voor_leaves_the_municipality(sentence):
    got = relations(sentence)
    assert ("executes-for", WERKPLEIN, OWN) in got
    assert ("executes-for", WERKPLEIN, HEERLEN) not in got


def test_the_parties_a_purchase_is_for_buy_via_the_region():
    got = relations(
        "De jeugdhulp voor Heerlen en Landgraaf wordt ingekocht via de Jeugdregio Heuvelrand."
    )
    region = "region/jeugdregio-heuvelrand"
    assert {("purchases-via", HEERLEN, region), ("purchases-via", LANDGRAAF, region)} <= got
    assert ("purchases-via", OWN, region) not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a task done in municipalities is done for them
        (
            "Werkplein Heuvelrand verzorgt de re-integratie in Heerlen en Landgraaf.",
            {("executes-for", WERKPLEIN, HEERLEN), ("executes-for", WERKPLEIN, LANDGRAAF)},
        ),
        (
            "Werkplein Heuvelrand voert in Heerlen de Participatiewet uit.",
            {("executes-for", WERKPLEIN, HEERLEN)},
        ),
        # a year after "in" is no place of the task: done for the profile's municipality
        (
            "Werkplein Heuvelrand voert in 2016 de Participatiewet uit.",
            {("executes-for", WERKPLEIN, OWN)},
        ),
    ],
)
def test_a_task_done_in_a_municipality_is_done_for_it(sentence, expected):
    assert relations(sentence) == expected


def test_a_negated_task_in_a_municipality_gives_none():
    assert relations("Werkplein Heuvelrand voert in Heerlen geen Participatiewet uit.") == set()


def test_the_whole_region_with_no_region_named_before_gives_no_beneficiary():
    # no region was named: "voor de hele regio" is no party (this once raised IndexError)
    got = relations("Ook de GGD Parkstad en Veilig Thuis Parkstad werken voor de hele regio.")
    assert not {r for r in got if r[0] == "executes-for" and r[2] != OWN}


@pytest.mark.parametrize(
    "sentence",
    [
        "Werkplein Heuvelrand voert de Participatiewet uit voor alle gemeenten in de regio.",
        "Werkplein Heuvelrand voert voor de gemeenten in de regio de Participatiewet uit.",
        "Werkplein Heuvelrand voert de Participatiewet uit voor acht gemeenten.",
    ],
)
def test_all_or_a_number_of_municipalities_in_the_unnamed_region_include_ours(sentence):
    assert relations(sentence) == {("executes-for", WERKPLEIN, OWN)}


def test_the_municipalities_of_a_named_region_are_that_region_not_ours():
    got = relations(
        "Werkplein Heuvelrand voert de Participatiewet uit voor de gemeenten in de regio Vallei."
    )
    assert ("executes-for", WERKPLEIN, OWN) not in got
