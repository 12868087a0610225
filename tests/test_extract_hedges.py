"""Hedged verdicts ("redelijk") in invented Dutch claims."""

from __future__ import annotations

import pytest
from extract_helpers import polarity_of

from kg.extract.hedges import degree_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het contact met de scholen is redelijk.", "positive"),
        ("De samenwerking verloopt redelijk.", "positive"),
        ("Het gaat redelijk met de uitvoering.", "positive"),
        ("De samenwerking is redelijk goed.", "positive"),
        ("Het aantal aanvragen is redelijk groot.", "neutral"),
        ("De wachttijden zijn redelijk lang.", "negative"),
    ],
)
def test_a_hedge_judges_as_a_predicate_only(sentence, expected):
    assert polarity_of(sentence) == expected


def test_degree_word_before_an_adjective():
    assert degree_of("zijn redelijk", ["stabiel"])
    assert not degree_of("zijn redelijk", ["en", "soms", "goed"])


@pytest.mark.parametrize(
    "sentence",
    ["De overgang is redelijk verlopen.", "Het is redelijk gegaan met de herindicaties."],
)
def test_a_hedged_participle_is_a_mild_approval(sentence):
    assert polarity_of(sentence) == "positive"


@pytest.mark.parametrize(
    "sentence",
    [
        # a concessive "al" with an irregular finite verb sets a difficulty against the verdict
        "Al met al is de overgang redelijk verlopen, al zijn er nog knelpunten.",
        "De wijkteams draaien in alle kernen naar tevredenheid, al is de werkdruk hoog.",
    ],
)
def test_a_hedged_verdict_with_a_concessive_al_is_mixed(sentence):
    assert polarity_of(sentence) == "mixed"


def test_cautious_stance_closing_its_clause_is_divided() -> None:
    assert polarity_of("Over de toekomst van de regio is de wethouder voorzichtig.") == "mixed"
    assert polarity_of("De wethouder is voorzichtig optimistisch over de regio.") == "positive"
