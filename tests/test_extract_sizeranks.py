"""Ranks by size of the profile's municipality (kg/extract/sizeranks.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.measures import load_measures
from kg.extract.sizeranks import size_ranks
from tests.extract_helpers import ONTOLOGY, extract_text


def _ranks(sentence: str) -> list[tuple[str, Decimal | None, str | None]]:
    doc, ex = extract_text(sentence)
    return [
        (doc.text[i.start : i.end], i.value, i.measure) for i in ex.indicators if i.unit == "rank"
    ]


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "measure"),
    [
        (
            "Teststad is met ruim 60.000 inwoners de grootste gemeente van Overijssel.",
            "de grootste gemeente van Overijssel",
            1,
            "size-rank-in-province",
        ),
        (
            "Teststad is de grootste gemeente van het Rivierenland.",
            "de grootste gemeente van het Rivierenland",
            1,
            "rank",
        ),
        (
            "Teststad, 90.000 inwoners, na Zwolle de grootste stad van de provincie, telt mee.",
            "na Zwolle de grootste stad van de provincie",
            2,
            "size-rank-in-province",
        ),
        (
            "Teststad telt 81.000 inwoners en is de tweede stad van Twente.",
            "de tweede stad van Twente",
            2,
            "rank",
        ),
        (
            "Teststad is na Zwolle en Deventer de grootste gemeente van de Stedendriehoek.",
            "na Zwolle en Deventer de grootste gemeente van de Stedendriehoek",
            3,
            "rank",
        ),
        (
            "De gemeente is de grootste gemeente van de provincie.",
            "de grootste gemeente van de provincie",
            1,
            "size-rank-in-province",
        ),
        (
            "Het werkbedrijf is een regeling waarvan Teststad met 40% van de stemmen de grootste "
            "deelnemer is.",
            "de grootste deelnemer",
            1,
            "rank",
        ),
    ],
)
def test_a_rank_by_size_of_the_municipality_is_an_indicator(sentence, quote, value, measure):
    assert _ranks(sentence) == [(quote, Decimal(value), measure)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a capacity, no rank
        "Zij benadrukken dat Teststad als grootste gemeente het meeste betaalt.",
        # one of the largest: no place
        "Teststad is een van de grootste gemeenten van Overijssel.",
        "Teststad, die tot de grootste gemeenten van Overijssel behoort, is gekozen.",
        # another municipality's rank
        "Het werkbedrijf is een regeling waarvan Zwolle de grootste deelnemer is.",
        "Teststad ligt naast Zwolle, de grootste stad van Overijssel.",
        # a superlative of another noun
        "Teststad heeft de grootste jeugdhulpaanbieder van de regio binnen haar grenzen.",
        # an order in time, and a rank with no area
        "Teststad was de tweede gemeente in de regio die een wijkteam startte.",
        "Teststad is de grootste gemeente en betaalt het meest.",
    ],
)
def test_what_is_no_rank_of_the_municipality(sentence):
    assert _ranks(sentence) == []


def test_the_rank_measures_are_in_the_vocabulary_in_unit_rank():
    measures = load_measures(str(ONTOLOGY)).measures
    assert measures["rank"].units == ("rank",)
    assert measures["size-rank-in-province"].units == ("rank",)


def test_ranks_join_the_other_indicators_in_text_order():
    from types import SimpleNamespace as N

    s = "Teststad telt 81.000 inwoners en is de tweede stad van Twente."
    doc = N(text=s, sentences=[N(index=1, start=0, end=len(s))])
    ex = N(
        mentions=[N(kind="municipality", start=0, end=8, entity="m/t")],
        municipality=N(iri="m/t"),
    )
    later = N(start=len(s) - 1, end=len(s))
    found = size_ranks(doc, ex, [later])
    assert [i.unit for i in found[:1]] == ["rank"] and found[1] is later


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        # every ordinal ranks, not only the first five: main clause, inversion, apposition
        ("Teststad is de zesde gemeente van Nederland.", "de zesde gemeente van Nederland", 6),
        (
            "Met 180.000 inwoners is Teststad de achtste stad van het land.",
            "de achtste stad van het land",
            8,
        ),
        (
            "Teststad, de twaalfde gemeente van Nederland, heeft vier wijkteams.",
            "de twaalfde gemeente van Nederland",
            12,
        ),
        (
            "De gemeente is na de grote vier de tiende stad van Nederland.",
            "de tiende stad van Nederland",
            10,
        ),
    ],
)
def test_any_ordinal_ranks_by_size(sentence, quote, value):
    assert _ranks(sentence) == [(quote, Decimal(value), "rank")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad: grootste deelnemer, grootste betaler.",
        "Het bestuur telt negen leden. Teststad: grootste deelnemer.",
        "Teststad: grootste deelnemer van de veiligheidsregio.",
        "Teststad: tweede deelnemer na Zwolle.",
    ],
)
def test_a_telegram_line_keyed_by_the_municipality_ranks_it(sentence):
    (rank,) = _ranks(sentence)
    assert rank[0].startswith("Teststad: ") and rank[2] == "rank"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rotterdam: grootste deelnemer.",
        "Teststad treedt op als grootste deelnemer.",
        "In de regeling is Teststad grootste deelnemer.",
        "Teststad: grootste gemeente.",
    ],
)
def test_no_rank_without_an_article_or_a_key_of_its_own(sentence):
    assert _ranks(sentence) == []
