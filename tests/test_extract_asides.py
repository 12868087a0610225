"""kg.extract.asides: verdicts in brackets after a topic (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.asides import bracketed_verdicts
from tests.extract_helpers import extract_text


def verdicts(text: str) -> list[tuple]:
    return [(c.subject, c.comparison, c.reference) for c in bracketed_verdicts(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vanwege de demografie (veel ouderen)", [("ouderen", "more", None)]),
        ("vanwege demografie (weinig jongeren)", [("jongeren", "lower", None)]),
        (
            "de financiën (een hoge uitkering per inwoner)",
            [("uitkering per inwoner", "higher", None)],
        ),
        (
            "de sociaaleconomische situatie (gemiddeld)",
            [("sociaaleconomische situatie", "equal", "national average")],
        ),
        (
            "de sociaaleconomische situatie (ongunstig)",
            [("sociaaleconomische situatie", "worse", None)],
        ),
        (
            "de sociaaleconomische positie (onder het landelijk gemiddelde)",
            [("sociaaleconomische positie", "lower", "national average")],
        ),
        (
            "de demografie (krimp en vergrijzing)",
            [("inwoners", "lower", None), ("vergrijzing", "higher", None)],
        ),
    ],
)
def test_a_verdict_in_brackets(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De (hoge) eigen bijdrage schrikt af.",  # an aside on the noun after it
        "De gemeente vraagt een (lage) bijdrage.",
        "de grootte (middelgroot) en de ligging (plattelandsgemeente)",  # no level
    ],
)
def test_what_is_no_verdict_in_brackets(text):
    assert verdicts(text) == []


def test_bracketed_verdicts_are_observations_with_their_measures():
    _, ex = extract_text("De gemeente is gekozen vanwege de demografie (krimp en vergrijzing).")
    assert sorted((i.measure, i.comparison) for i in ex.indicators) == [
        ("inhabitants", "decrease"),
        ("share-65-plus", "increase"),
    ]


def test_an_above_average_trend_in_brackets_is_set_against_the_average():
    assert verdicts("de demografie (een bovengemiddelde vergrijzing)") == [
        ("vergrijzing", "higher", "national average")
    ]
