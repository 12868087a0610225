"""kg.extract.ellipsis: a verdict carried over to further subjects (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.ellipsis import applied, followers, gapped
from tests.extract_helpers import extract_text


def read(rule, sentence: str, start: int = 0):
    return [
        (sentence[c.start : c.end], c.comparison, c.reference)
        for c in rule(sentence, start, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het gebruik van jeugdhulp ligt hoger dan gemiddeld, dat van de Wmo lager.",
            [("dat van de Wmo lager", "lower", "national average")],
        ),
        (
            "De werkloosheid is laag, de bijstandsafhankelijkheid eveneens.",
            [("de bijstandsafhankelijkheid eveneens", "lower", None)],
        ),
        (
            "Het aandeel ouderen ligt boven het landelijk gemiddelde, het aandeel jongeren "
            "daaronder.",
            [("het aandeel jongeren daaronder", "lower", "national average")],
        ),
        (
            "De werkloosheid onder jongeren is relatief hoog, onder ouderen juist laag.",
            [("onder ouderen juist laag", "lower", None)],
        ),
    ],
)
def test_gapped_clauses_lean_on_the_clause_before(sentence, expected):
    assert read(gapped, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aandeel ouderen is hoog en neemt verder toe.",
        "Het beleid is helder, de uitvoering goed.",
        "De teams werken samen, de wijkagent ook.",
    ],
)
def test_clauses_with_a_verb_or_no_quantity_are_not_gapped(sentence):
    assert gapped(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het gebruik van jeugdhulp is hoger dan gemiddeld, vooral de jeugd-ggz.",
            [("de jeugd-ggz", "higher", "national average")],
        ),
        (
            "Het gebruik van de Wmo is hoog (met name huishoudelijke hulp).",
            [("huishoudelijke hulp", "higher", None)],
        ),
        (
            "De werkloosheid is hoog, net als het aantal uitkeringen.",
            [("het aantal uitkeringen", "higher", None)],
        ),
    ],
)
def test_parts_and_likewise_compared_quantities_follow_a_verdict(sentence, expected):
    assert read(followers, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gebruik is hoog, vooral omdat er veel ouderen wonen.",
        "De werkloosheid is hoog, net als in andere gemeenten.",
        "De wijkteams werken goed, vooral de teams in de kernen.",
        # a cause after the verdict: the reason, no second quantity
        "Het aantal meldingen ligt hoger dan gemiddeld, vooral door de drukte in de zomer.",
        "De uitgaven aan begeleiding zijn hoog, met name vanwege de dure aanbieders.",
        "Het gebruik van de regiotaxi ligt boven het gemiddelde, vooral dankzij de lage prijs.",
        "Het aantal uitkeringen is laag, voornamelijk als gevolg van de krappe arbeidsmarkt.",
        "De kosten liggen lager dan begroot, zeker door de strengere toegang.",
    ],
)
def test_reasons_references_and_verdicts_without_level_are_no_followers(sentence):
    assert followers(sentence, 0, len(sentence)) == []


def test_a_verdict_is_applied_to_the_things_the_next_sentence_names():
    s = "Het zorggebruik ligt hoger dan gemiddeld. Dit geldt vooral voor de Wmo en de jeugdhulp."
    assert read(applied, s, s.index("Dit")) == [
        ("de Wmo", "higher", "national average"),
        ("de jeugdhulp", "higher", "national average"),
    ]


def test_nothing_is_applied_without_a_compared_quantity_before():
    s = "Het gaat goed met de teams. Dit geldt voor de Wmo en de jeugdhulp."
    assert applied(s, s.index("Dit"), len(s)) == []


def test_a_listed_subject_gives_one_observation_per_item():
    doc, extraction = extract_text(
        "Het gebruik van jeugdhulp, Wmo en bijstand ligt onder het landelijk gemiddelde."
    )
    labels = sorted(i.measure_label for i in extraction.indicators)
    assert labels == ["gebruik van Wmo", "gebruik van bijstand", "gebruik van jeugdhulp"]
    assert {i.comparison for i in extraction.indicators} == {"lower"}
