"""kg.extract.figureless: figure-less comparisons in further forms (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.figureless import (
    after_insertions,
    allocation_results,
    attributive_comparatives,
    bare_predicates,
    differences,
    direction_of,
    fronted,
    left_over,
    passive_use,
    received_or_spent,
    scores,
    there_levels,
    turned_out,
    use_made,
)


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
            [("more", "comparable municipalities")],
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
            fronted,
            "Onder het landelijk gemiddelde liggen de werkloosheid en de bijstandsdichtheid.",
            [("lower", "national average")],
        ),
        (fronted, "Opvallend hoog is het aandeel ouderen.", [("higher", None)]),
        (
            after_insertions,
            "Het gebruik is, zoals in de regio, lager dan gemiddeld.",
            [("lower", "national average")],
        ),
        (
            there_levels,
            "Het aandeel ouderen ligt boven het gemiddelde, het aandeel jongeren zit eronder.",
            [("lower", "national average")],
        ),
        (
            there_levels,
            "De werkloosheid is lager dan in de regio en de bijstandsdichtheid ligt daarboven.",
            [("higher", "region")],
        ),
        (use_made, "Er wordt relatief weinig gebruikgemaakt van de regeling.", [("lower", None)]),
        (
            use_made,
            "Ouderen maken minder gebruik van de Wmo dan in vergelijkbare gemeenten.",
            [("less", "comparable municipalities")],
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
        (fronted, "Boven het landelijk gemiddelde ligt de nadruk op preventie."),
        (fronted, "Zij zegt dat hoog is het aantal niet."),
        (there_levels, "De sleutel ligt eronder."),
        (use_made, "De gemeente maakt gebruik van de diensten van het UWV."),
        (use_made, "Het maakt veel uit of inwoners gebruik maken van hulp."),
        (use_made, "Ouderen maken meer gebruik van de Wmo dan van de bijstand."),
    ],
)
def test_forms_without_a_quantity_or_reference_give_nothing(rule, sentence):
    assert rule(sentence, 0, len(sentence)) == []


def test_direction_of_reads_comparatives_scores_and_judgements():
    assert [direction_of(w) for w in ("hoger", "ongunstig", "gemiddeld", "gunstig")] == [
        "higher",
        "worse",
        "equal",
        "better",
    ]


def test_a_bare_comparative_before_a_neuter_noun_after_een():
    s = "Het dorp kent een hoger aandeel 65-plussers dan Nederland als geheel."
    assert found(attributive_comparatives, s) == [("higher", "national average")]
    assert found(attributive_comparatives, "De kosten vallen hoger uit dan begroot.") == []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Op de Wmo bleef geld over.", "overschot"),
        ("De gemeente hield geld over op de Wmo.", "overschot"),
        ("Voor de jeugdhulp kwam de gemeente geld tekort.", "tekort"),
    ],
)
def test_money_left_over_or_short_is_a_balance(sentence, subject):
    assert [c.subject for c in left_over(sentence, 0, len(sentence))] == [subject]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er bleef in 2015 geld over op het sociaal domein.",
        "Er is geld overgebleven op de Wmo.",
        "De gemeente heeft op de jeugdhulp geld overgehouden.",
    ],
)
def test_money_left_over_after_a_year_or_as_a_participle(sentence):
    assert [c.subject for c in left_over(sentence, 0, len(sentence))] == ["overschot"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In de gemeente maken meer ouderen gebruik van de Wmo dan in de regio.",
            [("gebruik van de Wmo", "more", "region")],
        ),
        (
            "Er maken minder gezinnen gebruik van de regeling dan gemiddeld.",
            [("gebruik van de regeling", "less", "national average")],
        ),
        # the group between without a reference is the quantified group's own level
        ("In de gemeente maken weinig ouderen gebruik van de regeling.", []),
    ],
)
def test_use_made_by_a_group_named_between_needs_a_reference(sentence, expected):
    found = use_made(sentence, 0, len(sentence))
    assert [(c.subject, c.comparison, c.reference) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # use more than a reference is a level of use; the subject is what is used
        ("Ook de Wmo wordt meer dan gemiddeld gebruikt.", ("gebruik van de Wmo", "higher")),
        ("Jeugdhulp wordt minder dan landelijk ingezet.", ("gebruik van Jeugdhulp", "lower")),
    ],
)
def test_more_use_than_a_reference_is_a_higher_level(text, expected):
    found = passive_use(text, 0, len(text))
    assert [(c.subject, c.comparison) for c in found] == [expected]
    assert found[0].reference == "national average"
