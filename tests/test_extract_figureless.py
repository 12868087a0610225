"""kg.extract.figureless: figure-less comparisons in further forms (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.figureless import (
    after_insertions,
    allocation_results,
    attributive_comparatives,
    balances,
    bare_predicates,
    differences,
    direction_of,
    passive_use,
    received_or_spent,
    scores,
    turned_out,
)
from tests.extract_helpers import extract_text


def found(rule, sentence: str) -> list[tuple[str | None, str | None]]:
    return [(c.comparison, c.reference) for c in rule(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("rule", "sentence", "expected"),
    [
        (
            attributive_comparatives,
            "De gemeente heeft een hogere bijstandsdichtheid dan de regio.",
            [("higher", "region")],
        ),
        (
            attributive_comparatives,
            "Het dorp kent een lagere werkloosheid dan het land.",
            [("lower", "national average")],
        ),
        (passive_use, "Huishoudelijke hulp wordt weinig gebruikt.", [("lower", None)]),
        (
            passive_use,
            "De jeugd-ggz wordt vaker ingezet dan landelijk.",
            [("more", "national average")],
        ),
        (
            received_or_spent,
            "De gemeente geeft per inwoner minder uit aan de Wmo dan gemiddeld.",
            [("less", "national average")],
        ),
        (
            received_or_spent,
            "Het dorp ontvangt meer dan vergelijkbare gemeenten.",
            [("more", "size class")],
        ),
        (scores, "Op gezondheid scoort de gemeente laag.", [("lower", None)]),
        (
            scores,
            "De gemeente scoort op bijna alle indicatoren ongunstig.",
            [("lower", None)],
        ),
        (
            differences,
            "De bijstandsdichtheid wijkt sterk af van het landelijk beeld.",
            [(None, "national average")],
        ),
        (
            differences,
            "Het zorggebruik wijkt gunstig af van de regio.",
            [("better", "region")],
        ),
        (allocation_results, "De gemeente is een voordeelgemeente.", [("higher", None)]),
        (
            turned_out,
            "Het nieuwe verdeelmodel valt voor de gemeente negatief uit.",
            [("lower", None)],
        ),
        (bare_predicates, "Maar de jeugdwerkloosheid is hoger.", [("higher", None)]),
        (
            after_insertions,
            "Het gebruik is, zoals in de regio, lager dan gemiddeld.",
            [("lower", "national average")],
        ),
    ],
)
def test_each_form_gives_its_comparison_and_reference(rule, sentence, expected):
    assert found(rule, sentence) == expected


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        (attributive_comparatives, "Zij willen een betere samenwerking dan vroeger."),
        (passive_use, "Dat wordt veel gebruikt."),
        (received_or_spent, "Het team krijgt meer vragen dan antwoorden."),
        (differences, "Het beleid wijkt af van de regio."),
        (differences, "Het gebruik wijkt nauwelijks af van het landelijk gemiddelde."),
        (bare_predicates, "Dat is hoger."),
        (turned_out, "Het gesprek pakte goed uit."),
    ],
)
def test_forms_without_a_quantity_or_reference_give_nothing(rule, sentence):
    assert rule(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("De gemeente heeft een fors tekort op de jeugdhulp.", "tekort"),
        ("Er zijn structurele tekorten op de Wmo.", "tekort"),
        ("Op de Wmo hield de gemeente geld over.", "overschot"),
        ("De jeugdhulp staat in de rode cijfers.", "tekort"),
        ("De jaarrekening sloot met een positief resultaat.", "overschot"),
    ],
)
def test_balances_are_read_with_their_size_or_kind(sentence, subject):
    assert [(c.subject, c.comparison) for c in balances(sentence, 0, len(sentence))] == [
        (subject, None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is een tekort aan personeel.",
        "De aanpak schiet tekort.",
        "De overschotten gaan naar een reserve.",
        "De cursus had een positief resultaat.",
        "Het gaat om een democratisch tekort.",
    ],
)
def test_shortages_verbs_and_mentions_back_are_no_balances(sentence):
    assert balances(sentence, 0, len(sentence)) == []


def test_direction_of_reads_comparatives_scores_and_judgements():
    assert [direction_of(w) for w in ("hoger", "ongunstig", "gemiddeld", "gunstig")] == [
        "higher",
        "worse",
        "equal",
        "better",
    ]


def test_a_balance_becomes_an_observation_with_its_measure():
    doc, extraction = extract_text("De gemeente heeft een fors tekort op de jeugdhulp.")
    observations = [
        (doc.text[i.start : i.end], i.measure.rsplit("/", 1)[-1], i.value)
        for i in extraction.indicators
    ]
    assert observations == [("een fors tekort op de jeugdhulp", "deficit", None)]
